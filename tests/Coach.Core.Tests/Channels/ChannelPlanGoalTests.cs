using Coach.Core.Dialogue;
using Coach.Core.Flows.Channels;
using Coach.Core.Flows.Export;
using Coach.Core.Tests.Support;
using Coach.Core.Texts;

namespace Coach.Core.Tests.Channels;

/// <summary>The goal drives the channel plan, through the engine: the card, /status, the programme and the export say the same.</summary>
public class ChannelPlanGoalTests
{
    private static ChatDriver Chat(string language = "en") =>
        new(language, time: new ManualClock(new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero)));

    private static ChatDriver IssueExample(string language = "en")
    {
        var chat = Chat(language).Send("/start smart").Choose(":customers").Send("40");
        chat.Send(language == "ru" ? "привлекать 90 новых клиентов в месяц с сайта к 1 июня" : "get 90 new customers a month from the website by June 1");
        return chat.Send("/kpi cac 90000 80").Send("/start channels").Send("50 000").Choose(":6").Send(language == "ru" ? "Поиск, ВКонтакте, Электронная почта" : "search, vk, email");
    }

    [Fact]
    public void The_card_says_what_the_goal_needs_what_the_budget_buys_and_the_three_levers()
    {
        var card = IssueExample().Last.Text;

        Assert.Contains("Goal: 90 customers a month by Jun 1, 2027 (today 40).", card);
        Assert.Contains("At your last CAC of 1,125, the budget buys 50,000 / 1,125 ≈ 44 customers a month.", card);
        Assert.Contains("The goal needs 90 × 1,125 = 101,250 a month.", card);
        Assert.Contains("That is 51,250 a month more than the budget has.", card);
        Assert.Contains("• raise the budget to 101,250 a month;", card);
        Assert.Contains("• bring CAC down to 50,000 / 90 ≈ 556", card);
        Assert.Contains("a monthly level does not come from waiting: at 50,000 a month you hold ≈ 44 customers a month on any date", card);
        // Search and VK from month 2, email from month 4: ≈ 214 customers over the six months, the same as the total line.
        Assert.Contains("• Base: 261,500 over 6 months, CAC ≈ 1,125 (conversion as in the pilot): ≈ 214 customers, 236 short of the 450 the goal needs in months 2–6", card);
        Assert.Contains("All channels together: ≈ 44 customers a month once every channel runs (from month 4). Over 6 months that is ≈ 214 customers", card);
        // A row's customers exceed its campaign money / CAC: the card says why, so the numbers do not look wrong.
        Assert.Contains("Each channel's customers count from its share of the whole budget, not just its campaign money", card);
        Assert.DoesNotContain("144", card);
    }

    [Fact]
    public void The_russian_card_gives_the_formulas_in_roubles()
    {
        var card = IssueExample("ru").Last.Text;

        Assert.Contains("Цель: 90 клиентов в месяц к 01.06.2027 (сейчас 40).", card);
        Assert.Contains("бюджет даёт 50 000 ₽ / 1 125 ₽ ≈ 44 клиента в месяц", card);
        Assert.Contains("Цели нужно 90 × 1 125 ₽ = 101 250 ₽ в месяц.", card);
        Assert.Contains("• поднять бюджет до 101 250 ₽ в месяц;", card);
        Assert.Contains("• снизить CAC до 50 000 ₽ / 90 ≈ 556 ₽", card);
        Assert.Contains("• или сдвинуть срок", card);
    }

    [Fact]
    public void A_cumulative_goal_moves_the_deadline_to_a_date()
    {
        var chat = Chat().Send("/start smart").Choose(":customers").Send("300").Send("500 new customers from the website by June 1");
        chat.Send("/kpi cac 90000 80").Send("/start channels").Send("50 000").Choose(":6").Send("search, vk");

        var card = chat.Last.Text;
        Assert.Contains("Goal: 500 customers by Jun 1, 2027, that is 500 / 6 months ≈ 83 customers a month.", card);
        Assert.Contains("The goal needs 83 × 1,125 = 93,750 a month.", card);
        Assert.Contains("• or move the deadline to Dec 2, 2027: at ≈ 44 customers a month, 500 customers take 12 months.", card);
    }

    [Fact]
    public void A_plan_without_a_goal_offers_one()
    {
        var chat = Chat().Send("/kpi cac 90000 80").Send("/start channels").Send("50 000").Choose(":6").Send("search, vk");

        Assert.Contains("No SMART goal yet", chat.Last.Text);
        var button = Assert.Single(chat.Last.AllButtons, b => b.Data == ButtonData.Open("smart"));
        Assert.Equal("🎯 Set a goal", button.Label);
        chat.Press(button.Data);
        Assert.Equal("smart.type", chat.State);
    }

    [Fact]
    public void A_goal_without_a_cac_asks_for_it_with_a_button_into_the_calculator()
    {
        var chat = Chat().Send("/start smart").Choose(":customers").Send("40").Send("get 90 new customers a month from the website by June 1");
        chat.Send("/start channels").Send("50 000").Choose(":6").Send("search, vk");

        Assert.Contains("To turn the budget into customers I need your CAC", chat.Last.Text);
        chat.Press(ButtonData.Open("kpi_cac"));
        Assert.StartsWith("kpi_cac.", chat.State);
    }

    [Fact]
    public void A_revenue_goal_goes_through_the_average_check()
    {
        var chat = Chat().Send("/start smart").Choose(":sales").Send("1000000").Send("grow revenue from the website to 2,000,000 a month by June 1");
        chat.Send("/kpi cac 90000 80").Send("/start channels").Send("50 000").Choose(":6").Send("search, vk");
        Assert.Contains("A revenue goal turns into customers through the average order value", chat.Last.Text);
        Assert.Contains(chat.Last.AllButtons, b => b.Data == ButtonData.Open("kpi_average_check"));

        chat.Send("/kpi average_check 400000 200");
        var lines = GoalPlanLines.ForSession(chat.Session, TextCatalog.Default.For("en"), new DateTime(2026, 12, 2, 9, 0, 0, DateTimeKind.Utc)).Text;
        Assert.Contains("Through the average order value: 2,000,000 / 2,000 ≈ 1,000 customers a month.", lines);
        Assert.Contains("The goal needs 1,000 × 1,125 = 1,125,000 a month.", lines);
    }

    [Fact]
    public void Status_the_programme_and_the_export_carry_the_same_lines()
    {
        var chat = IssueExample();

        Assert.Contains("The goal against the budget</b>: needs 101,250 a month, the budget is", chat.Send("/status").Text);
        chat.Press(ButtonData.Command("status", "goal"));
        Assert.Contains("The goal needs 90 × 1,125 = 101,250 a month.", chat.Text);
        chat.Send("/programme");
        Assert.Contains("The goal needs 90 × 1,125 = 101,250 a month.", chat.Text);
        Assert.Contains("• raise the budget to 101,250 a month;", chat.Text);

        var document = StrategyDocument.Build(chat.Session, TextCatalog.Default.For("en"), new DateTime(2026, 12, 2, 9, 0, 0, DateTimeKind.Utc));
        var text = string.Join("\n", document.Blocks.OfType<DocumentParagraph>().Select(p => p.Text));
        Assert.Contains("The goal needs 90 × 1,125 = 101,250 a month.", text);
    }
}
