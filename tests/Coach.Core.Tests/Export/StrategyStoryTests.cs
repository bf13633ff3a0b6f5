using Coach.Core.Dialogue;
using Coach.Core.Flows.Export;
using Coach.Core.Tests.Cjm;
using Coach.Core.Tests.Support;
using Coach.Core.Texts;

namespace Coach.Core.Tests.Export;

/// <summary>The strategy document tells the story: a one-page summary first, the goal restated, KPIs with their inputs, the media plan as a table, the journey once.</summary>
public class StrategyStoryTests
{
    /// <summary>A session with every section of the plan: a niche bakery, a persona and its journey, a goal, a CAC and a channel plan.</summary>
    internal static ChatDriver Full(string language)
    {
        var chat = CjmFlowTests.WithPersona(language);
        chat.Send($"/cjm start {chat.Session.Personas[0].Id}");
        CjmFlowTests.Walk(chat);
        chat.AnswerProfile("Organic bread", "narrow", "limited", "single", "similar", "small", "yes")
            .Choose(":concentrated").Send("2 000").Send("24").Send("350").Send("1 000 000");
        chat.Send("/start smart").Send("1").Send("250")
            .Send(language == "ru" ? "увеличить количество заказов с сайта на 20% за три месяца" : "increase orders from the website by 20% in three months");
        chat.Send("/kpi cac 90000 80");
        chat.Send("/start channels").Send("150 000").Choose(":6").Choose(":search").Choose(":vk").Choose(":!");
        return chat;
    }

    private static DocumentSpec Document(ChatDriver chat, string language) =>
        StrategyDocument.Build(chat.Session, TextCatalog.Default.For(language), new DateTime(2026, 12, 2, 9, 0, 0, DateTimeKind.Utc));

    private static List<string> Bullets(DocumentSpec document) =>
        document.Blocks.TakeWhile(b => b is not DocumentPageBreak).OfType<DocumentBullets>().SelectMany(b => b.Items).ToList();

    [Theory]
    [InlineData("en", "Strategy: concentrated (niche) marketing for “Organic bread”.", "Goal: Grow orders from the website from 250 to 300 (+20%) by ",
        "Budget: 150,000 a month for 6 months, 803,000 in the base scenario.", "Expected new customers: ≈ 133 customers a month once every channel runs, ≈ 667 customers over 6 months (the base scenario), at your last CAC of 1,125.")]
    [InlineData("ru", "Стратегия: концентрированный (нишевый) маркетинг для продукта «Organic bread».", "Цель: Увеличить число заказов с сайта с 250 до 300 (+20%) к ",
        "Бюджет: 150 000 ₽ в месяц на срок 6 мес., 803 000 ₽ в базовом сценарии.", "Ожидаемые новые клиенты: ≈ 133 клиента в месяц, когда работают все каналы, и ≈ 667 клиентов за 6 мес. (базовый сценарий) при вашем последнем CAC 1 125 ₽.")]
    public void The_document_opens_with_a_one_page_summary_of_strategy_goal_and_plan(string language, string strategy, string goal, string budget, string customers)
    {
        var document = Document(Full(language), language);

        Assert.Equal(TextCatalog.Plain(TextCatalog.Default.For(language)["export.summary.title"]), ((DocumentHeading)document.Blocks[0]).Text);
        var summary = Bullets(document);
        Assert.Equal(strategy, summary[0]);
        Assert.StartsWith(goal, summary[1], StringComparison.Ordinal);
        Assert.Equal(budget, summary[2]);
        Assert.Equal(customers, summary[3]);
        // The summary is a page of its own: the sections start after the break.
        var pageBreak = document.Blocks.ToList().FindIndex(b => b is DocumentPageBreak);
        Assert.InRange(pageBreak, 3, 6);
        Assert.IsType<DocumentHeading>(document.Blocks[pageBreak + 1]);
    }

