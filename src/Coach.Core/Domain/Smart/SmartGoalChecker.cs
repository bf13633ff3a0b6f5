namespace Coach.Core.Domain.Smart;

/// <summary>
/// Checks a goal against SMART (domain §5), deterministically and in Russian or English, and returns each verdict with
/// its reason code and the numbers behind it.
/// </summary>
/// <remarks>
/// <para>Specific: the goal names a metric and a qualifier of it (see <see cref="GoalQualifier"/>): "заказов с сайта",
/// "orders from the website", "premium sales"; or a counted metric (<see cref="GoalMetrics.IsSpecific"/>) with a number and a
/// deadline, code "countable": "get 90 new customers a month by June 1" (where from is then a tip that sharpens it);
/// "увеличить продажи" / "increase sales" / "more customers" are not specific.</para>
/// <para>Measurable: a number outside the deadline (or a multiplier such as "в 2 раза") and a recognised metric.</para>
/// <para>Achievable: judged on the implied change from the baseline (the one given, else the goal's own "с 200 до
/// 300"). The change must be an improvement (up, or down for costs and churn) and above −100%. Growth with a horizon
/// must be no faster than doubling every <see cref="FastestDoublingMonths"/> months, compared by the compound
/// monthly-equivalent pace ("growth_too_fast"), so a month and a year are judged alike; without a horizon at most +1000%.
/// Per month it is the linear share, |change| / horizon months: decimal-only, easy to explain ("60% in 2 months is 30%
/// a month") and, for horizons beyond a few months, stricter than compounding, which errs towards warning. Above
/// <see cref="PlausibleMonthlyChangePercent"/> a month sets <see cref="SmartCheck.GrowthWarning"/> and the criterion
/// still passes with code "ambitious". Without a deadline there is no monthly rate and so no warning: the failed T
/// makes the bot ask for one. Without a baseline the criterion fails with "no_baseline" so the bot asks for it, unless
/// the change is already known to be wrong ("no_growth") or too much ("growth_too_fast", "growth_too_high").</para>
/// <para>Relevant: the metric belongs to the chosen goal type (<see cref="GoalMetrics.TypeOf"/>); a counted thing outside
/// the vocabulary ("продать 200 пицц") is taken to serve the type the user chose.</para>
/// <para>Time-bound: a deadline or duration (see <see cref="DeadlineParser"/>) not already past.</para>
/// </remarks>
public static class SmartGoalChecker
{
    /// <summary>Growth (or cut) per month above which a goal is flagged as ambitious.</summary>
    public const decimal PlausibleMonthlyChangePercent = 30m;

    /// <summary>Total growth above which a goal without a horizon is not achievable: more than eleven times the baseline.</summary>
    public const decimal AbsurdGrowthPercent = 1000m;

    /// <summary>
    /// The fastest achievable growth is doubling every this many months (≈26% a month compounded, ≈16 times a year):
    /// a goal with a horizon is judged by this monthly-equivalent pace, not by its total.
    /// </summary>
    public const int FastestDoublingMonths = 3;

    public static SmartCheck Check(string goal, GoalType type, decimal? baseline, DateOnly today)
    {
        goal ??= "";
        string text = GoalText.Normalize(goal);
        var times = DeadlineParser.FindAll(goal, today);
        var timeSpans = times.Select(t => t.Span).ToList();
        var deadline = times.Select(t => t.Deadline).FirstOrDefault(d => d is not null);
        var metric = GoalMetrics.Find(text);
        var reading = GoalTargetReader.Read(text, timeSpans, metric?.Key);
        if (metric is null && reading.Target?.Span is { } number && GoalMetrics.Counted(text, number, timeSpans) is { } counted)
        {
            metric = counted;
        }

        var target = reading.Target;
        string? qualifierTail = null;
        string? qualifier = metric is null ? null : GoalQualifier.Find(goal, text, metric, [.. timeSpans, .. reading.NumberSpans], reading.NumberSpans, out qualifierTail);

        var growth = GrowthAssessment.Assess(target, metric?.Key, reading.Direction, baseline, deadline);
        var criteria = new List<CriterionResult>
        {
            Result(SmartCriterion.Specific, qualifier is not null ? "ok" : IsCountedGoal(metric, target, deadline) ? "countable" : "vague_object"),
            Result(SmartCriterion.Measurable, target is null ? "no_number" : metric is null ? "no_metric" : "ok"),
            new(SmartCriterion.Achievable, growth.Passed, growth.Code),
            Result(SmartCriterion.Relevant, metric is null ? "no_metric" : (GoalMetrics.TypeOf(metric.Key) ?? type) == type ? "ok" : "metric_not_of_type"),
            Result(SmartCriterion.TimeBound, deadline is null ? "no_deadline" : deadline.HasPassed ? "deadline_passed" : "ok"),
        };

        return new SmartCheck(goal, type, criteria, metric?.Key, target?.Value, target?.IsPercent ?? false, deadline, growth.ImpliedPercent, growth.Warning)
        {
            TargetKind = target?.Kind,
            Direction = growth.Direction,
            Baseline = growth.Baseline,
            ReplacedBaseline = baseline is { } given && growth.Baseline is { } used && given != used ? given : null,
            ChangePerMonthPercent = growth.PerMonthPercent,
            Qualifier = qualifier,
            QualifierTail = qualifierTail,
            MetricName = metric?.Key == GoalMetrics.Count ? GoalText.Quote(goal, new TextSpan(metric.Start, metric.End)) : null,
        };
    }

    /// <summary>The KPIs to offer for a goal type (domain §5), as <c>KpiCatalog</c> ids where they exist.</summary>
    public static IReadOnlyList<string> KpisFor(GoalType type) => GoalMetrics.KpisFor(type);

    private static CriterionResult Result(SmartCriterion criterion, string code) =>
        new(criterion, code is "ok" or "countable", code);

    // A metric that says what it measures, a number of it and a deadline: specific without saying where from (that is
    // a tip, not a failure).
    private static bool IsCountedGoal(MetricMatch? metric, GoalTarget? target, GoalDeadline? deadline) =>
        metric is not null && GoalMetrics.IsSpecific(metric.Key) && target is not null && deadline is not null;
}
