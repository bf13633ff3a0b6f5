using System.Globalization;
using Coach.Core.Dialogue;
using Coach.Core.Domain.Channels;
using Coach.Core.Flows.Kpi;
using Coach.Core.Flows.Smart;

namespace Coach.Core.Flows.Channels;

/// <summary>The goal/gap block: its lines (HTML, one sentence each), the buttons that fetch a missing number, and the computed gap.</summary>
public sealed record GoalPlanSummary(IReadOnlyList<string> Lines, IReadOnlyList<Button> Buttons, GoalPlanGap? Gap)
{
    /// <summary>The lines joined, one a line.</summary>
    public string Text => string.Join("\n", Lines);
}

/// <summary>
/// Where the SMART goal meets the channel plan: the channel plan card, the programme card, /status and the export read
/// the same lines from <see cref="ForSession"/>. Every figure is the formula with the user's numbers.
/// </summary>
public static class GoalPlanLines
{
    /// <summary>
    /// The goal/gap lines for a session at the input's time: the goal a month, what the budget buys at the last CAC,
    /// the spend the goal needs and the three levers; a button into the calculator for a missing number, into SMART when
    /// there is no goal, into the channel plan when there is no budget.
    /// </summary>
    public static GoalPlanSummary ForSession(Session session, Texts.Texts t, DateTime utc)
    {
        var title = t["channels.goal.title"];
        var budget = NumberAnswer.Read(session.Answer(ChannelPlanFlow.Key("budget")));
        if (session.Goals.LastOrDefault() is not { } goal)
        {
            return new GoalPlanSummary([title, t["channels.goal.none"]], [new Button(t["channels.goal.button.smart"], ButtonData.Open(SmartFlow.Id))], null);
        }

        var costMetric = GoalPlanGap.CostMetricOf(goal.Metric);
        var plan = ChannelPlanFlow.Plan(session, utc);
        var gap = GapFor(session, utc, plan)!;
        var byChannels = costMetric == "cac" && plan?.Yield is { UsesChannelCacs: true } ? plan.Yield : null;
        var inputs = gap.Inputs;
        var lines = new List<string> { title };
        var buttons = new List<Button>();
        var due = Date(t, inputs.Due);
        if (gap.Status == GoalGapStatus.NotCountable)
        {
            lines.Add(t.Format("channels.goal.not_countable", ("metric", t[$"smart.metric.{goal.Metric}"])));
            return new GoalPlanSummary(lines, buttons, gap);
        }

        lines.Add(gap.Total is { } total
            ? t.Format("channels.goal.cumulative", ("count", Count(t, goal.Metric, total)), ("due", due), ("total", Number(t, total)), ("months", gap.HorizonMonths), ("per_month", Count(t, goal.Metric, gap.MetricPerMonth)))
            : t.Format("channels.goal.monthly", ("count", Count(t, goal.Metric, gap.MetricPerMonth)), ("due", due), ("baseline", Number(t, goal.Baseline))));
        var perMonth = Amount(t, goal.Metric, gap.MetricPerMonth);
        switch (gap.Status)
        {
            case GoalGapStatus.NeedsAverageCheck or GoalGapStatus.NeedsConversion:
                var missing = gap.Status == GoalGapStatus.NeedsAverageCheck ? "average_check" : "conversion";
                lines.Add(t[$"channels.goal.needs.{missing}"]);
                buttons.Add(new Button(t[$"channels.goal.button.{missing}"], ButtonData.Open($"kpi_{missing}")));
                return new GoalPlanSummary(lines, buttons, gap);
            case GoalGapStatus.NeedsCost:
                Route(t, gap, perMonth, lines);
                lines.Add(t[$"channels.goal.needs.{costMetric}"]);
                buttons.Add(new Button(t[$"channels.goal.button.{costMetric}"], ButtonData.Open($"kpi_{costMetric}")));
                return new GoalPlanSummary(lines, buttons, gap);
        }

        Route(t, gap, perMonth, lines);
        var cost = Money(t, inputs.UnitCost!.Value);
        var customers = Number(t, Shown(gap.CustomersPerMonth));
        var needed = Money(t, gap.NeededBudget!.Value);
        if (budget is not { } monthly)
        {
            lines.Add(t.Format("channels.goal.needed", ("customers", customers), ("cac", cost), ("needed", needed)));
            lines.Add(t["channels.goal.no_budget"]);
            buttons.Add(new Button(t["channels.goal.button.channels"], ButtonData.Open(ChannelPlanFlow.Id)));
            return new GoalPlanSummary(lines, buttons, gap);
        }

        var bought = Count(t, costMetric == "cpa" ? goal.Metric : "customers", gap.BoughtPerMonth!.Value);
        if (byChannels is not null)
        {
            lines.Add(Bought(t, byChannels, Count(t, "customers", byChannels.PerMonth), cost));
            lines.Add(t.Format("channels.goal.needed_average", ("customers", customers), ("cac", cost), ("needed", needed)));
        }
        else
        {
            lines.Add(t.Format($"channels.goal.bought.{costMetric}", ("budget", Money(t, monthly)), ("cac", cost), ("bought", bought)));
            lines.Add(t.Format("channels.goal.needed", ("customers", customers), ("cac", cost), ("needed", needed)));
        }
        if (!gap.FallsShort)
        {
            lines.Add(t.Format("channels.goal.covered", ("spare", Money(t, -gap.Shortfall!.Value))));
            return new GoalPlanSummary(lines, buttons, gap);
        }

        lines.Add(t.Format("channels.goal.short", ("short", Money(t, gap.Shortfall!.Value))));
        lines.Add(t.Format("channels.goal.lever.budget", ("needed", needed)));
        lines.Add(t.Format(
            "channels.goal.lever.cost",
            ("cost_name", byChannels is null ? t[$"kpi.metric.opt.{costMetric}"] : t["channels.goal.average_cac"]),
            ("budget", Money(t, monthly)),
            ("customers", customers),
            ("cac", Money(t, gap.CostToHit!.Value))));
        lines.Add(gap.DeadlineToHit is { } later
            ? t.Format("channels.goal.lever.deadline", ("date", Date(t, later)), ("bought", bought), ("total", Count(t, "customers", gap.CustomersPerMonth * gap.HorizonMonths)), ("months", gap.MonthsToHit))
            : t.Format("channels.goal.lever.level", ("budget", Money(t, monthly)), ("bought", bought), ("due", due)));
        return new GoalPlanSummary(lines, buttons, gap);
    }

