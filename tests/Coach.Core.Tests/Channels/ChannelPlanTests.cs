using Coach.Core.Domain.Channels;
using Coach.Core.Domain.Cjm;
using Coach.Core.Tests.Support;

namespace Coach.Core.Tests.Channels;

public class ChannelPlanTests
{
    private static readonly string[] Seven = ["vk", "telegram", "search", "blogs", "outdoor", "email", "word_of_mouth"];

    [Fact]
    public void The_budget_splits_into_three_blocks()
    {
        var plan = ChannelPlanner.Plan(100_000, 6, ["search", "vk"], limitedBudget: false, cac: null);

        Assert.Equal(20_000m, plan.Infrastructure);
        Assert.Equal(15_000m, plan.Experiments);
        Assert.Equal(65_000m, plan.Campaigns);
        // Search costs more than VK (media weight 3 to 2): 39 000 and 26 000, in steps of 1 000.
        Assert.Equal([39_000m, 26_000m], plan.Rows.Select(r => r.MonthlyBudget));
    }

    [Theory]
    [InlineData("search", new[] { ChannelRole.Acquisition, ChannelRole.Conversion })]
    [InlineData("vk", new[] { ChannelRole.Acquisition, ChannelRole.Engagement })]
    [InlineData("blogs", new[] { ChannelRole.Engagement, ChannelRole.Acquisition })]
    [InlineData("marketplaces", new[] { ChannelRole.Conversion, ChannelRole.Acquisition })]
    [InlineData("email", new[] { ChannelRole.Retention, ChannelRole.Conversion })]
    [InlineData("outdoor", new[] { ChannelRole.Acquisition })]
    [InlineData("word_of_mouth", new[] { ChannelRole.Retention, ChannelRole.Acquisition })]
    public void Each_channel_has_one_or_two_roles(string channel, ChannelRole[] roles)
    {
        Assert.Equal(roles, ChannelPlanner.RolesOf(channel));
    }

    [Fact]
    public void Channels_launch_by_the_year_plan_pilot_in_month_2_retention_in_month_4()
    {
        var plan = ChannelPlanner.Plan(100_000, 12, ["search", "vk", "marketplaces", "email"], false, null);

        Assert.Equal(new Dictionary<string, int> { ["search"] = 2, ["vk"] = 2, ["marketplaces"] = 2, ["email"] = 4 }, plan.Rows.ToDictionary(r => r.Channel, r => r.LaunchMonth));
        Assert.True(plan.HasConversion);
    }

    [Fact]
    public void Word_of_mouth_and_the_store_get_tasks_not_money()
    {
        var plan = ChannelPlanner.Plan(1_500_000, 12, [.. Seven, "offline"], false, null);

        Assert.All(plan.Rows.Where(r => r.Channel is "word_of_mouth" or "offline"), r => Assert.True(r.Free && r.MonthlyBudget == 0));
        Assert.All(plan.Rows.Where(r => !r.Free), r => Assert.True(r.MonthlyBudget > 0));
        // Email is cheap (a service and content), not a seventh of the money.
        Assert.True(plan.Rows.Single(r => r.Channel == "email").MonthlyBudget < plan.Rows.Single(r => r.Channel == "vk").MonthlyBudget / 3);
    }

    [Theory]
    [InlineData(50_000, 500)]
    [InlineData(150_000, 1_000)]
    [InlineData(1_500_000, 5_000)]
    [InlineData(50_001, 500)]
    [InlineData(1_234_567, 5_000)]
    public void Sums_are_rounded_to_a_step_by_size_and_still_add_up(int budget, int step)
    {
        var plan = ChannelPlanner.Plan(budget, 6, Seven, false, null);

        Assert.Equal(step, plan.Step);
        Assert.Equal((decimal)budget, plan.Infrastructure + plan.Experiments + plan.Rows.Sum(r => r.MonthlyBudget));
        Assert.Equal(plan.Campaigns, plan.Rows.Sum(r => r.MonthlyBudget));
        Assert.Equal(0m, plan.Infrastructure % step);
        // Every part but the one that takes the remainder below a step is a whole number of steps.
        Assert.True(plan.Rows.Count(r => r.MonthlyBudget % step != 0) <= 1);
        Assert.DoesNotContain(plan.Rows, r => r.MonthlyBudget == 139_285.71m);
    }

