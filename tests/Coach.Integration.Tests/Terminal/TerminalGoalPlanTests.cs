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

        Assert.Contains("Goal: 90 customers a month by 2027-06-01 (today 40).", output);
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
}
