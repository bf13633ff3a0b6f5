using Coach.Core.Dialogue;
using Coach.Core.Flows.Coverage;
using Coach.Core.Flows;
using Coach.Core.Tests.Support;

namespace Coach.Core.Tests.Dialogue;

/// <summary>
/// Every time Coach stores comes from the engine's clock, not the machine's: a clock set years
/// away shows up in each of them, so deadlines, streaks and follow-ups can be tested by moving it.
/// </summary>
public class EngineClockTests
{
    private static readonly DateTimeOffset Then = new(2031, 3, 4, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_session_its_finished_sections_and_its_kpi_records_carry_the_engines_time()
    {
        var clock = new ManualClock(Then);
        var chat = new ChatDriver("en", time: clock).Send("/start");
        var created = chat.Session.CreatedUtc;

        clock.Now = Then.AddDays(2);
        chat.AnswerProfile("Organic bread", "narrow", "limited", "single", "similar", "small", "yes")
            .Choose(":concentrated").Send("2 000").Send("24").Send("350").Send("20 млн");
        clock.Now = Then.AddDays(3);
        chat.Send("/kpi cac 90000 80");
        clock.Now = Then.AddDays(4);
        chat.Send("/kpi channels VK 30 000 40 10; Context 25 000 35 12");

        var session = chat.Session;
        Assert.Equal(Then.UtcDateTime, created);
        Assert.Equal(Then.AddDays(2).UtcDateTime, session.Coverage!.CompletedUtc);
        Assert.Equal(Then.AddDays(2).UtcDateTime, session.CompletedUtc[CoverageFlow.Id]);
        Assert.Equal([Then.AddDays(3).UtcDateTime, Then.AddDays(4).UtcDateTime], session.KpiHistory.Select(record => record.Utc));
        Assert.Equal(Then.AddDays(4).UtcDateTime, session.UpdatedUtc);
    }

    [Fact]
    public void A_smart_deadline_named_by_month_is_read_against_the_engines_date()
    {
        var clock = new ManualClock(new DateTimeOffset(2031, 8, 10, 9, 0, 0, TimeSpan.Zero));
        var chat = new ChatDriver("en", time: clock).Send("/start smart");
        chat.Choose(":customers").Send("40").Send("get 90 new customers a month from the website by June 1");

        // June 1 after August 10 is next year's.
        Assert.Contains("Jun 1, 2032", chat.Text);
    }

    [Fact]
    public void Nothing_in_the_core_or_the_host_reads_the_machines_clock()
    {
        // The clock is the engine's TimeProvider; a direct read makes that time untestable.
        var reads = new[] { "src/Coach.Core", "src/Coach.Drafting", "src/Coach.Bot", "src/Coach.Storage" }
            .SelectMany(folder => Directory.EnumerateFiles(RepositoryFiles.PathOf(folder), "*.cs", SearchOption.AllDirectories))
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(file => File.ReadLines(file).Select((line, index) => (file, line, index)))
            .Where(x => System.Text.RegularExpressions.Regex.IsMatch(x.line, @"\bDateTime(Offset)?\.(UtcNow|Now|Today)\b"))
            .Select(x => $"{Path.GetRelativePath(RepositoryFiles.Root, x.file)}:{x.index + 1}: {x.line.Trim()}")
            .ToList();

        Assert.True(reads.Count == 0, "Read the TimeProvider instead:\n" + string.Join("\n", reads));
    }
}
