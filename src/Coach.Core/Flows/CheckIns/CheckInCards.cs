using Coach.Core.Dialogue;
using Coach.Core.Domain.CheckIns;
using Coach.Core.Domain.Channels;
using Coach.Core.Flows.Channels;
using Coach.Core.Flows.Kpi;

namespace Coach.Core.Flows.CheckIns;

/// <summary>What the check-ins say: the week's review (plan against actual), a skipped week, the /status lines and the document's results.</summary>
public static class CheckInCards
{
    public static string ChannelName(Texts.Texts t, string channel) => t[$"persona.channels.opt.{channel}"];

    public static string Money(Texts.Texts t, decimal value) => ChannelPlanCards.Money(t, Math.Round(value, 0, MidpointRounding.AwayFromZero));

    public static string Count(Texts.Texts t, decimal value) => KpiText.Number(t, CustomerYield.Round(value), CustomerYield.DecimalsFor(value));

    /// <summary>A line to type for the plan's channels, with the plan's own weekly figures: "VK 2 800 3; Search 4 000 1".</summary>
    public static string ExampleLine(Texts.Texts t, IReadOnlyList<PlannedChannel> plan) =>
        plan.Count == 0
            ? t["checkin.report.example"]
            : string.Join("; ", plan.Take(3).Select(p => $"{ChannelName(t, p.Channel)} {KpiText.Number(t, ChannelPlanner.RoundTo(p.Spend, 100), 0)} {Math.Max(Math.Round(p.Customers ?? 1, 0, MidpointRounding.AwayFromZero), 1)}"));

    public static Reply Skipped(Texts.Texts t, CheckInSettings settings, string week) =>
        new(t.Format("checkin.skipped", ("week", CheckInFlow.WeekName(t, week))) + Next(t, settings))
        {
            Buttons = [[new Button(t["button.menu"], ButtonData.Command("menu"))]],
        };

    /// <summary>The week's review: each channel, the totals, the goal's pace, what to feed and cut, and what stalled.</summary>
    public static Reply Review(Texts.Texts t, CheckInSettings settings, string week, WeekReview review, GoalPlanGap? gap)
    {
        var lines = new List<string> { t.Format("checkin.review.title", ("week", CheckInFlow.WeekName(t, week))) };
        foreach (var channel in review.Channels)
        {
            lines.Add(ChannelLine(t, channel));
        }

        lines.Add(review.PlannedCustomers is { } plannedCustomers
            ? t.Format("checkin.review.total", ("spend", Money(t, review.Spend)), ("plan_spend", Money(t, review.PlannedSpend)), ("customers", KpiText.Number(t, review.Customers, 0)), ("plan_customers", Count(t, plannedCustomers)), ("cac", Cac(t, review.Cac)))
            : t.Format("checkin.review.total.spend", ("spend", Money(t, review.Spend)), ("plan_spend", Money(t, review.PlannedSpend)), ("customers", KpiText.Number(t, review.Customers, 0)), ("cac", Cac(t, review.Cac))));
        if (review.GoalCustomers is { } goal && gap is not null)
        {
            // The gap is taken from the goal as shown, so "≈ 21 … brought 12, 9 short" adds up.
            var shown = CustomerYield.Round(goal);
            var key = review.Customers >= shown ? "checkin.review.pace.ahead" : "checkin.review.pace.behind";
            lines.Add(t.Format(key, ("goal", Count(t, goal)), ("month", Count(t, gap.CustomersPerMonth)), ("customers", KpiText.Number(t, review.Customers, 0)), ("gap", Count(t, Math.Abs(shown - review.Customers)))));
        }

        if (review.Feed is { } feed)
        {
            lines.Add(t.Format("checkin.review.feed", ("channel", ChannelName(t, feed.Channel)), ("cac", Cac(t, feed.Cac))));
        }

        if (review.Cut is { } cut)
        {
            lines.Add(cut.Customers == 0
                ? t.Format("checkin.review.cut.none", ("channel", ChannelName(t, cut.Channel)), ("spend", Money(t, cut.Spend)))
                : t.Format("checkin.review.cut", ("channel", ChannelName(t, cut.Channel)), ("spend", Money(t, cut.Spend)), ("customers", KpiText.Number(t, cut.Customers, 0)), ("cac", Cac(t, cut.Cac)), ("feed", ChannelName(t, review.Feed?.Channel ?? cut.Channel)), ("feed_cac", Cac(t, review.Feed?.Cac))));
        }

        foreach (var stalled in review.Stalled)
        {
            lines.Add(t.Format("checkin.review.stalled", ("channel", ChannelName(t, stalled.Channel)), ("spend", Money(t, stalled.Spend)), ("weeks", stalled.Weeks)));
        }

        return new Reply(string.Join("\n", lines) + Next(t, settings))
        {
            Buttons = [[new Button(t["button.menu"], ButtonData.Command("menu"))]],
        };
    }

