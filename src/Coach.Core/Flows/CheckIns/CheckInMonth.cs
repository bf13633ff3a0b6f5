using Coach.Core.Dialogue;
using Coach.Core.Domain.Channels;
using Coach.Core.Domain.CheckIns;
using Coach.Core.Flows.Channels;
using Coach.Core.Flows.Coverage;
using Coach.Core.Flows.Kpi;

namespace Coach.Core.Flows.CheckIns;

/// <summary>
/// The monthly and quarterly reviews that follow a week's review (domain §7): once the weeks answered span a month
/// (four weeks, skipped ones included), the month added up per channel with a plan-against-actual chart and the
/// proposed reallocation, accepted with one button (the channel plan then splits by it); every third month, the
/// prompt to revisit the goal and the coverage strategy.
/// </summary>
public static class CheckInMonth
{
    public const string Accept = "accept";

    /// <summary>Days from a month's first week to its last: four weeks.</summary>
    private const int MonthSpanDays = 21;

    /// <summary>The replies that follow the review of <paramref name="week"/>: none until a month is complete.</summary>
    public static IReadOnlyList<Reply> After(Texts.Texts t, CheckInSettings settings, ChannelPlan plan, string week, decimal? goalPerWeek)
    {
        settings.MonthFrom ??= week;
        var first = CheckInCalendar.Day(settings.MonthFrom);
        var last = CheckInCalendar.Day(week);
        if (last.DayNumber - first.DayNumber < MonthSpanDays)
        {
            return [];
        }

        var weeks = settings.Weeks.Where(w => CheckInCalendar.Day(w.Week) >= first && CheckInCalendar.Day(w.Week) <= last).ToList();
        var review = MonthlyReview.Of(weeks, plan.Rows, plan.Step);
        settings.MonthFrom = null;
        settings.MonthlyReviews++;
        settings.Proposal = review.Move is { } move ? new Dictionary<string, decimal>(move.Budgets) : new();
        var replies = new List<Reply> { Card(t, review, plan, first, last, goalPerWeek) };
        if (settings.MonthlyReviews % 3 == 0)
        {
            replies.Add(new Reply(t["checkins.quarter"])
            {
                Buttons =
                [
                    [new Button(t["smart.title"], ButtonData.Open(Smart.SmartFlow.Id)), new Button(t["coverage.title"], ButtonData.Open(CoverageFlow.Id))],
                    [new Button(t["button.menu"], ButtonData.Command("menu"))],
                ],
            });
        }

        return replies;
    }

    /// <summary>/checkins accept: the proposal becomes the channel plan's split.</summary>
    public static Reply Accepted(FeatureContext context)
    {
        var t = context.Texts;
        var settings = context.Session.CheckIns;
        if (settings.Proposal.Count == 0)
        {
            return new Reply(t["checkins.accept.none"]) { Buttons = [[new Button(t["button.menu"], ButtonData.Command("menu"))]] };
        }

        settings.Budgets = settings.Proposal;
        settings.Proposal = new();
        var plan = ChannelPlanFlow.Plan(context.Session, context.Utc);
        var split = plan is null ? "" : string.Join(", ", plan.Rows.Where(r => !r.Free).Select(r => $"{CheckInCards.ChannelName(t, r.Channel)} {CheckInCards.Money(t, r.MonthlyBudget)}"));
        return new Reply(t.Format("checkins.accept.done", ("split", split)))
        {
            Buttons = [[new Button(t["channels.title"], ButtonData.Open(ChannelPlanFlow.Id))], [new Button(t["button.menu"], ButtonData.Command("menu"))]],
        };
    }

