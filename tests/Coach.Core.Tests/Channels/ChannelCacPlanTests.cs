using Coach.Core.Dialogue;
using Coach.Core.Domain.Channels;
using Coach.Core.Flows.Channels;
using Coach.Core.Flows.Export;
using Coach.Core.Flows.Kpi;
using Coach.Core.Tests.Support;
using Coach.Core.Texts;

namespace Coach.Core.Tests.Channels;

/// <summary>
/// The CACs of /kpi channels drive the channel plan: each typed name is read as a planned channel or asked about, each
/// row buys at its own CAC, and the card, /status and the export give the same customers.
/// </summary>
public class ChannelCacPlanTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 9, 0, 0, TimeSpan.Zero);

    private static ChatDriver Chat(string language = "en") => new(language, time: new ManualClock(Now));

    // The example with the channels' own numbers: VK 30 000 for 20 customers (CAC 1 500), Yandex Direct
    // 48 000 for 16 (CAC 3 000); the blended CAC of that table is 78 000 / 36 ≈ 2 167.
    private static ChatDriver WithChannelCacs(string language = "en")
    {
        var chat = Chat(language).Send("/start smart").Choose(":customers").Send("40");
        chat.Send(language == "ru" ? "привлекать 90 новых клиентов в месяц к 1 июня" : "get 90 new customers a month by June 1");
        chat.Send("/kpi cac 90000 80");
        chat.Send(language == "ru" ? "/kpi каналы ВКонтакте 30 000 40 20; Яндекс Директ 48 000 120 16" : "/kpi channels VK 30 000 40 20; Yandex Direct 48 000 120 16");
        return chat;
    }

    private static ChatDriver Planned(string language = "en") =>
        WithChannelCacs(language).Send("/start channels").Send("50 000").Choose(":6").Send(language == "ru" ? "Поиск, ВКонтакте, Электронная почта" : "search, vk, email");

    [Theory]
    [InlineData("Яндекс Директ", new[] { "search" })]
    [InlineData("Yandex Direct", new[] { "search" })]
    [InlineData("Google Ads", new[] { "search" })]
    [InlineData("Контекстная реклама", new[] { "search" })]
    [InlineData("таргет ВК", new[] { "vk" })]
    [InlineData("VK", new[] { "vk" })]
    [InlineData("Яндекс Маркет", new[] { "marketplaces" })]
    [InlineData("Рассылка", new[] { "email" })]
    [InlineData("Блогеры", new[] { "blogs" })]
    [InlineData("Яндекс", new[] { "search", "marketplaces" })]
    [InlineData("Соцсети", new[] { "telegram", "instagram" })]
    [InlineData("Ads agency", new string[0])]
    public void A_typed_channel_name_reads_as_the_channels_it_may_mean(string typed, string[] channels)
    {
        Assert.Equal(channels.Order(), ChannelNames.Candidates(typed).Order());
    }

    [Fact]
    public void Names_read_clearly_are_kept_without_a_question()
    {
        var chat = WithChannelCacs();

        Assert.Equal(DialogueStates.Menu, chat.State);
        Assert.Contains("“Yandex Direct” → Search: CAC 3,000", chat.Last.Text);
        Assert.Contains("“VK” → VK: CAC 1,500", chat.Last.Text);
        Assert.Equal(["vk", "search"], chat.Session.ChannelCacs.Select(c => c.Channel));
    }

    [Fact]
    public void Each_planned_channel_buys_at_its_own_cac_and_the_others_at_the_blended_one()
    {
        var card = Planned().Last.Text;

        // Search 26 923 of the 50 000 at 3 000, VK 18 462 at 1 500, email 4 615 at the table's blended 2 167.
        Assert.Contains("<b>Search</b> · acquisition + conversion · month 2 · 17,500 · search ads on buying queries, a landing page for each group of queries · ≈ 9 customers a month at its own CAC of 3,000", card);
        Assert.Contains("<b>VK</b> · acquisition + engagement · month 2 · 12,000 · targeted ads and a community with regular posts · ≈ 12 customers a month at its own CAC of 1,500", card);
        Assert.Contains("≈ 2 customers a month at the overall CAC of 2,167", card);
        Assert.Contains("All channels together: ≈ 23 customers a month once every channel runs (from month 4). Over 6 months that is ≈ 113 customers", card);
        Assert.Contains("At each channel's own CAC from /kpi channels (Search 3,000, VK 1,500) and your overall CAC of 2,167 for the other channels, the plan buys ≈ 23 customers a month: an average CAC of 2,136.", card);
        Assert.Contains("At that average CAC the goal needs 90 × 2,136 = 192,240 a month.", card);
        Assert.Contains("• raise the budget to 192,240 a month;", card);
        Assert.Contains("• bring the plan's average CAC down to 50,000 / 90 ≈ 556", card);
        Assert.Contains("you hold ≈ 23 customers a month on any date", card);
        Assert.Contains("• Base: 261,500 over 6 months, CAC ≈ 2,136 (conversion as in the pilot): ≈ 113 customers, 337 short of the 450", card);
        Assert.Contains("💡 VK brings customers at 1,500, Search at 3,000. The split above follows media prices, so use the pilot to move money towards VK", card);
    }

    [Fact]
    public void The_russian_card_counts_each_channel_at_its_own_cac_in_roubles()
    {
        var card = Planned("ru").Last.Text;

        Assert.Contains("≈ 9 клиентов в месяц при собственном CAC 3 000 ₽", card);
        Assert.Contains("≈ 12 клиентов в месяц при собственном CAC 1 500 ₽", card);
        Assert.Contains("≈ 2 клиента в месяц при общем CAC 2 167 ₽", card);
        Assert.Contains("По собственному CAC каждого канала из /kpi channels (Поиск 3 000 ₽, ВКонтакте 1 500 ₽) и общему CAC 2 167 ₽ для остальных план даёт ≈ 23 клиента в месяц: в среднем CAC 2 136 ₽.", card);
        Assert.Contains("При таком среднем CAC цели нужно 90 × 2 136 ₽ = 192 240 ₽ в месяц.", card);
    }

    [Fact]
    public void The_card_status_and_export_give_the_same_customers_a_month_and_over_six_months()
    {
        var chat = Planned();
        var card = chat.Last.Text;
        var plan = ChannelPlanFlow.Plan(chat.Session, Now.UtcDateTime)!;
        var yield = plan.Yield!;
        var t = TextCatalog.Default.For("en");
        var monthly = TextCatalog.Plain(ChannelPlanCards.Customers(t, CustomerYield.Round(yield.PerMonth), 0).Html);
        var overSix = TextCatalog.Plain(ChannelPlanCards.Customers(t, Math.Round(yield.OverHorizon), 0).Html);

        // The rows as shown add up to the total as shown, and the base scenario is the total over the horizon.
        Assert.Equal(CustomerYield.Round(yield.PerMonth), yield.Shown().Sum());
        Assert.Equal(Math.Round(yield.OverHorizon), plan.Scenarios[0].ExpectedCustomers);
        Assert.Equal("≈ 23 customers", monthly);
        Assert.Equal("≈ 113 customers", overSix);

        var status = chat.Press(ButtonData.Command("status", "goal")).Text;
        var document = StrategyDocument.Build(chat.Session, t, Now.UtcDateTime);
        var lines = document.Blocks.SelectMany(b => b switch
        {
            DocumentParagraph p => [p.Text],
            DocumentBullets bullets => bullets.Items,
            DocumentTable table => table.Rows.SelectMany(r => r),
            _ => [],
        }).ToList();
        var export = string.Join("\n", lines);

        foreach (var text in new[] { TextCatalog.Plain(card), TextCatalog.Plain(status), export })
        {
            Assert.Contains($"the plan buys {monthly} a month", text);
        }

        Assert.Contains($"Over 6 months that is {overSix}", TextCatalog.Plain(card));
        Assert.Contains($"Expected new customers: {monthly} a month once every channel runs, {overSix} over 6 months (the base scenario)", export);
        Assert.Contains($"• Base: 261,500 over 6 months, CAC ≈ 2,136 (conversion as in the pilot): {overSix}", export);
        Assert.Contains("≈ 9 customers a month at its own CAC of 3,000", export);
    }

    [Fact]
    public void An_ambiguous_name_is_asked_with_buttons_and_the_answer_is_kept()
    {
        var chat = Chat("ru").Send("/kpi каналы ВКонтакте 30 000 40 20; Яндекс 48 000 120 16");

        Assert.Equal(ChannelMatchFlow.State, chat.State);
        Assert.Contains("«Яндекс» (CAC 3 000 ₽) — это может быть Поиск или Маркетплейсы. Какой именно?", chat.Text);
        Assert.Contains(chat.Last.AllButtons, b => b.Data == ButtonData.Answer(ChannelMatchFlow.State, "search"));
        Assert.Null(chat.Session.ChannelCacs[1].Channel);

        chat.Press(ButtonData.Answer(ChannelMatchFlow.State, "search"));

        Assert.Equal("search", chat.Session.ChannelCacs[1].Channel);
        Assert.Contains("«Яндекс» → Поиск: CAC 3 000 ₽", chat.Last.Text);
        Assert.Equal(DialogueStates.Menu, chat.State);
    }

    [Fact]
    public void A_name_of_a_channel_the_plan_does_not_have_is_asked_about_and_none_leaves_its_cac_out()
    {
        var chat = Chat().Send("/kpi cac 90000 80").Send("/start channels").Send("50 000").Choose(":6").Send("search, vk");
        chat.Send("/kpi channels VK 30 000 40 20; Email 5 000 50 10");

        Assert.Contains("“Email” (CAC 500) reads as Email, which is not in your channel plan (VK, Search). Which channel of the plan is it, if any?", chat.Text);
        chat.Send("None of these");

        Assert.Equal("none", chat.Session.ChannelCacs[1].Channel);
        Assert.Contains("“Email”: not in the plan, CAC 500 not used", chat.Last.Text);
        var card = chat.Send("/start channels").Send("50 000").Choose(":6").Send("search, vk").Last.Text;
        Assert.Contains("“Email” from /kpi channels: not in this plan, so that CAC is not used.", card);
        Assert.Contains("≈ 13 customers a month at its own CAC of 1,500", card);
    }

    [Fact]
    public void A_name_left_unread_is_named_on_the_plan_card_with_a_button_to_say_which()
    {
        var chat = Chat().Send("/kpi cac 90000 80").Send("/kpi channels VK 30 000 40 20; Ads Co 48 000 120 16");
        Assert.Contains("I don't know which channel “Ads Co” is (CAC 3,000).", chat.Text);

        var card = chat.Send("/start channels").Send("50 000").Choose(":6").Send("search, vk").Last;

        Assert.Contains("I don't know yet which channel of your plan “Ads Co” (from /kpi channels) is, so its CAC is not used yet.", card.Text);
        var button = Assert.Single(card.AllButtons, b => b.Data == ButtonData.Open(ChannelMatchFlow.Id));
        chat.Press(button.Data);
        Assert.Equal(ChannelMatchFlow.State, chat.State);
        chat.Press(ButtonData.Answer(ChannelMatchFlow.State, "search"));
        Assert.Contains("“Ads Co” → Search: CAC 3,000", chat.Last.Text);
        Assert.Contains("The channel plan now counts each of these channels at its own CAC.", chat.Last.Text);
        Assert.Contains("≈ 10 customers a month at its own CAC of 3,000", ChannelPlanCards.Result(TextCatalog.Default.For("en"), ChannelPlanFlow.Plan(chat.Session, Now.UtcDateTime)!, GoalPlanLines.ForSession(chat.Session, TextCatalog.Default.For("en"), Now.UtcDateTime)).Text);
    }

    [Fact]
    public void A_channel_cac_in_dollars_is_not_compared_with_a_rouble_budget()
    {
        var chat = Chat("ru").Send("/kpi cac 90000 80").Send("/kpi каналы ВКонтакте $300 40 20; Поиск $480 120 16");
        var card = chat.Send("/start channels").Send("50 000").Choose(":6").Send("Поиск, ВКонтакте").Last.Text;

        Assert.Contains("CAC «ВКонтакте», «Поиск» из /kpi channels и бюджет — в разных валютах (доллары и рубли): их нельзя сравнить", card);
        Assert.DoesNotContain("собственном CAC", card);
    }
}
