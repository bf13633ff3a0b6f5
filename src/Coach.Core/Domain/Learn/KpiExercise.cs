using Coach.Core.Domain.Kpi;
using Coach.Core.Parsing;

namespace Coach.Core.Domain.Learn;

/// <summary>
/// A KPI problem with fresh numbers: the metric, the inputs the student is given, the exact
/// answer (computed by <see cref="KpiCalculator"/>, never typed) and how far off an answer may be.
/// </summary>
public sealed record KpiExercise(KpiMetric Metric, IReadOnlyDictionary<string, KpiValue> Values, KpiResult Result, decimal Tolerance)
{
    public decimal Answer => Result.Value;

    /// <summary>True when the typed value is within the tolerance of the exact answer.</summary>
    public bool Accepts(decimal typed) => Math.Abs(typed - Answer) <= Tolerance;
}

/// <summary>
/// Makes KPI exercises from a seed: realistic magnitudes for a small business, round numbers the
/// way real reports show them. The same seed always gives the same exercise, so a session that
/// keeps the seed continues the same problem after a restart.
/// </summary>
public static class KpiExercises
{
    /// <summary>Relative tolerance: 1 % of the exact answer (rounding in the head or on a phone).</summary>
    public const decimal RelativeTolerance = 0.01m;

    /// <summary>The metrics exercises are made for, in the order a course meets them.</summary>
    public static IReadOnlyList<string> Metrics { get; } =
        ["cac", "roi", "conversion", "ltv", "ctr", "traffic_growth", "roas", "payback", "cpc", "cpm", "cpa", "average_check"];

    public static bool Covers(string metricId) => Metrics.Contains(metricId);

    public static KpiExercise Make(string metricId, int seed)
    {
        var metric = KpiCatalog.Find(metricId) ?? throw new ArgumentException($"No KPI '{metricId}'.", nameof(metricId));
        var random = new Random(seed);
        var values = Inputs(metricId, random);
        var outcome = KpiCalculator.Compute(metric, values);
        var result = outcome.Result ?? throw new InvalidOperationException($"Exercise inputs for {metricId} were refused: {outcome.Problem?.Code}.");
        return new KpiExercise(metric, values, result, Tolerance(metric.Unit, result.Value));
    }

    /// <summary>
    /// 1 % of the answer, but never less than what a sensible rounding of the unit loses: a
    /// percentage of 10 or more is usually rounded to a whole percent, so half a point passes.
    /// </summary>
    public static decimal Tolerance(KpiUnit unit, decimal answer)
    {
        var floor = unit switch
        {
            KpiUnit.Percent when Math.Abs(answer) >= 10 => 0.5m,
            KpiUnit.Percent => 0.1m,
            KpiUnit.Months => 0.05m,
            KpiUnit.Ratio => 0.05m,
            _ => 0.01m,
        };
        return Math.Round(Math.Max(Math.Abs(answer) * RelativeTolerance, floor), 2, MidpointRounding.ToPositiveInfinity);
    }

    private static Dictionary<string, KpiValue> Inputs(string metricId, Random r)
    {
        var values = new Dictionary<string, KpiValue>();
        void Set(string key, decimal amount) => values[key] = KpiValue.Of(amount);

        // A base figure and a second one as a share of it (profit of spend, buyers of visitors), never below one step.
        void Scaled(string baseKey, (int Min, int Max, int Step) range, string key, (decimal Min, decimal Max) share, decimal roundTo)
        {
            var whole = Step(r, range.Min, range.Max, range.Step);
            Set(baseKey, whole);
            Set(key, Math.Max(roundTo, Round(whole * Share(r, share.Min, share.Max), roundTo)));
        }

        // The realistic figure is the price of one unit (a click, a customer): drawn first, the
        // total follows from it, rounded the way a report shows it and kept within its range.
        void PricePerUnit(string unitsKey, (int Min, int Max) units, (int Min, int Max) price, string totalKey, (int Min, int Max) total, int roundTo)
        {
            var count = Step(r, units.Min, units.Max, 1);
            var each = Step(r, Math.Max(price.Min, (int)Math.Ceiling(total.Min / count)), Math.Min(price.Max, (int)(total.Max / count)), 1);
            Set(unitsKey, count);
            Set(totalKey, Math.Clamp(Round(count * each, roundTo), total.Min, total.Max));
        }

        switch (metricId)
        {
            case "cac":
                PricePerUnit("customers", (20, 300), price: (300, 2_500), "spend", (10_000, 150_000), 1_000);
                break;
            case "cpa":
                PricePerUnit("actions", (20, 400), price: (100, 1_500), "spend", (10_000, 150_000), 1_000);
                break;
            case "roi":
                Scaled("spend", (20_000, 200_000, 1_000), "profit", (0.6m, 2.5m), 1_000);
                break;
            case "roas":
                Scaled("spend", (10_000, 150_000, 1_000), "ad_revenue", (0.5m, 6m), 500);
                break;
            case "conversion":
                Scaled("visitors", (500, 20_000, 10), "purchases", (0.005m, 0.06m), 1);
                break;
            case "ctr":
                Scaled("impressions", (5_000, 500_000, 100), "clicks", (0.003m, 0.05m), 1);
                break;
            case "cpc":
                PricePerUnit("clicks", (200, 5_000), price: (8, 120), "spend", (1_000, 600_000), 100);
                break;
            case "cpm":
                // Impressions are counted in thousands here, so the price per unit is the CPM.
                var thousands = Step(r, 50, 2_000, 1);
                var cpm = Step(r, 80, 600, 1);
                Set("impressions", thousands * 1_000);
                Set("spend", Math.Max(100, Round(thousands * cpm, 100)));
                break;
            case "average_check":
                var purchases = Step(r, 40, 2_000, 1);
                Set("purchases", purchases);
                Set("revenue", Round(purchases * Step(r, 250, 1_500, 10) * Share(r, 0.9m, 1.1m), 100));
                break;
            case "traffic_growth":
                Scaled("old", (200, 20_000, 10), "new", (0.7m, 2m), 10);
                break;
            case "ltv":
                Set("check", Step(r, 150, 600, 10));
                var per = r.Next(2) == 0 ? Period.Week : Period.Month;
                var times = Step(r, 1, per == Period.Week ? 3 : 4, 1);
                values["frequency"] = new KpiValue(times, [times], per);
                var years = Step(r, 1, 3, 1);
                values["period"] = new KpiValue(years, [years], Period.Year);
                break;
            case "payback":
                Set("cac", Step(r, 300, 5_000, 5));
                var yearly = r.Next(2) == 0;
                var profit = yearly ? Step(r, 3_000, 36_000, 500) : Step(r, 250, 3_000, 50);
                values["monthly_profit"] = new KpiValue(yearly ? profit / 12m : profit, [profit], yearly ? Period.Year : Period.Month);
                break;
            default:
                throw new ArgumentException($"No exercise for KPI '{metricId}'.", nameof(metricId));
        }

        return values;
    }

    private static decimal Step(Random r, int min, int max, int step) => r.Next(min / step, max / step + 1) * (decimal)step;

    private static decimal Share(Random r, decimal min, decimal max) => min + (max - min) * r.Next(0, 1001) / 1000m;

    private static decimal Round(decimal value, decimal step) => Math.Round(value / step, MidpointRounding.AwayFromZero) * step;
}
