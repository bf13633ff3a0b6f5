namespace Coach.Core.Domain.Smart;

/// <summary>The Achievable verdict with the numbers that explain it.</summary>
/// <param name="Passed">Whether the criterion passes.</param>
/// <param name="Code">The reason code (see <see cref="CriterionResult"/>).</param>
/// <param name="ImpliedPercent">The signed change in percent of the baseline, rounded to 2 decimals.</param>
/// <param name="PerMonthPercent">|change| / horizon months, rounded to 2 decimals.</param>
/// <param name="Warning">The monthly change exceeds the plausible rate.</param>
/// <param name="Baseline">The baseline used.</param>
/// <param name="Direction">The direction of the change.</param>
public sealed record GrowthVerdict(bool Passed, string Code, decimal? ImpliedPercent, decimal? PerMonthPercent, bool Warning, decimal? Baseline, GoalDirection Direction);

/// <summary>The Achievable rules of <see cref="SmartGoalChecker"/>, apart so that each step can be tested on its own.</summary>
public static class GrowthAssessment
{
    /// <summary>
    /// The signed change a target asks for, in percent of the baseline, rounded to 2 decimals: a percent change is
    /// itself (negative when going down); a level is (target − baseline) / baseline × 100; an absolute change is
    /// ±change / baseline × 100. Null when a baseline is needed and is missing or not positive.
    /// </summary>
    public static decimal? ImpliedPercent(decimal target, bool isPercent, TargetKind kind, GoalDirection direction, decimal? baseline)
    {
        decimal sign = direction == GoalDirection.Decrease ? -1m : 1m;
        decimal? change = kind == TargetKind.Change && isPercent ? sign * target
            : baseline is not > 0m ? null
            : kind == TargetKind.Change ? sign * target / baseline.Value * 100m
            : (target - baseline.Value) / baseline.Value * 100m;
        return change is { } c ? GoalText.Round2(c) : null;
    }

    /// <summary>Linear change per month: |change| / months, rounded to 2 decimals; null without a positive horizon.</summary>
    public static decimal? PerMonth(decimal? impliedPercent, int? months) =>
        impliedPercent is { } change && months is > 0 ? GoalText.Round2(Math.Abs(change) / months.Value) : null;

    /// <summary>
    /// True when growth by <paramref name="impliedPercent"/> in <paramref name="months"/> is faster than doubling every
    /// <see cref="SmartGoalChecker.FastestDoublingMonths"/> months, the monthly-equivalent (compound) ceiling: growth
    /// factor^3 against 2^months, exact in decimal. Doubling in a quarter passes; 20 times in a year or 6 times in a month do not.
    /// </summary>
    public static bool FasterThanCeiling(decimal impliedPercent, int months)
    {
        decimal factor = 1m + impliedPercent / 100m;
        if (factor <= 1m || months <= 0)
        {
            return false;
        }

        // Past these bounds the powers would overflow decimal, and the answer is plain anyway.
        if (factor > 1_000_000m)
        {
            return true;
        }

        if (months > 60)
        {
            return false;
        }

        decimal grown = 1m;
        for (int i = 0; i < SmartGoalChecker.FastestDoublingMonths; i++)
        {
            grown *= factor;
        }

        decimal allowed = 1m;
        for (int i = 0; i < months; i++)
        {
            allowed *= 2m;
        }

        return grown > allowed;
    }

    internal static GrowthVerdict Assess(GoalTarget? target, string? metric, GoalDirection direction, decimal? givenBaseline, GoalDeadline? deadline)
    {
        // The goal's own "from 300" is what the person just wrote: it wins over the baseline answered before.
        decimal? baseline = target?.TextBaseline ?? givenBaseline;
        if (baseline < 0m)
        {
            baseline = null;
        }

        if (target is null)
        {
            return new(false, "no_target", null, null, false, baseline, direction);
        }

        decimal? implied = ImpliedPercent(target.Value, target.IsPercent, target.Kind, direction, baseline);
        if (target.Kind == TargetKind.Level && implied is { } levelChange)
        {
            direction = levelChange < 0 ? GoalDirection.Decrease : GoalDirection.Increase;
        }

        bool lowerIsBetter = metric is null ? direction == GoalDirection.Decrease : GoalMetrics.LowerIsBetter(metric);
        decimal? perMonth = PerMonth(implied, deadline?.HorizonMonths);
        bool warning = perMonth > SmartGoalChecker.PlausibleMonthlyChangePercent;
        GrowthVerdict Verdict(bool passed, string code) => new(passed, code, implied, perMonth, warning && (passed || code == "no_baseline"), baseline, direction);

        if (baseline == 0m)
        {
            bool fromZero = !lowerIsBetter && !(target.Kind == TargetKind.Change && target.IsPercent) && direction == GoalDirection.Increase && target.Value > 0;
            return fromZero ? Verdict(true, "from_zero") : Verdict(false, "zero_baseline");
        }

        if (implied is { } change)
        {
            if (lowerIsBetter ? change >= 0m : change <= 0m)
            {
                return Verdict(false, lowerIsBetter ? "no_reduction" : "no_growth");
            }

            // With a horizon the pace decides, so that "6 times in a month" and "20 times in a year" are judged alike;
            // without one only the total can be judged.
            if (deadline is { HorizonMonths: > 0 } due ? FasterThanCeiling(change, due.HorizonMonths) : change > SmartGoalChecker.AbsurdGrowthPercent)
            {
                return Verdict(false, deadline is { HorizonMonths: > 0 } ? "growth_too_fast" : "growth_too_high");
            }

            if (change <= -100m)
            {
                return Verdict(false, "reduction_too_high");
            }
        }

        if (baseline is null)
        {
            return Verdict(false, "no_baseline");
        }

        return Verdict(true, warning ? "ambitious" : "ok");
    }
}