    [Fact]
    public void A_growth_point_gets_its_channels_money_first()
    {
        // "act" is a conversion stage: search (acquisition + conversion) works on it, outdoor does not.
        var flat = ChannelPlanner.Plan(new ChannelPlanRequest(100_000, 6, ["outdoor", "search"], false));
        var weak = ChannelPlanner.Plan(new ChannelPlanRequest(100_000, 6, ["outdoor", "search"], false) { GrowthStages = ["act"] });

        Assert.Equal(39_000m, flat.Rows.Single(r => r.Channel == "search").MonthlyBudget);
        Assert.Equal(45_000m, weak.Rows.Single(r => r.Channel == "search").MonthlyBudget);
        Assert.Equal(["act"], weak.Rows.Single(r => r.Channel == "search").GrowthStages);
        Assert.Empty(weak.Rows.Single(r => r.Channel == "outdoor").GrowthStages);
    }

    [Fact]
    public void A_limited_budget_keeps_the_channels_the_personas_use_most_not_the_first_ones()
    {
        var request = new ChannelPlanRequest(30_000, 6, ["vk", "search", "email", "blogs", "outdoor", "word_of_mouth"], LimitedBudget: true)
        {
            PersonaPicks = new Dictionary<string, int> { ["blogs"] = 2, ["outdoor"] = 1, ["email"] = 1 },
        };

        var plan = ChannelPlanner.Plan(request);

        Assert.True(plan.Trimmed && plan.ByPersonas);
        Assert.Equal(["blogs", "email", "outdoor", "word_of_mouth"], plan.Rows.Select(r => r.Channel).Order());
        Assert.Equal(["vk", "search"], plan.Deferred);
    }

    [Fact]
    public void Without_personas_a_limited_budget_keeps_the_growth_point_channels_first()
    {
        var request = new ChannelPlanRequest(30_000, 6, ["vk", "outdoor", "email", "search"], LimitedBudget: true) { GrowthStages = ["act"] };

        var plan = ChannelPlanner.Plan(request);

        Assert.Equal(["email", "search", "vk"], plan.Rows.Select(r => r.Channel).Order());
        Assert.Equal(["outdoor"], plan.Deferred);
        Assert.False(plan.ByPersonas);
    }

    [Fact]
    public void The_three_scenarios_rise_in_spend_and_customers_and_the_risky_one_has_the_worst_cac()
    {
        var plan = ChannelPlanner.Plan(new ChannelPlanRequest(50_000, 6, ["search", "vk", "email"], false) { Cac = 1_125, GoalCustomersPerMonth = 90 });

        Assert.Equal(["base", "moderate", "risky"], plan.Scenarios.Select(s => s.Name));
        Assert.True(plan.Scenarios[0].Budget < plan.Scenarios[1].Budget && plan.Scenarios[1].Budget < plan.Scenarios[2].Budget);
        Assert.True(plan.Scenarios[0].ExpectedCustomers < plan.Scenarios[1].ExpectedCustomers && plan.Scenarios[1].ExpectedCustomers < plan.Scenarios[2].ExpectedCustomers);
        Assert.Equal([1_125m, 1_243m, 1_456m], plan.Scenarios.Select(s => s.Cac!.Value));
        Assert.Equal([1m, 0.95m, 0.85m], plan.Scenarios.Select(s => s.ConversionFactor));
        // The goal's 90 a month over the pilot and after (months 2-6).
        Assert.All(plan.Scenarios, s => Assert.Equal(450m, s.GoalCustomers));
        // Search 17 500 + VK 12 000 from month 2, email 3 000 from month 4, infrastructure and experiments every month.
        Assert.Equal(17_500m * 5 + 12_000m * 5 + 3_000m * 3 + 17_500m * 6, plan.Scenarios[0].Budget);
        // Customers come from the channels from their launch month: search and VK buy their share of the 50 000 for
        // months 2-6, email for months 4-6; month 1 lays the foundations.
        Assert.Equal(Math.Round((50_000m * 29_500m / 32_500m / 1_125m * 5) + (50_000m * 3_000m / 32_500m / 1_125m * 3)), plan.Scenarios[0].ExpectedCustomers);
        Assert.Equal(Math.Round(plan.Yield!.OverHorizon), plan.Scenarios[0].ExpectedCustomers);
    }