    /// <summary>The latest goal against the plan's budget and the last KPIs, or null without a goal.</summary>
    public static GoalPlanGap? GapFor(Session session, DateTime utc) => GapFor(session, utc, ChannelPlanFlow.Plan(session, utc));

    /// <summary>
    /// The gap against <paramref name="plan"/>: with a plan whose rows buy customers (<see cref="CustomerYield"/>), the
    /// unit cost is the plan's average CAC (budget / what the rows buy, each at its channel's CAC or the blended one),
    /// so the gap, the budget the goal needs and the levers agree with the rows; else the last CAC.
    /// </summary>
    public static GoalPlanGap? GapFor(Session session, DateTime utc, ChannelPlan? plan)
    {
        if (session.Goals.LastOrDefault() is not { } goal)
        {
            return null;
        }

        // A cumulative goal ("500 new customers by June") is read by SMART as today's count plus the new ones;
        // the plan needs the new ones alone.
        var pace = GoalPlanGap.PaceOf(goal.Text);
        var target = pace == GoalPace.Cumulative && goal.Target > goal.Baseline ? goal.Target - goal.Baseline : goal.Target;
        var inputs = new GoalPlanInputs(
            goal.Metric,
            goal.Baseline,
            target,
            pace,
            DateOnly.FromDateTime(utc),
            DateOnly.FromDateTime(goal.Due),
            NumberAnswer.Read(session.Answer(ChannelPlanFlow.Key("budget"))))
        {
            // Whole, as it is shown, so that "90 × 1,861 = 167,490" multiplies out.
            UnitCost = GoalPlanGap.CostMetricOf(goal.Metric) == "cac" && plan?.Yield?.AverageCac is { } average
                ? Math.Round(average, 0, MidpointRounding.AwayFromZero)
                : ChannelPlanFlow.LastCost(session, GoalPlanGap.CostMetricOf(goal.Metric)),
            AverageCheck = Last(session, "average_check"),
            ConversionPercent = Last(session, "conversion"),
        };
        return GoalPlanGap.Compute(inputs);
    }

