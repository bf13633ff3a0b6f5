namespace Coach.Core.Domain.Kpi;

/// <summary>
/// The funnel impressions → clicks → leads → sales [003]: each step's conversion and the
/// narrowest step (the lowest conversion), where work pays off first.
/// </summary>
public static class Funnel
{
    public static readonly IReadOnlyList<string> Stages = ["impressions", "clicks", "leads", "sales"];

    /// <summary>The step names, "impressions_clicks" and so on, in order.</summary>
    public static IEnumerable<string> Steps => Stages.Zip(Stages.Skip(1), (from, to) => $"{from}_{to}");

    public static KpiComputation Compute(KpiArguments a)
    {
        var extras = new Dictionary<string, decimal>();
        string? narrowest = null;
        var lowest = decimal.MaxValue;
        foreach (var (from, to) in Stages.Zip(Stages.Skip(1)))
        {
            // A stage of zero makes the next step's rate undefined; it counts as 0 %.
            var rate = a[from] == 0 ? 0m : KpiCatalog.Percent(a[to], a[from]);
            extras[$"{from}_{to}"] = rate;
            if (rate < lowest)
            {
                lowest = rate;
                narrowest = $"{from}_{to}";
            }
        }

        return new KpiComputation(KpiCatalog.Percent(a["sales"], a["impressions"]), "bottleneck_" + narrowest) { Extras = extras };
    }
}