    /// <summary>The /status section: when check-ins come, and behind its button the latest week against the plan.</summary>
    public static StatusPart? Status(FeatureContext context)
    {
        var t = context.Texts;
        var settings = context.Session.CheckIns;
        if (!settings.On && settings.Weeks.Count == 0)
        {
            return null;
        }

        var lines = new List<string>
        {
            settings.On
                ? t.Format("checkins.status.on", ("when", CheckInsFlow.When(t, settings)), ("next", CheckInsFlow.Moment(t, settings, settings.NextDueUtc ?? context.Utc)))
                : t["checkins.status.off"],
        };
        if (settings.Weeks.Count > 0 && ChannelPlanFlow.Plan(context.Session, context.Utc) is { } plan)
        {
            var last = settings.Weeks[^1];
            var review = WeekReview.Of(last, CheckInFlow.Weekly(plan), null, []);
            lines.Add(t.Format("checkins.status.week", ("week", CheckInFlow.WeekName(t, last.Week)), ("spend", Money(t, review.Spend)), ("plan_spend", Money(t, review.PlannedSpend)), ("customers", KpiText.Number(t, review.Customers, 0)), ("plan_customers", review.PlannedCustomers is { } c ? Count(t, c) : "—")));
        }

        return new StatusPart("checkins", lines[0], lines.Skip(1).ToList());
    }

    /// <summary>The document's "results so far": a row a week answered, the totals and the chart; nothing before any week is answered.</summary>
    public static IReadOnlyList<DocumentBlock> Results(Session session, Texts.Texts t, DateTime utc)
    {
        var settings = session.CheckIns;
        if (settings.Weeks.Count == 0 || ChannelPlanFlow.Plan(session, utc) is not { } plan)
        {
            return [];
        }

        var weekly = CheckInFlow.Weekly(plan);
        var rows = settings.Weeks.Select(w =>
        {
            var review = WeekReview.Of(w, weekly, null, []);
            return (IReadOnlyList<string>)[Plain(CheckInFlow.WeekName(t, w.Week)), Plain(Money(t, review.Spend)), Plain(Money(t, review.PlannedSpend)), KpiText.Number(t, review.Customers, 0), review.PlannedCustomers is { } c ? Plain(Count(t, c)) : "—", Plain(Cac(t, review.Cac))];
        }).ToList();
        var allSpend = settings.Weeks.Sum(w => w.Rows.Sum(r => r.Spend));
        var allCustomers = settings.Weeks.Sum(w => w.Rows.Sum(r => r.Customers));
        var gap = GoalPlanLines.GapFor(session, utc, plan);
        var goal = gap is { Status: GoalGapStatus.Computed } ? gap.CustomersPerMonth / WeekReview.WeeksPerMonth : (decimal?)null;
        return
        [
            new DocumentHeading(1, Plain(t["checkins.results.title"])),
            new DocumentTable([Plain(t["checkins.results.week_col"]), Plain(t["checkins.results.spend"]), Plain(t["checkins.results.plan_spend"]), Plain(t["checkins.results.customers"]), Plain(t["checkins.results.plan_customers"]), "CAC"], rows),
            new DocumentParagraph(Plain(t.Format("checkins.results.total", ("weeks", settings.Weeks.Count), ("spend", Money(t, allSpend)), ("customers", KpiText.Number(t, allCustomers, 0)), ("cac", Cac(t, allCustomers > 0 ? allSpend / allCustomers : null))))),
            new DocumentChart(CheckInMonth.Chart(t, settings.Weeks, plan, goal, "checkins-results.png")) { MarkdownNote = Plain(t["checkins.results.chart_note"]) },
        ];
    }

    private static string Plain(string html) => Texts.TextCatalog.Plain(html);

    private static string ChannelLine(Texts.Texts t, ChannelWeek channel)
    {
        var name = ChannelName(t, channel.Channel);
        if (channel.Plan is not { } plan)
        {
            return t.Format("checkin.review.channel.unplanned", ("channel", name), ("spend", Money(t, channel.Spend)), ("customers", KpiText.Number(t, channel.Customers, 0)), ("cac", Cac(t, channel.Cac)));
        }

        var mark = channel.Spend > 0 && channel.Customers == 0 ? "❌" : plan.Cac is { } planned && channel.Cac is { } actual ? (actual <= planned ? "✅" : "⚠️") : "▫️";
        return plan.Customers is { } customers
            ? t.Format("checkin.review.channel", ("mark", mark), ("channel", name), ("spend", Money(t, channel.Spend)), ("plan_spend", Money(t, plan.Spend)), ("customers", KpiText.Number(t, channel.Customers, 0)), ("plan_customers", Count(t, customers)), ("cac", Cac(t, channel.Cac)), ("plan_cac", Cac(t, plan.Cac)))
            : t.Format("checkin.review.channel.spend", ("mark", mark), ("channel", name), ("spend", Money(t, channel.Spend)), ("plan_spend", Money(t, plan.Spend)), ("customers", KpiText.Number(t, channel.Customers, 0)), ("cac", Cac(t, channel.Cac)));
    }

    private static string Cac(Texts.Texts t, decimal? cac) => cac is { } value ? Money(t, value) : "—";

    private static string Next(Texts.Texts t, CheckInSettings settings) =>
        settings is { On: true, NextDueUtc: { } next } ? "\n\n" + t.Format("checkin.next", ("next", CheckInsFlow.Moment(t, settings, next))) : "";
}
