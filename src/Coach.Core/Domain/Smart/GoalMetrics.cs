using System.Text.RegularExpressions;

namespace Coach.Core.Domain.Smart;

/// <summary>A metric named in a goal and where.</summary>
/// <param name="Key">The metric key: "orders", "revenue", "cac"…</param>
/// <param name="Start">Index of its first character in the goal.</param>
/// <param name="End">Index just after it.</param>
public sealed record MetricMatch(string Key, int Start, int End);

/// <summary>
/// The metrics a goal may name, by Russian stems and English words, with the goal type each belongs to (domain §5)
/// and the direction that counts as improvement. Keys reuse the ids of <c>KpiCatalog</c> where they exist
/// ("average_check", "reach", "conversion", "cac", "leads").
/// </summary>
public static class GoalMetrics
{
    private sealed record Definition(string Key, GoalType Type, bool Compound, Regex Pattern);

    // Compound names ("стоимость привлечения клиента", "average order value", "конверсия в заказ") are listed first and
    // win over the words inside them; otherwise the earliest metric in the goal is its metric ("выручку от продаж" →
    // revenue). "reach" followed by a number is the verb ("reach 1,000 customers"), not the metric.
    private static readonly Definition[] Definitions =
    [
        new("cac", GoalType.Customers, true, Rx(@"\bcac\b|\bсас\b|стоимост\w*\s+привлечени\w*(?:\s+(?:одного\s+|нового\s+)?(?:клиент|покупател)\w*)?|\bцен[аыуе]\s+(?:привлечени\w*(?:\s+(?:одного\s+|нового\s+)?клиент\w*)?|клиент\w*)|стоимост\w*\s+(?:одного\s+|нового\s+)?клиент\w*|(?:customer\s+)?acquisition\s+cost|cost\s+(?:per|of)\s+(?:acquisition|acquiring\s+(?:a\s+)?(?:new\s+)?customers?|(?:a\s+)?(?:new\s+)?customer)")),
        new("churn", GoalType.Customers, true, Rx(@"\bотток\w*|\bchurn\w*")),
        new("average_check", GoalType.Sales, true, Rx(@"средн\w*\s+чек\w*|\bчек(?:а|и|ов|у)?\b|average\s+(?:check|order\s+value|order|bill|receipt|ticket)\b|\baov\b")),
        new("conversion", GoalType.Customers, true, Rx(@"\bконверси\w*|\bconversions?(?:\s+rate)?\b|\bcr\b")),
        new("revenue", GoalType.Sales, false, Rx(@"\bвыручк\w*|\bдоход\w*|\bоборот\w*|\brevenues?\b|\bturnover\b|\bincome\b")),
        new("profit", GoalType.Sales, false, Rx(@"\bприбыл\w*|\bprofits?\b")),
        new("sales", GoalType.Sales, false, Rx(@"продаж\w*|\bпрода(?:ть|вать)\b|\bsales\b|\bsell(?:ing)?\b")),
        new("orders", GoalType.Sales, false, Rx(@"\bзаказ(?!чик)\w*|\bпокуп(?:ок|ки|ка|ку|кам|ками|ках)\b|\borders?\b|\bpurchases?\b")),
        new("customers", GoalType.Customers, false, Rx(@"клиент\w*|\bпокупател\w*|\bзаказчик\w*|\bcustomers?\b|\bclients?\b|\bbuyers?\b")),
        new("leads", GoalType.Customers, false, Rx(@"\bлид(?:ов|ы|а|ам|ами|ах)?\b|\bзаяв(?:ок|ки|ка|ку|кам|ками|ках)\b|\bобращени\w*|\bрегистраци\w*|\bleads\b|\benquir(?:y|ies)\b|\binquir(?:y|ies)\b|\bsign-?ups?\b|\bregistrations?\b")),
        new("subscribers", GoalType.Awareness, false, Rx(@"\bподписчик\w*|\bфолловер\w*|\bfollowers?\b|\bsubscribers?\b")),
        new("reach", GoalType.Awareness, false, Rx(@"\bохват\w*|\bпоказ(?:ов|ы|а)\b|(?<!\bto\s)\breach\b(?!\s+(?:[0-9$€₽]|a\s|an\s|the\s|our\s|my\s|their\s|its\s))|\bimpressions?\b")),
        new("mentions", GoalType.Awareness, false, Rx(@"\bупоминани\w*|\bmentions\b")),
        new("visits", GoalType.Awareness, false, Rx(@"\bпосещени\w*|\bпосещаемост\w*|\bвизит\w*|\bтрафик\w*|\bпосетител\w*|\bvisits\b|\bvisitors?\b|\btraffic\b|\bsessions\b")),
    ];

    private static readonly Dictionary<string, Definition> ByKey = Definitions.ToDictionary(d => d.Key);

    /// <summary>Every metric key recognised in goals.</summary>
    public static IReadOnlyList<string> Keys { get; } = Definitions.Select(d => d.Key).ToList();

    /// <summary>The metric a goal names, or null; <paramref name="normalized"/> as <c>GoalText.Normalize</c> makes it.</summary>
    public static MetricMatch? Find(string normalized)
    {
        var all = FindAll(normalized);
        return all.FirstOrDefault(m => ByKey[m.Key].Compound) ?? all.FirstOrDefault();
    }

    /// <summary>The goal type a metric serves, or null for an unknown key.</summary>
    public static GoalType? TypeOf(string metric) => ByKey.TryGetValue(metric, out var definition) ? definition.Type : null;

    /// <summary>Costs and churn improve by going down; every other metric by going up.</summary>
    public static bool LowerIsBetter(string metric) => metric is "cac" or "churn";

    /// <summary>The KPIs of a goal type, domain §5.</summary>
    public static IReadOnlyList<string> KpisFor(GoalType type) => type switch
    {
        GoalType.Sales => ["revenue", "orders", "average_check"],
        GoalType.Awareness => ["reach", "mentions", "visits"],
        _ => ["leads", "cac", "conversion"],
    };

    /// <summary>Every metric mention, in text order, compound names shadowing the words inside them.</summary>
    internal static IReadOnlyList<MetricMatch> FindAll(string normalized)
    {
        var found = new List<MetricMatch>();
        foreach (var definition in Definitions)
        {
            foreach (Match match in definition.Pattern.Matches(normalized))
            {
                var candidate = new MetricMatch(definition.Key, match.Index, match.Index + match.Length);
                if (!found.Any(f => f.Start < candidate.End && candidate.Start < f.End))
                {
                    found.Add(candidate);
                }
            }
        }

        return found.OrderBy(m => m.Start).ToList();
    }

    private static Regex Rx(string pattern) => new(pattern, RegexOptions.CultureInvariant);
}
