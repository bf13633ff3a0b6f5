namespace Coach.Core.Domain.Smart;

/// <summary>One SMART criterion's verdict.</summary>
/// <param name="Criterion">Which criterion.</param>
/// <param name="Passed">Whether the goal meets it.</param>
/// <param name="Code">
/// The reason, a key for the UI texts. Specific: "ok", "countable" (passed: a counted metric with a number and a deadline, no qualifier), "vague_object". Measurable: "ok", "no_number", "no_metric".
/// Achievable: "ok", "ambitious" (passed with <see cref="SmartCheck.GrowthWarning"/>), "from_zero", "no_target",
/// "no_baseline", "zero_baseline", "no_growth", "no_reduction", "growth_too_high", "growth_too_fast", "reduction_too_high".
/// Relevant: "ok", "no_metric", "metric_not_of_type" (a counted thing outside the vocabulary serves the chosen type). Time-bound: "ok", "no_deadline", "deadline_passed".
/// </param>
public sealed record CriterionResult(SmartCriterion Criterion, bool Passed, string Code);

/// <summary>
/// The goal's deadline: an absolute <paramref name="Date"/> ("до 1 марта", "by Q2", "в этом году") or a duration
/// of <paramref name="Months"/> ("за 3 месяца", "in 6 weeks"); exactly one of the two is set.
/// </summary>
/// <param name="Date">The calendar day named or implied by the goal; null for a duration.</param>
/// <param name="Months">
/// A duration in whole months, rounded up: days and weeks count 30 days a month ("in 6 weeks" = 42 days → 2),
/// "полтора месяца" → 2, a quarter is 3, a year 12; null for an absolute date.
/// </param>
/// <param name="Matched">The words of the goal that said it, as typed.</param>
public sealed record GoalDeadline(DateOnly? Date, int? Months, string Matched)
{
    /// <summary>The day the goal falls due: <see cref="Date"/>, or today plus the duration (exact for days and weeks).</summary>
    public DateOnly Due { get; init; }

    /// <summary>
    /// Whole calendar months from today to <see cref="Due"/>, rounded up and at least 1; 0 when the day has passed.
    /// The growth-per-month check divides by it.
    /// </summary>
    public int HorizonMonths { get; init; }

    /// <summary>True when the due day is already behind today ("за 2025 год" said in 2026).</summary>
    public bool HasPassed => HorizonMonths == 0;
}

/// <summary>A goal checked against SMART, with what was read from it to explain each verdict.</summary>
/// <param name="Goal">The goal as typed.</param>
/// <param name="Type">The goal type the user chose.</param>
/// <param name="Criteria">Always five verdicts, in S-M-A-R-T order.</param>
/// <param name="Metric">The recognised metric key ("orders", "revenue", "cac"…), or null.</param>
/// <param name="TargetValue">
/// The goal's number as written, without sign: "на 20%" → 20; "до 300 заказов" → 300; a multiplier becomes a percent
/// change ("в 2 раза" → 100, "снизить в 2 раза" → 50).
/// </param>
/// <param name="TargetIsPercent">True when <paramref name="TargetValue"/> is in percent.</param>
/// <param name="Deadline">The first deadline in the goal, or null.</param>
/// <param name="ImpliedGrowthPercent">
/// The signed change the goal asks for, in percent of the baseline (negative for a decrease): a percent change is
/// itself; a level is (target − baseline) / baseline × 100; an absolute change is change / baseline × 100. Rounded to
/// 2 decimals. Null when it needs a baseline that is missing or zero.
/// </param>
/// <param name="GrowthWarning">
/// The change per month exceeds <see cref="SmartGoalChecker.PlausibleMonthlyChangePercent"/> on a goal that is otherwise
/// achievable (or only lacks its baseline); never set together with "no_growth", "growth_too_high" or "growth_too_fast".
/// </param>
public sealed record SmartCheck(
    string Goal,
    GoalType Type,
    IReadOnlyList<CriterionResult> Criteria,
    string? Metric,
    decimal? TargetValue,
    bool TargetIsPercent,
    GoalDeadline? Deadline,
    decimal? ImpliedGrowthPercent,
    bool GrowthWarning)
{
    /// <summary>True when every criterion passed; a growth warning does not fail the goal.</summary>
    public bool AllPassed => Criteria.All(c => c.Passed);

    /// <summary>Whether the number is a value to reach or a change; null without a number.</summary>
    public TargetKind? TargetKind { get; init; }

    /// <summary>Up or down, from the goal's verb (or its numbers when a level is compared with the baseline).</summary>
    public GoalDirection Direction { get; init; }

    /// <summary>The baseline the growth was computed from: the one given, else the goal's own "с 200 до 300" / "from 200 to 300".</summary>
    public decimal? Baseline { get; init; }

    /// <summary>The baseline answered before the goal, when the goal's own starting point replaced it ("from $300" after 250).</summary>
    public decimal? ReplacedBaseline { get; init; }

    /// <summary>|implied change| / horizon months, rounded to 2 decimals; null without a deadline or a computed change.</summary>
    public decimal? ChangePerMonthPercent { get; init; }

    /// <summary>The word that names a counted thing outside the vocabulary ("пицц" in "продать 200 пицц"), or null.</summary>
    public string? MetricName { get; init; }

    /// <summary>The words that made the goal specific ("с сайта", "premium", "из instagram"), or null.</summary>
    public string? Qualifier { get; init; }

    /// <summary>What a restatement puts after the metric's name ("с сайта компании", "from the website", "кофейни"), or null.</summary>
    public string? QualifierTail { get; init; }

    /// <summary>One criterion's verdict.</summary>
    public CriterionResult this[SmartCriterion criterion] => Criteria[(int)criterion];

    /// <summary>The verdicts as a compact string, "+" passed and "-" failed, in S-M-A-R-T order: "++-++".</summary>
    public string Summary => string.Concat(Criteria.Select(c => c.Passed ? '+' : '-'));
}
