namespace Coach.Core.Domain.Kpi;

/// <summary>
/// The funnel impressions → clicks → leads → sales [003]: each step's conversion judged against
/// that step's typical range (<see cref="FunnelRanges"/>). The bottleneck is the step furthest
/// below its own range, relative to the range's lower bound, not the lowest rate: a 1.4 % CTR is
/// normal while a 1.4 % click-to-lead is weak. When no step is below its range, the verdict says so.
/// </summary>
public static class Funnel
{
    public static readonly IReadOnlyList<string> Stages = ["impressions", "clicks", "leads", "sales"];

    public const string WithinRanges = "within_ranges";

    /// <summary>The step names, "impressions_clicks" and so on, in order.</summary>
    public static IEnumerable<string> Steps => Stages.Zip(Stages.Skip(1), (from, to) => $"{from}_{to}");

    public static KpiComputation Compute(KpiArguments a)
    {
        var extras = new Dictionary<string, decimal>();
        string? bottleneck = null;
        var worst = 0m;
        foreach (var (from, to) in Stages.Zip(Stages.Skip(1)))
        {
            var step = $"{from}_{to}";
            var range = FunnelRanges.For(step);
            // A stage of zero makes the next step's rate undefined; it counts as 0 %.
            var rate = a[from] == 0 ? 0m : KpiCatalog.Percent(a[to], a[from]);
            extras[step] = rate;
            extras[$"{step}_low"] = range.Low;
            extras[$"{step}_high"] = range.High;
            if (range.Shortfall(rate) > worst)
            {
                worst = range.Shortfall(rate);
                bottleneck = step;
            }
        }

        return new KpiComputation(KpiCatalog.Percent(a["sales"], a["impressions"]), bottleneck is null ? WithinRanges : "bottleneck_" + bottleneck) { Extras = extras };
    }

    /// <summary>The bottleneck step of a funnel verdict, or null when every step is within its range.</summary>
    public static string? Bottleneck(string verdict) =>
        verdict.StartsWith("bottleneck_", StringComparison.Ordinal) ? verdict["bottleneck_".Length..] : null;
}
