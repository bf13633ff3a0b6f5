using Coach.Core.Dialogue;
using Coach.Core.Domain.Channels;
using Coach.Core.Domain.Cjm;
using Coach.Core.Flows.Channels;
using Coach.Core.Tests.Support;

namespace Coach.Core.Tests.Channels;

public class ChannelPlanTests
{
    [Fact]
    public void The_budget_splits_into_three_blocks()
    {
        var plan = ChannelPlanner.Plan(100_000, 6, ["search", "vk"], limitedBudget: false, cac: null);

        Assert.Equal(20_000m, plan.Infrastructure);
        Assert.Equal(15_000m, plan.Experiments);
        Assert.Equal(65_000m, plan.Campaigns);
        Assert.All(plan.Rows, r => Assert.Equal(32_500m, r.MonthlyBudget));
    }

    [Fact]
    public void Channels_get_roles_and_launch_by_the_year_plan()
    {
        var plan = ChannelPlanner.Plan(100_000, 12, ["search", "vk", "marketplaces", "email"], false, null);

        Assert.Equal([ChannelRole.Acquisition, ChannelRole.Engagement, ChannelRole.Conversion, ChannelRole.Retention], plan.Rows.Select(r => r.Role));
        Assert.Equal([2, 2, 3, 4], plan.Rows.Select(r => r.LaunchMonth));
    }

    [Fact]
    public void A_limited_budget_keeps_the_first_three_channels()
    {
        var plan = ChannelPlanner.Plan(30_000, 6, ["vk", "search", "email", "blogs", "outdoor"], limitedBudget: true, null);

        Assert.True(plan.Trimmed);
        Assert.Equal(["vk", "search", "email"], plan.Rows.Select(r => r.Channel));
    }

    [Fact]
    public void Three_scenarios_use_the_known_cac()
    {
        var plan = ChannelPlanner.Plan(100_000, 6, ["search"], false, cac: 1_000);

        // 65 000 a month from month 2 to 6 = 325 000 → 325 customers at a CAC of 1 000.
        Assert.Equal(65m, plan.Rows[0].ExpectedCustomersPerMonth);
        Assert.Equal(["base", "moderate", "risky"], plan.Scenarios.Select(s => s.Name));
        Assert.Equal(325m, plan.Scenarios[0].ExpectedCustomers);
        Assert.Equal(260m, plan.Scenarios[1].ExpectedCustomers);
        Assert.Equal(35_000m * 6 + 325_000m, plan.Scenarios[0].Budget);
    }

    [Fact]
    public void The_flow_builds_the_media_plan_and_the_months()
    {
        var chat = new ChatDriver().Send("/kpi cac 90000 80").Send("/start channels").Send("150 000").Choose(":12");
        chat.Send("search, vk");

        var card = chat.Last.Text;
        Assert.Contains("<b>Search</b> · acquisition · month 2", card);
        Assert.Contains("infrastructure (site, analytics, CRM) 30,000", card);
        Assert.Contains("Base:", card);
        Assert.Contains("12: review of the results", card);
        Assert.Contains("customers", card);
    }

    [Fact]
    public void Scenario_customers_are_rounded_once_from_the_exact_figure()
    {
        // 97 500 a month over months 2-6 at a CAC of 1 125 is 433.3 customers: × 0.8 = 346.7, × 1.2 = 520.
        var plan = ChannelPlanner.Plan(150_000, 6, ["telegram", "instagram", "blogs"], false, cac: 1_125);

        Assert.Equal([433m, 347m, 520m], plan.Scenarios.Select(s => s.ExpectedCustomers!.Value));
    }

    [Fact]
    public void The_card_lists_the_base_scenario_first()
    {
        var card = new ChatDriver().Send("/kpi cac 90000 80").Send("/start channels").Send("150 000").Choose(":6").Send("search, vk").Last.Text;

        Assert.True(card.IndexOf("Base:", StringComparison.Ordinal) < card.IndexOf("Moderate:", StringComparison.Ordinal));
        Assert.True(card.IndexOf("Moderate:", StringComparison.Ordinal) < card.IndexOf("Risky:", StringComparison.Ordinal));
    }

    [Fact]
    public void Russian_customer_counts_agree_with_their_number()
    {
        var chat = new ChatDriver("ru").Send("/kpi cac 90000 80").Send("/start channels").Send("150 000").Choose(":6");
        chat.Send("Telegram, Instagram, Блоги");

        var card = chat.Last.Text;
        Assert.Contains("≈ 28,9 клиента", card);
        Assert.Contains("≈ 433 клиента", card);
        Assert.DoesNotContain("28,9 клиентов", card);
        Assert.DoesNotContain("433 клиентов", card);
    }

    [Fact]
    public void The_personas_channels_are_suggested_in_russian()
    {
        var chat = new ChatDriver("ru").Send("/personas new");
        chat.Send("Анна").Send("30").Send("/skip").Send("менеджер").Choose(":middle").Send("/skip").Send("/skip")
            .Send("еда").Send("нет времени").Send("здоровье").Send("цена").Send("telegram").Choose(":compare");

        chat.Send("/start channels").Send("50 000").Choose(":6");

        Assert.Contains("Ваши портреты пользуются: Telegram", chat.Text);
    }
}
