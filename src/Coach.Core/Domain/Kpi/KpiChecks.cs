namespace Coach.Core.Domain.Kpi;

/// <summary>A problem with one input: the input's key and a code ("negative", "zero", "part_above_whole"…).</summary>
public sealed record KpiProblem(string InputKey, string Code, string? OtherKey = null);

/// <summary>Checks across inputs: a part cannot exceed its whole (more buyers than visitors).</summary>
public static class KpiChecks
{
    private static readonly Dictionary<string, (string Part, string Whole)[]> PartsOfWholes = new()
    {
        ["conversion"] = [("purchases", "visitors")],
        ["ctr"] = [("clicks", "impressions")],
        ["traffic_share"] = [("source", "total")],
        ["repeat_rate"] = [("returning", "all_customers")],
        ["mql_sql"] = [("sql", "mql")],
        ["funnel"] = [("clicks", "impressions"), ("leads", "clicks"), ("sales", "leads")],
    };

    public static KpiProblem? Check(KpiMetric metric, KpiArguments arguments)
    {
        foreach (var (part, whole) in PartsOfWholes.GetValueOrDefault(metric.Id, []))
        {
            if (arguments[part] > arguments[whole])
            {
                return new KpiProblem(part, "part_above_whole", whole);
            }
        }

        if (metric.Id == "nps" && arguments["promoters"] + arguments["passives"] + arguments["detractors"] == 0)
        {
            return new KpiProblem("promoters", "no_answers");
        }

        return null;
    }
}
