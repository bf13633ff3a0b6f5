using Coach.Core.Domain.Learn;

namespace Coach.Core.Tests.Learn;

public class PracticeOrderTests
{
    private static readonly string[] Pool = ["coverage", "cac", "smart", "mix", "roi", "ltv", "ctr"];
    private static readonly DateTime Monday = new(2026, 11, 30, 10, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_first_round_takes_the_pool_in_its_order()
    {
        Assert.Equal(["coverage", "cac", "smart", "mix", "roi"], PracticeOrder.NextRound(new LearningProgress(), Pool));
    }

    [Fact]
    public void Topics_answered_wrongly_come_first_the_oldest_mistake_first_then_new_topics_then_the_ones_seen_longest_ago()
    {
        var progress = new LearningProgress();
        PracticeOrder.Record(progress, "coverage", right: true, Monday, "en");
        PracticeOrder.Record(progress, "roi", right: false, Monday.AddMinutes(1), "en");
        PracticeOrder.Record(progress, "cac", right: false, Monday.AddMinutes(2), "en");
        PracticeOrder.Record(progress, "smart", right: true, Monday.AddMinutes(3), "en");
        PracticeOrder.Record(progress, "mix", right: true, Monday.AddMinutes(4), "en");

        var round = PracticeOrder.NextRound(progress, Pool, size: 7);

        Assert.Equal(["roi", "cac", "ltv", "ctr", "coverage", "smart", "mix"], round);
    }

    [Fact]
    public void A_topic_answered_right_after_a_mistake_no_longer_jumps_the_queue()
    {
        var progress = new LearningProgress();
        PracticeOrder.Record(progress, "ltv", right: false, Monday, "en");
        PracticeOrder.Record(progress, "ltv", right: true, Monday.AddMinutes(5), "en");

        var round = PracticeOrder.NextRound(progress, Pool);

        Assert.Equal("coverage", round[0]);
        Assert.DoesNotContain("ltv", round);
        Assert.Equal(1, progress.Score("ltv")!.Right);
        Assert.Equal(1, progress.Score("ltv")!.Wrong);
    }

    [Fact]
    public void Practice_on_consecutive_days_makes_a_streak_that_today_can_still_extend()
    {
        var progress = new LearningProgress();
        PracticeOrder.Record(progress, "cac", right: true, Monday.AddDays(-3), "en");
        PracticeOrder.Record(progress, "cac", right: false, Monday.AddDays(-2), "en");
        PracticeOrder.Record(progress, "roi", right: true, Monday.AddDays(-1), "en");
        PracticeOrder.Record(progress, "roi", right: true, Monday.AddDays(-1).AddHours(2), "en");
        var today = DateOnly.FromDateTime(Monday);

        Assert.Equal(3, PracticeOrder.Streak(progress.Days, today));
        PracticeOrder.Record(progress, "ltv", right: true, Monday, "en");
        Assert.Equal(4, PracticeOrder.Streak(progress.Days, today));
        Assert.Equal(4, progress.Days.Count);
    }

    [Fact]
    public void A_missed_day_breaks_the_streak()
    {
        var days = new[] { "2026-11-25", "2026-11-26", "2026-11-28" };

        Assert.Equal(0, PracticeOrder.Streak(days, new DateOnly(2026, 11, 30)));
        Assert.Equal(1, PracticeOrder.Streak(days, new DateOnly(2026, 11, 29)));
        Assert.Equal(2, PracticeOrder.Streak(days, new DateOnly(2026, 11, 26)));
        Assert.Equal(0, PracticeOrder.Streak([], new DateOnly(2026, 11, 30)));
    }
}
