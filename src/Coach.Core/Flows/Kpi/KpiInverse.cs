using Coach.Core.Dialogue;
using Coach.Core.Domain.Kpi;
using Coach.Core.Parsing;

namespace Coach.Core.Flows.Kpi;

/// <summary>
/// A metric worked backwards: "average order value is $35 and we had 420 orders, what's our revenue?" gives the metric's
/// own value and one of its two inputs, so the other input is the answer ($35 × 420 = $14,700), not a metric computed
/// from the $35 as if it were revenue ($0.08).
/// </summary>
public static class KpiInverse
{
    // The metrics that are one input over another (times a scale): value = numerator ÷ denominator × scale.
    private static readonly Dictionary<string, (string Numerator, string Denominator, decimal Scale)> Ratios = new(StringComparer.Ordinal)
    {
        ["cac"] = ("spend", "customers", 1m),
        ["cpa"] = ("spend", "actions", 1m),
        ["cost_per_sale"] = ("spend", "sales", 1m),
        ["cpc"] = ("spend", "clicks", 1m),
        ["average_check"] = ("revenue", "purchases", 1m),
        ["revenue_per_customer"] = ("revenue", "all_customers", 1m),
        ["conversion"] = ("purchases", "visitors", 100m),
        ["ctr"] = ("clicks", "impressions", 100m),
        ["roas"] = ("ad_revenue", "spend", 100m),
        ["repeat_rate"] = ("returning", "all_customers", 100m),
        ["mql_sql"] = ("sql", "mql", 100m),
    };

    /// <summary>True for a metric that can be worked backwards from its value and one input.</summary>
    public static bool Applies(KpiMetric metric) => Ratios.ContainsKey(metric.Id);

    /// <summary>
    /// The missing input of the metric from its value and the one input given, as a card; null when the metric is not a
    /// ratio, or when not exactly one of its inputs is given, or the value cannot divide (zero).
    /// </summary>
    public static Reply? Answer(Texts.Texts t, KpiMetric metric, ParsedNumber value, IReadOnlyDictionary<string, KpiValue> given)
    {
        if (!Ratios.TryGetValue(metric.Id, out var ratio) || given.ContainsKey(ratio.Numerator) == given.ContainsKey(ratio.Denominator)
            || value.Value <= 0)
        {
            return null;
        }

        var numerator = given.ContainsKey(ratio.Denominator);
        var (known, target) = numerator ? (ratio.Denominator, ratio.Numerator) : (ratio.Numerator, ratio.Denominator);
        var other = given[known];
        var result = numerator ? value.Value * other.Amount / ratio.Scale : other.Amount * ratio.Scale / value.Value;
        var currency = other.Currency != NumberUnit.None ? other.Currency : value.Unit is NumberUnit.Rub or NumberUnit.Usd or NumberUnit.Eur ? value.Unit : NumberUnit.None;
        string Shown(string key, decimal amount) => metric.Inputs.First(i => i.Key == key).Kind == KpiInputKind.Money
            ? KpiText.Money(t, amount, currency)
            : KpiText.Number(t, amount);

        var name = Lower(t[$"kpi.{metric.Id}.formula"].Split(" = ")[0]);
        var shownValue = KpiText.Value(t, metric.Unit, value.Value, currency);
        var targetName = KpiText.InputName(t, target);
        var placeholders = new (string, object?)[]
        {
            ("target", Upper(targetName)), ("metric", name), ("other", KpiText.InputName(t, known)), ("value", shownValue),
            ("given", Shown(known, other.Amount)), ("result", Shown(target, result)),
        };
        var lines = new[]
        {
            t.Format("kpi.inverse.title", ("target", Upper(targetName)), ("result", Shown(target, result))),
            t.Format(numerator ? "kpi.inverse.times" : "kpi.inverse.divided", placeholders),
            t.Format("kpi.inverse.note", ("metric", name), ("value", shownValue)),
        };
        return new Reply(string.Join("\n\n", lines))
        {
            Buttons = [[new Button(t["kpi.button.another"], ButtonData.Open(KpiFlow.Id)), new Button(t["button.menu"], ButtonData.Command("menu"))]],
        };
    }

    // "Average check" in the middle of a sentence; an acronym ("CAC", "CTR") keeps its capitals.
    private static string Lower(string name) =>
        name.Length > 1 && char.IsUpper(name[0]) && char.IsLower(name[1]) ? char.ToLowerInvariant(name[0]) + name[1..] : name;

    private static string Upper(string name) => name.Length > 0 ? char.ToUpperInvariant(name[0]) + name[1..] : name;
}
