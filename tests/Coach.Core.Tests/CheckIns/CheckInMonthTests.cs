using Coach.Core.Dialogue;
using Coach.Core.Flows.Channels;
using Coach.Core.Flows.CheckIns;
using Coach.Core.Tests.Support;

namespace Coach.Core.Tests.CheckIns;

/// <summary>The monthly review after a month of check-ins (one week skipped): the month per channel, a chart, and the reallocation accepted with one button.</summary>
public class CheckInMonthTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 9, 0, 0, TimeSpan.Zero);

    private static ChatDriver Week(ChatDriver chat, ManualClock clock, int day, string answer)
    {
        clock.Now = new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero).AddDays(day - 1);
        chat.Run(UserInput.Scheduled(chat.ChatId, CheckInFlow.Name));
        return chat.Send(answer);
    }

    internal static ChatDriver Month(ManualClock clock, string language = "en")
    {
        var chat = CheckInDialogueTests.CheckInsOn(clock, language);
        var (vk, search) = language == "ru" ? ("ВКонтакте", "Поиск") : ("VK", "Search");
        Week(chat, clock, 7, $"{vk} 12000 9; {search} 8000 2");
        Week(chat, clock, 14, "/skip");
        Week(chat, clock, 21, $"{vk} 12000 8; {search} 8000 1");
        return Week(chat, clock, 28, $"{vk} 12000 10; {search} 8000 3");
    }

    [Fact]
    public void A_month_of_check_ins_gets_the_monthly_review_with_its_chart_and_a_reallocation()
    {
        var clock = new ManualClock(Now);
        var chat = Month(clock);

        var month = chat.Replies[^1];
        Assert.Contains("Monthly review</b>, Nov 30 – Dec 27", month.Text);
        Assert.Contains("Reported 3 of 4 weeks: spent 60,000, 33 new customers, CAC 1,818.", month.Text);
        Assert.Contains("• VK: 36,000 → 27 customers, CAC 1,333", month.Text);
        Assert.Contains("• Search: 24,000 → 6 customers, CAC 4,000", month.Text);
        Assert.Contains("move 4,500 a month from Search to VK", month.Text);
        var chart = Assert.IsType<PlanActualChart>(Assert.Single(month.Charts));
        Assert.Equal(["Nov 30", "Dec 7", "Dec 14", "Dec 21"], chart.Weeks);
        Assert.Equal([11m, null, 9m, 13m], chart.Total.Values);

        var before = ChannelPlanFlow.Plan(chat.Session, clock.Now.UtcDateTime)!.Rows.Single(r => r.Channel == "vk").MonthlyBudget;
        chat.Press(ButtonData.Command(CheckInsFlow.Name, CheckInMonth.Accept));
        Assert.Contains("The channel plan now splits the monthly campaign money like this: ", chat.Text);
        var after = ChannelPlanFlow.Plan(chat.Session, clock.Now.UtcDateTime)!;
        Assert.Equal(before + 4500, after.Rows.Single(r => r.Channel == "vk").MonthlyBudget);
        Assert.Equal(after.Campaigns, after.Rows.Sum(r => r.MonthlyBudget));

        // Pressed again: nothing is waiting any more.
        chat.Press(ButtonData.Command(CheckInsFlow.Name, CheckInMonth.Accept));
        Assert.Contains("There is no reallocation waiting", chat.Text);
    }

    [Fact]
    public void The_monthly_review_reads_in_russian()
    {
        var chat = Month(new ManualClock(Now), "ru");

        Assert.Contains("Итоги месяца</b>, 30.11–27.12", chat.Replies[^1].Text);
        Assert.Contains("перенести 4 500 ₽ в месяц из канала Поиск в ВКонтакте", chat.Replies[^1].Text);
    }
}

/// <summary>The strategy document's "results so far": a row a week answered, the totals and the chart.</summary>
public class CheckInResultsDocumentTests
{
    [Fact]
    public void The_document_gets_the_results_so_far_after_the_channel_plan()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero));
        var chat = CheckInMonthTests.Month(clock);

        var document = Coach.Core.Flows.Export.StrategyDocument.Build(chat.Session, Coach.Core.Texts.TextCatalog.Default.For("en"), clock.Now.UtcDateTime);
        var blocks = document.Blocks.ToList();
        var heading = blocks.FindIndex(b => b is DocumentHeading { Text: "Results so far" });
        Assert.True(heading > blocks.FindIndex(b => b is DocumentHeading { Text: "📢 Channel plan and budget" }));
        var table = Assert.IsType<DocumentTable>(blocks[heading + 1]);
        Assert.Equal(3, table.Rows.Count);
        Assert.Equal(["Nov 30 – Dec 6", "20,000", "6,808", "11", "4.9", "1,818"], table.Rows[0]);
        Assert.Equal("In 3 reported weeks: spent 60,000, 33 new customers, CAC 1,818.", Assert.IsType<DocumentParagraph>(blocks[heading + 2]).Text);
        Assert.IsType<PlanActualChart>(Assert.IsType<DocumentChart>(blocks[heading + 3]).Chart);
    }

    [Fact]
    public void Without_a_week_answered_the_document_has_no_results_section()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero));
        var chat = CheckInDialogueTests.CheckInsOn(clock);

        var document = Coach.Core.Flows.Export.StrategyDocument.Build(chat.Session, Coach.Core.Texts.TextCatalog.Default.For("en"), clock.Now.UtcDateTime);
        Assert.DoesNotContain(document.Blocks, b => b is DocumentHeading { Text: "Results so far" });
    }
}
