using System.Text.RegularExpressions;

namespace Coach.Core.Domain.Smart;

/// <summary>A metric named in a goal and where.</summary>
/// <param name="Key">The metric key: "orders", "revenue", "cac"…</param>
/// <param name="Start">Index of its first character in the goal.</param>
/// <param name="End">Index just after it.</param>
public sealed record MetricMatch(string Key, int Start, int End);

/// <summary>
/// The metrics a goal may name, from the vocabulary of <see cref="SmartWords"/> (<c>Domain/Smart/Words</c>): per language
/// the words of each metric, with the goal type it belongs to (domain §5) and the direction that counts as improvement.
/// Keys reuse the ids of <c>KpiCatalog</c> where they exist ("average_check", "reach", "conversion", "cac", "leads").
/// </summary>
public static class GoalMetrics
{
    /// <summary>The key of a counted thing outside the vocabulary ("200 пицц", "40 hampers"): the goal's own type.</summary>
    public const string Count = "count";

    // Compound names ("стоимость привлечения клиента", "average order value", "конверсия в заказ") win over the words
    // inside them; otherwise the earliest metric in the goal is its metric ("выручку от продаж" → revenue). "reach"
    // followed by a number is the verb ("reach 1,000 customers"), not the metric.
    private static IReadOnlyList<MetricDefinition> Definitions => SmartWords.Metrics;

    private static readonly Dictionary<string, MetricDefinition> ByKey = SmartWords.Metrics.ToDictionary(d => d.Key);

    /// <summary>Every metric key recognised in goals.</summary>
    public static IReadOnlyList<string> Keys { get; } = SmartWords.Metrics.Select(d => d.Key).ToList();

    /// <summary>The metric a goal names, or null; <paramref name="normalized"/> as <c>GoalText.Normalize</c> makes it.</summary>
    public static MetricMatch? Find(string normalized)
    {
        var all = FindAll(normalized);
        return all.FirstOrDefault(m => ByKey[m.Key].Compound) ?? all.FirstOrDefault(m => !ByKey[m.Key].Fallback) ?? all.FirstOrDefault();
    }

    /// <summary>The goal type a metric serves, or null for an unknown key.</summary>
    public static GoalType? TypeOf(string metric) => ByKey.TryGetValue(metric, out var definition) ? definition.Type : null;

    /// <summary>Costs, churn, returns and bounces improve by going down; every other metric by going up.</summary>
    public static bool LowerIsBetter(string metric) => ByKey.TryGetValue(metric, out var definition) && definition.LowerIsBetter;

    /// <summary>A metric taken only when no other is named: counted products ("cake orders" are orders).</summary>
    internal static bool IsFallback(string metric) => ByKey.TryGetValue(metric, out var definition) && definition.Fallback;

    /// <summary>A metric that is itself a percentage (conversion, churn, return rate): "до 3%" is its level, not a change.</summary>
    public static bool IsPercent(string metric) => ByKey.TryGetValue(metric, out var definition) && definition.IsPercent;

    /// <summary>
    /// A metric that says by itself what is measured, so a number of it and a deadline make the goal specific: a count
    /// ("90 new customers a month by June 1"), a cost, a rate of the whole business ("the average check from 1,200 to
    /// 1,500 by December", "NPS from 30 to 45"). Sales, revenue, reach and the like stay vague without saying of what.
    /// </summary>
    public static bool IsSpecific(string metric) => ByKey.TryGetValue(metric, out var definition) && definition.Specific;

    /// <summary>A level of the whole business (the average check, NPS, any percentage), not people or things that come from somewhere.</summary>
    public static bool IsRate(string? metric) => metric is not null && ByKey.TryGetValue(metric, out var definition) && (definition.Rate || definition.IsPercent);

    /// <summary>The calculator metric (a <c>KpiCatalog</c> id) that measures a goal's metric, or null: "cpl" is measured by "cpa".</summary>
    public static string? KpiOf(string? metric) => metric is not null && ByKey.TryGetValue(metric, out var definition) ? definition.Kpi : null;

    /// <summary>The KPIs of a goal type, domain §5.</summary>
    public static IReadOnlyList<string> KpisFor(GoalType type) => type switch
    {
        GoalType.Sales => ["revenue", "orders", "average_check"],
        GoalType.Awareness => ["reach", "mentions", "visits"],
        _ => ["leads", "cac", "conversion"],
    };

    /// <summary>
    /// A counted thing the vocabulary does not know, named by the word right after the target number ("продать 200
    /// пицц", "deliver 40 hampers"), skipping "новых"/"new"; not money, a unit, a time or a small word.
    /// </summary>
    internal static MetricMatch? Counted(string normalized, TextSpan number, IReadOnlyList<TextSpan> timeSpans)
    {
        var next = GoalText.Tokens(normalized).Where(t => t.Start >= number.End).SkipWhile(t => SmartWords.CountedSkip.Contains(t.Text)).FirstOrDefault();
        if (next.Text is not { Length: >= 3 } word)
        {
            return null;
        }

        bool adjacent = normalized[number.End..next.Start].All(c => char.IsWhiteSpace(c) || char.IsLetter(c));
        return adjacent && word.All(char.IsLetter) && !next.Span.OverlapsAny(timeSpans) && !SmartWords.NotCounted.Any(word.StartsWith)
            ? new MetricMatch(Count, next.Start, next.End)
            : null;
    }

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
}