    /// <summary>The /status section: the goal/gap lines when there is a goal.</summary>
    public static StatusPart? Status(FeatureContext context)
    {
        if (context.Session.Goals.Count == 0)
        {
            return null;
        }

        var t = context.Texts;
        var summary = ForSession(context.Session, t, context.Utc);
        // The key result: the spend the goal needs against the budget, or else the line that says what is missing.
        var result = summary.Gap is { NeededBudget: { } needed, Inputs.MonthlyBudget: { } budget }
            ? t.Format("status.goal.gap", ("needed", Money(t, needed)), ("budget", Money(t, budget)))
            : summary.Lines[^1];
        return new StatusPart("goal", t.Format("status.line", ("title", t.Html("channels.goal.title")), ("result", new Texts.Markup(result))), summary.Lines.Skip(1).ToList());
    }

    // What the plan buys at each channel's own CAC and the blended one for the rest, and the average that makes.
    private static string Bought(Texts.Texts t, CustomerYield yield, string bought, string average)
    {
        var own = yield.Rows.Where(r => r.Source == CacSource.Channel)
            .Select(r => t.Format("channels.goal.channel_cac", ("channel", t[$"persona.channels.opt.{r.Channel}"]), ("cac", Money(t, r.Cac))));
        var blended = yield.Rows.FirstOrDefault(r => r.Source == CacSource.Blended);
        return blended is null
            ? t.Format("channels.goal.bought.channels_all", ("channels", string.Join(", ", own)), ("bought", bought), ("average", average))
            : t.Format("channels.goal.bought.channels", ("channels", string.Join(", ", own)), ("cac", Money(t, blended.Cac)), ("bought", bought), ("average", average));
    }

    // How a goal in orders, revenue or leads becomes customers, said with its numbers.
    private static void Route(Texts.Texts t, GoalPlanGap gap, string perMonth, List<string> lines)
    {
        var customers = Count(t, "customers", gap.CustomersPerMonth);
        switch (gap.Route)
        {
            case CustomerRoute.OneOrderEach:
                lines.Add(t.Format("channels.goal.one_order", ("customers", customers)));
                break;
            case CustomerRoute.ByAverageCheck:
                lines.Add(t.Format("channels.goal.through_check", ("revenue", perMonth), ("check", Money(t, gap.Inputs.AverageCheck!.Value)), ("customers", customers)));
                break;
            case CustomerRoute.ByConversion:
                lines.Add(t.Format("channels.goal.through_conversion", ("leads", perMonth), ("conversion", KpiText.Percent(t, gap.Inputs.ConversionPercent!.Value)), ("customers", customers)));
                break;
        }
    }

    private static decimal? Last(Session session, string metric) =>
        session.KpiHistory.LastOrDefault(r => r.Metric == metric)?.Value;

    // Counts of ten and more are whole ("≈ 44"), smaller ones keep a decimal ("≈ 4.4"): the plan's rows round the same way.
    private static decimal Shown(decimal value) => CustomerYield.Round(value);

    private static string Number(Texts.Texts t, decimal value) => KpiText.Number(t, Shown(value), CustomerYield.DecimalsFor(value));

    private static string Money(Texts.Texts t, decimal value) => ChannelPlanCards.Money(t, Math.Round(value, 0, MidpointRounding.AwayFromZero));

    // The goal's own metric a month: money for revenue, a count with its noun otherwise.
    private static string Amount(Texts.Texts t, string metric, decimal value) =>
        metric == "revenue" ? Money(t, value) : Number(t, value);

    /// <summary>"90 customers", "≈ 44 клиента", "2 000 000 ₽" (revenue): the number and the noun that agrees with it.</summary>
    public static string Count(Texts.Texts t, string metric, decimal value)
    {
        if (metric == "revenue")
        {
            return Money(t, value);
        }

        var shown = Shown(value);
        var noun = metric is "orders" or "sales" or "leads" or "subscribers" ? metric : "customers";
        return t.Format($"channels.goal.count.{noun}.{KpiText.PluralForm(shown, t.Language)}", ("n", KpiText.Number(t, shown, CustomerYield.DecimalsFor(value))));
    }

    private static string Date(Texts.Texts t, DateOnly date) =>
        t.Date(date);
}