    [Theory]
    [InlineData("en", "Month 1 — Work through the marketing mix model", "Month 1 — foundations: market review", "Month 2 — pilot: ", "launch ", "Month 3 — scale what worked.")]
    [InlineData("ru", "Месяц 1 — Пройти модель маркетинг-микса", "Месяц 1 — фундамент: обзор рынка", "Месяц 2 — пилот: ", "запуск: ", "Месяц 3 — масштабирование того, что сработало.")]
    public void The_next_five_actions_put_what_is_not_done_first_then_the_year_plan_by_month(string language, string first, string foundations, string pilot, string launch, string last)
    {
        var actions = Document(Full(language), language).Blocks.TakeWhile(b => b is not DocumentPageBreak).OfType<DocumentBullets>().Last().Items;
        var t = TextCatalog.Default.For(language);

        Assert.Equal(5, actions.Count);
        Assert.StartsWith(first, actions[0], StringComparison.Ordinal);
        Assert.StartsWith(foundations, actions[2], StringComparison.Ordinal);
        Assert.StartsWith(pilot, actions[3], StringComparison.Ordinal);
        // The pilot month launches the plan's channels.
        var launches = actions[3][(actions[3].IndexOf(launch, StringComparison.Ordinal) + launch.Length)..].TrimEnd('.').Split(", ");
        Assert.Equal(new[] { t["persona.channels.opt.search"], t["persona.channels.opt.vk"] }.Order(), launches.Order());
        Assert.Equal(last, actions[4]);
    }

    [Fact]
    public void The_plan_lines_say_what_is_missing_before_there_is_a_plan_or_a_cac()
    {
        var t = TextCatalog.Default.For("en");
        var chat = new ChatDriver();
        Assert.Equal(["Budget and expected customers: the channel plan is not made yet."], StrategyDocument.SummaryPlanLines(new Session(), t, DateTime.UtcNow));

        chat.Send("/start channels").Send("90 000").Choose(":9").Choose(":search").Choose(":!");
        var lines = StrategyDocument.SummaryPlanLines(chat.Session, t, DateTime.UtcNow);
        Assert.StartsWith("Budget: 90,000 a month for 9 months, ", lines[0], StringComparison.Ordinal);
        Assert.Equal("Expected new customers: set after the pilot month, once your CAC is known (/kpi cac).", lines[1]);
    }

    [Theory]
    [InlineData("en", "Grow orders from the website from 250 to 300 (+20%) by ", "increase orders from the website")]
    [InlineData("ru", "Увеличить число заказов с сайта с 250 до 300 (+20%) к ", "увеличить количество заказов")]
    public void The_goal_is_the_canonical_restatement_not_the_first_wording(string language, string restated, string raw)
    {
        var document = Document(Full(language), language);

        var goals = document.Blocks.OfType<DocumentTable>().Single(table => table.Rows.Any(r => r[2] == "250 → 300"));
        Assert.StartsWith(restated, goals.Rows[0][0], StringComparison.Ordinal);
        Assert.DoesNotContain(document.Blocks.OfType<DocumentTable>().SelectMany(table => table.Rows).SelectMany(r => r), cell => cell.Contains(raw, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en", "CAC (customer acquisition cost)", "1,125", "marketing spend 90,000, new customers 80")]
    [InlineData("ru", "CAC (стоимость привлечения клиента)", "1 125 ₽", "расходы на маркетинг 90 000 ₽, новые клиенты 80")]
    public void Each_kpi_shows_the_inputs_it_was_computed_from(string language, string metric, string value, string inputs)
    {
        var rows = Document(Full(language), language).Blocks.OfType<DocumentTable>().SelectMany(table => table.Rows);

        Assert.Contains(rows, row => row[0] == metric && row[1] == value && row[2] == inputs);
    }

    [Theory]
    [InlineData("en", "Channel", "Search", "acquisition", "48,000", "≈ 66 customers a month at the overall CAC of 1,125")]
    [InlineData("ru", "Канал", "Поиск", "привлечение", "48 000 ₽", "≈ 66 клиентов в месяц при общем CAC 1 125 ₽")]
    public void The_media_plan_is_a_table_of_channel_role_month_budget_and_result(string language, string header, string channel, string role, string budget, string result)
    {
        var document = Document(Full(language), language);

        var plan = document.Blocks.OfType<DocumentTable>().Single(table => table.Headers[0] == header);
        Assert.Equal(6, plan.Headers.Count);
        Assert.Contains(plan.Rows, row => row[0] == channel && row[1] == role && row[2] == "2" && row[3] == budget && row[5] == result);
        Assert.DoesNotContain(document.Blocks.OfType<DocumentParagraph>(), p => p.Text.StartsWith("• " + channel, StringComparison.Ordinal));
    }

    [Fact]
    public void The_journey_map_is_rendered_once_as_a_table_not_also_as_a_picture()
    {
        var document = Document(Full("en"), "en");

        Assert.DoesNotContain(document.Blocks, b => b is DocumentChart { Chart: TableChart });
        Assert.Single(document.Blocks.OfType<DocumentTable>(), table => table.Headers.Contains("Appeal"));
    }
}
