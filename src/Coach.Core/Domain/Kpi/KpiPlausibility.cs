namespace Coach.Core.Domain.Kpi;

/// <summary>
/// Whether a metric's inputs make a plausible business figure. "375 500 250 000" can be cut as
/// 375 and 500 250 000 or as 375 500 and 250 000: only the second gives a ROMI a business has, so
/// only it is taken. Ranges are wide on purpose: they reject misreadings, not bad campaigns.
/// </summary>
public static class KpiPlausibility
{
    /// <summary>The range a metric's result stays within, by metric id.</summary>
    private static readonly Dictionary<string, (decimal Min, decimal Max)> Results = new()
    {
        ["roi"] = (-95m, 1000m),
        ["romi"] = (-95m, 1000m),
        ["roas"] = (10m, 3000m),
        ["payback"] = (0.25m, 120m),
        ["ltv_cac"] = (0.1m, 50m),
        ["traffic_growth"] = (-95m, 1000m),
        ["conversion"] = (0.01m, 100m),
        ["ctr"] = (0.01m, 100m),
        ["mql_sql"] = (0.1m, 100m),
        ["repeat_rate"] = (0.1m, 100m),
        ["traffic_share"] = (0.1m, 100m),
    };

    /// <summary>A money result below this (a cost of a hundredth of a rouble) comes from a misread split.</summary>
    private const decimal MinMoneyResult = 0.01m;

    /// <summary>More than once a day is a misread frequency ("3 500 раз в квартал" is a 3 500 check once a quarter).</summary>
    private const decimal MaxPerYear = 366m;

    public static bool IsPlausible(KpiMetric metric, IReadOnlyDictionary<string, KpiValue> values)
    {
        var outcome = KpiCalculator.Compute(metric, values);
        if (outcome.Result is not { } result)
        {
            return false;
        }

        var rates = metric.Inputs.Where(i => i.Kind == KpiInputKind.Rate && values.ContainsKey(i.Key));
        if (rates.Any(i => values[i.Key].AsPeriod.Amount * Parsing.PeriodAmount.PerYear(values[i.Key].AsPeriod.Period) > MaxPerYear))
        {
            return false;
        }

        if (Results.TryGetValue(metric.Id, out var range))
        {
            return result.Value >= range.Min && result.Value <= range.Max;
        }

        return metric.Unit != KpiUnit.Money || result.Value >= MinMoneyResult;
    }
}
