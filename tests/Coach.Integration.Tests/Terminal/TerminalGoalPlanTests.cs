using Coach.Integration.Tests.Support;

namespace Coach.Integration.Tests.Terminal;

/// <summary>The example in the terminal host, in English: the goal drives the channel plan card.</summary>
public class TerminalGoalPlanTests
{
    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    [Fact]
    public async Task Ninety_a_month_by_june_1_against_50_000_at_a_cac_of_1_125()
    {
        using var folder = new TempFolder();
        var script = string.Join(
            '\n',
            "/start smart",
            "3",
            "40",
            "get 90 new customers a month from the website by June 1",
            "/kpi cac 90000 80",
            "/start channels",
            "50 000",
            "6",
            "search, vk, email, word of mouth") + "\n";

        var output = await TerminalChatTests.Run(folder, script, time: new FixedClock(new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero)));

        Assert.Contains("Goal: 90 customers a month by Jun 1, 2027 (today 40).", output);
        Assert.Contains("At your last CAC of 1,125, the budget buys 50,000 / 1,125 ≈ 44 customers a month.", output);
        Assert.Contains("The goal needs 90 × 1,125 = 101,250 a month.", output);
        Assert.Contains("That is 51,250 a month more than the budget has. Three ways to close the gap:", output);
        Assert.Contains("• raise the budget to 101,250 a month;", output);
        Assert.Contains("• bring CAC down to 50,000 / 90 ≈ 556", output);
        Assert.Contains("• or move the deadline, knowing that a monthly level does not come from waiting", output);
        Assert.Contains("• Word of mouth · retention + acquisition · month 4 · no media budget · tasks:", output);
        Assert.Contains("• Search · acquisition + conversion · month 2 · 17,500", output);
        Assert.DoesNotContain("≈ 144 customers", output);
    }

    // The walk as a new user would type it: the goal without "where from", the business's CAC, two channels'
    // own numbers, the plan at 50 000 a month, the export.
    [Theory]
    [InlineData("en")]
    [InlineData("ru")]
    public async Task The_channels_own_cacs_drive_the_card_and_the_export_alike(string language)
    {
        using var folder = new TempFolder();
        var ru = language == "ru";
        // "Яндекс" may be search or a marketplace, so the Russian walk answers which; "Yandex Direct" is clear.
        string[] lines =
        [
            "/start smart", "3", "40",
            ru ? "привлекать 90 новых клиентов в месяц к 1 июня" : "get 90 new customers a month by June 1",
            "/kpi cac 90000 80",
            ru ? "/kpi каналы ВКонтакте 30 000 40 20; Яндекс 48 000 120 16" : "/kpi channels VK 30 000 40 20; Yandex Direct 48 000 120 16",
            .. ru ? ["Поиск"] : Array.Empty<string>(),
            "/start channels", "50 000", "6",
            ru ? "Поиск, ВКонтакте, Электронная почта" : "search, vk, email",
            "/export",
        ];
        var script = string.Join('\n', lines) + "\n";

        var output = await TerminalChatTests.Run(folder, script, language, time: new FixedClock(new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero)));
        var markdown = File.ReadAllText(Directory.EnumerateFiles(folder.File("files"), "*.md", SearchOption.AllDirectories).Single());

        if (ru)
        {
            Assert.Contains("💡 Цель станет точнее, если сказать, откуда они придут", output);
            Assert.Contains("«Яндекс» (CAC 3 000 ₽) — это может быть Поиск или Маркетплейсы. Какой именно?", output);
            Assert.Contains("• «Яндекс» → Поиск: CAC 3 000 ₽", output);
            Assert.Contains("• Поиск · привлечение + конверсия · месяц 2 · 17 500 ₽ · поисковая реклама по запросам с намерением купить, посадочная на каждую группу запросов · ≈ 9 клиентов в месяц при собственном CAC 3 000 ₽", output);
            Assert.Contains("Все каналы вместе: ≈ 23 клиента в месяц, когда работают все каналы (с месяца 4). За 6 мес. это ≈ 113 клиентов", output);
            Assert.Contains("план даёт ≈ 23 клиента в месяц: в среднем CAC 2 136 ₽.", output);
            Assert.Contains("- Ожидаемые новые клиенты: ≈ 23 клиента в месяц, когда работают все каналы, и ≈ 113 клиентов за 6 мес. (базовый сценарий) по собственному CAC каждого канала из /kpi channels (в среднем 2 136 ₽).", markdown);
            Assert.Contains("| Поиск | привлечение | 2 | 17 500 ₽ | поисковая реклама по запросам с намерением купить, посадочная на каждую группу запросов | ≈ 9 клиентов в месяц при собственном CAC 3 000 ₽ |", markdown);
        }
        else
        {
            Assert.Contains("💡 To sharpen the goal, say where they come from", output);
            Assert.Contains("• “Yandex Direct” → Search: CAC 3,000", output);
            Assert.Contains("• Search · acquisition + conversion · month 2 · 17,500 · search ads on buying queries, a landing page for each group of queries · ≈ 9 customers a month at its own CAC of 3,000", output);
            Assert.Contains("• Email · retention + conversion · month 4 · 3,000 · a welcome series, personal offers, reminders to come back · ≈ 2 customers a month at the overall CAC of 2,167", output);
            Assert.Contains("All channels together: ≈ 23 customers a month once every channel runs (from month 4). Over 6 months that is ≈ 113 customers", output);
            Assert.Contains("At that average CAC the goal needs 90 × 2,136 = 192,240 a month.", output);
            Assert.Contains("- Expected new customers: ≈ 23 customers a month once every channel runs, ≈ 113 customers over 6 months (the base scenario), at each channel's own CAC from /kpi channels (on average 2,136).", markdown);
            Assert.Contains("| Search | acquisition | 2 | 17,500 | search ads on buying queries, a landing page for each group of queries | ≈ 9 customers a month at its own CAC of 3,000 |", markdown);
        }
    }
}