    private static Reply Card(Texts.Texts t, MonthlyReview review, ChannelPlan plan, DateOnly first, DateOnly last, decimal? goalPerWeek)
    {
        var weeksSpanned = (last.DayNumber - first.DayNumber) / 7 + 1;
        var lines = new List<string>
        {
            t.Format("checkins.month.title", ("from", Date(t, first)), ("to", Date(t, last.AddDays(6)))),
            t.Format("checkins.month.total", ("reported", review.Weeks.Count), ("weeks", weeksSpanned), ("spend", CheckInCards.Money(t, review.Spend)), ("customers", KpiText.Number(t, review.Customers, 0)), ("cac", review.Cac is { } cac ? CheckInCards.Money(t, cac) : "—")),
        };
        foreach (var channel in review.Channels)
        {
            lines.Add(t.Format("checkins.month.channel", ("channel", CheckInCards.ChannelName(t, channel.Channel)), ("spend", CheckInCards.Money(t, channel.Spend)), ("customers", KpiText.Number(t, channel.Customers, 0)), ("cac", channel.Cac is { } c ? CheckInCards.Money(t, c) : "—")));
        }

        var buttons = new List<IReadOnlyList<Button>>();
        if (review.Move is { } move)
        {
            var split = string.Join(", ", move.Budgets.Select(b => $"{CheckInCards.ChannelName(t, b.Key)} {CheckInCards.Money(t, b.Value)}"));
            lines.Add(t.Format("checkins.month.move", ("amount", CheckInCards.Money(t, move.Amount)), ("from", CheckInCards.ChannelName(t, move.From)), ("to", CheckInCards.ChannelName(t, move.To)), ("split", split)));
            buttons.Add([new Button(t["checkins.button.accept"], ButtonData.Command(CheckInsFlow.Name, Accept))]);
        }
        else
        {
            lines.Add(t["checkins.month.keep"]);
        }

        buttons.Add([new Button(t["button.menu"], ButtonData.Command("menu"))]);
        return new Reply(string.Join("\n", lines)) { Buttons = buttons, Charts = [Chart(t, review.Weeks.Count > 0 ? review.Weeks : [new CheckInWeek(CheckInCalendar.Key(first), [], default)], plan, goalPerWeek)] };
    }

    /// <summary>Customers a week from the first week answered to the last (weeks skipped left as gaps), against the plan and the goal's pace.</summary>
    public static PlanActualChart Chart(Texts.Texts t, IReadOnlyList<CheckInWeek> answered, ChannelPlan plan, decimal? goalPerWeek, string fileName = "checkins-month.png")
    {
        var first = CheckInCalendar.Day(answered.Min(w => w.Week)!);
        var last = CheckInCalendar.Day(answered.Max(w => w.Week)!);
        var days = Enumerable.Range(0, (last.DayNumber - first.DayNumber) / 7 + 1).Select(i => CheckInCalendar.Key(first.AddDays(7 * i))).ToList();
        var labels = days.Select(d => Date(t, CheckInCalendar.Day(d))).ToList();
        CheckInWeek? At(string day) => answered.FirstOrDefault(w => w.Week == day);
        var channels = plan.Rows.Where(r => !r.Free).Select(r => r.Channel).Where(c => answered.Any(w => w.Rows.Any(r => r.Channel == c))).ToList();
        var series = channels.Select(c => new ChartSeriesSpec(
            CheckInCards.ChannelName(t, c),
            days.Select(d => At(d) is { } w ? w.Rows.Where(r => r.Channel == c).Sum(r => r.Customers) : (decimal?)null).ToList())).ToList();
        var total = new ChartSeriesSpec(t["checkins.chart.total"], days.Select(d => At(d) is { } w ? w.Rows.Sum(r => r.Customers) : (decimal?)null).ToList());
        var planned = CheckInFlow.Weekly(plan).Select(p => p.Customers).ToList();
        decimal? planTotal = planned.Count > 0 && planned.All(c => c is not null) ? planned.Sum(c => c!.Value) : null;
        return new PlanActualChart(
            fileName,
            Texts.TextCatalog.Plain(t.Format("checkins.chart.title", ("from", labels[0]), ("to", labels[^1]))),
            null,
            t["checkins.chart.axis"],
            labels,
            series,
            total,
            planTotal,
            t["checkins.chart.plan"],
            goalPerWeek,
            t["checkins.chart.goal"]);
    }

    private static string Date(Texts.Texts t, DateOnly day) =>
        day.ToString(t.Language == Languages.Russian ? "dd.MM" : "MMM d", System.Globalization.CultureInfo.InvariantCulture);
}
