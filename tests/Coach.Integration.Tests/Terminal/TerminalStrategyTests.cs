using Coach.Integration.Tests.Support;

namespace Coach.Integration.Tests.Terminal;

/// <summary>Personas per segment and review flags in the terminal chat: the real host, a LiteDB file, a scripted console.</summary>
public class TerminalStrategyTests
{
    // The essentials, then "add depth" (1) and the rest: gender skipped, a middle income, no education or family.
    private static readonly string[] Persona = ["25–34", "office manager", "no time", "saving time", "Telegram, Search", "1", "/skip", "2", "/skip", "/skip", "healthy food", "doubts", "2"];

    [Fact]
    public async Task A_differentiated_strategy_asks_for_the_persona_of_the_segment_still_without_one()
    {
        using var folder = new TempFolder();
        string[] script =
        [
            "/start coverage", "Cars", "2", "1", "3", "1", "4", "2", "2", "students, families",
            "/personas new 0", "Anna", .. Persona,
            "/programme",
            "/personas next", "Boris", .. Persona,
            "/programme",
        ];

        var output = await TerminalChatTests.Run(folder, string.Join('\n', script) + "\n");

        var (first, second) = (output.Split("> /personas next")[0], output.Split("> /personas next")[1]);
        Assert.Contains("Segments still without a persona: “families”.", first);
        Assert.Contains("⬜ 3. Personas", first.Split("> /programme")[^1]);
        Assert.Contains("A persona for the segment “families”.", second);
        Assert.Contains("Segment: families", second);
        Assert.Contains("✅ 3. Personas", second.Split("> /programme")[^1]);
    }

    [Fact]
    public async Task A_changed_budget_flags_the_channel_plan_in_russian_and_a_kept_one_does_not()
    {
        using var folder = new TempFolder();
        string[] coverage = ["/start coverage", "Мыло", "1", "2", "2", "3", "4", "2", "1"];
        string[] plan = ["/start channels", "100000", "6", "Telegram, Поиск"];
        string[] keepAll = ["/start coverage", "оставить", "оставить", "оставить", "оставить", "оставить", "оставить", "оставить", "оставить"];
        string[] newBudget = ["/start coverage", "оставить", "оставить", "3", "оставить", "оставить", "оставить", "оставить", "оставить"];

        var output = await TerminalChatTests.Run(folder, string.Join('\n', [.. coverage, .. plan, .. keepAll, "/programme", .. newBudget, "/programme"]) + "\n", "ru");

        var cards = output.Split("> /programme");
        Assert.Contains("✅ 7. Каналы и бюджет", cards[1]);
        Assert.DoesNotContain("⚠️", cards[1]);
        Assert.Contains("⚠️ 7. Каналы и бюджет: стоит пересмотреть — бюджет в стратегии охвата изменился: был средний, стал ограниченный", cards[2]);
        Assert.Contains("✅ 1. Стратегия охвата", cards[2]);
    }
}