    [Fact]
    public void The_budget_buys_budget_over_cac_a_month_shared_by_the_paid_channels()
    {
        var plan = ChannelPlanner.Plan(50_000, 6, ["search", "vk", "email", "word_of_mouth"], false, cac: 1_125);

        Assert.Equal(Math.Round(50_000m / 1_125m, 20), Math.Round(plan.Rows.Sum(r => r.ExpectedCustomersPerMonth ?? 0), 20));
        // As shown, the rows add up to the total as shown: 20 + 14 + 3 ≠ 44 would not do.
        Assert.Equal(44m, plan.Yield!.Shown().Sum());
        Assert.Null(plan.Rows.Single(r => r.Channel == "word_of_mouth").ExpectedCustomersPerMonth);
    }

    [Fact]
    public void Channels_without_a_conversion_role_are_said_to_need_one()
    {
        var plan = ChannelPlanner.Plan(100_000, 6, ["youtube", "outdoor"], false, null);

        Assert.False(plan.HasConversion);
        var card = new ChatDriver().Send("/start channels").Send("100 000").Choose(":6").Send("youtube, outdoor").Last.Text;
        Assert.Contains("None of these channels takes the conversion role", card);
    }

    [Fact]
    public void Apportion_gives_the_spare_steps_to_the_largest_remainders_and_adds_up()
    {
        Assert.Equal([17_500m, 12_000m, 3_000m], ChannelPlanner.Apportion(32_500, [3, 2, 0.5m], 500));
        Assert.Equal([17_501m, 12_000m, 3_000m], ChannelPlanner.Apportion(32_501, [3, 2, 0.5m], 500));
        Assert.Equal([0m, 0m], ChannelPlanner.Apportion(32_500, [0, 0], 500));
    }

    [Fact]
    public void The_flow_builds_the_media_plan_and_the_months()
    {
        var chat = new ChatDriver().Send("/kpi cac 90000 80").Send("/start channels").Send("150 000").Choose(":12");
        chat.Send("search, vk");

        var card = chat.Last.Text;
        Assert.Contains("<b>Search</b> · acquisition + conversion · month 2 · 58,000", card);
        Assert.Contains("infrastructure (site, analytics, CRM) 30,000", card);
        Assert.Contains("Base:", card);
        Assert.Contains("12: review of the results", card);
        Assert.Contains("customers", card);
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
        Assert.Contains("≈ 45 клиентов в месяц", card);
        Assert.Contains("≈ 44 клиента в месяц", card);
        Assert.Contains("≈ 133 клиента в месяц", card);
        Assert.Contains("≈ 667 клиентов", card);
        Assert.DoesNotContain("44 клиентов", card);
        Assert.DoesNotContain("667 клиента", card);
    }

    [Fact]
    public void The_personas_channels_are_suggested_in_russian()
    {
        var chat = new ChatDriver("ru").Send("/personas new");
        chat.Send("Анна").Send("30").Send("менеджер")
            .Send("нет времени").Send("здоровье").Send("telegram").Choose(":add").Send("/skip").Choose(":middle").Send("/skip").Send("/skip").Send("еда").Send("цена").Choose(":compare");

        chat.Send("/start channels").Send("50 000").Choose(":6");

        Assert.Contains("Ваши портреты пользуются: Telegram", chat.Text);
    }
}
