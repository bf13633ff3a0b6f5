using System.Text.Json;
using System.Text.RegularExpressions;
using Coach.Core.Domain.Words;

namespace Coach.Core.Domain.Smart;

/// <summary>A metric of the vocabulary: its key, goal type, which way is better, and the pattern of its words in every language.</summary>
internal sealed record MetricDefinition(string Key, GoalType Type, bool LowerIsBetter, bool IsPercent, bool Compound, bool Fallback, Regex Pattern);

/// <summary>
/// The SMART vocabularies of <c>Domain/Smart/Words</c>: <c>metrics.json</c> (the metrics, in the order they are tried,
/// and the named days) and one file per language with their words, the words around a target number and the verbs
/// that lower a metric. Goals are read with every language's words at once, as people mix them ("охват в Reels").
/// </summary>
internal static class SmartWords
{
    private const string Area = "Smart";

    public static IReadOnlyList<MetricDefinition> Metrics { get; }

    /// <summary>"на", "by": the number after them is a change. Group names: change, level, from.</summary>
    public static Regex WordBefore { get; }

    /// <summary>"150 новых", "50 more": a change.</summary>
    public static Regex ChangeAfter { get; }

    /// <summary>"new" after the number: a change of today's count, unless a rate follows (<see cref="RateAfter"/>).</summary>
    public static Regex NewAfter { get; }

    /// <summary>A rate after the counted noun ("a month", "в месяц"): the number is a monthly level.</summary>
    public static Regex RateAfter { get; }

    /// <summary>"снизить", "reduce": the goal lowers its metric.</summary>
    public static Regex Decrease { get; }

    /// <summary>Words between a number and the thing it counts ("200 новых пицц"): skipped.</summary>
    public static IReadOnlySet<string> CountedSkip { get; }

    /// <summary>Beginnings of words that follow a number without being what it counts: money, units, time, small words.</summary>
    public static IReadOnlyList<string> NotCounted { get; }

    /// <summary>Named days: the key of metrics.json's holidays, its date rule ("12-25", "black_friday") and its words' pattern.</summary>
    public static IReadOnlyList<(string Key, string Rule, string Pattern)> Holidays { get; }

    static SmartWords()
    {
        var shared = WordFiles.Load<SharedData>(Area, "metrics");
        var languages = WordFiles.Languages(Area).Select(language => WordFiles.Load<LanguageData>(Area, language)).ToList();

        Metrics = shared.Metrics.Select(metric =>
        {
            var entries = languages.Select(l => l.Metrics.GetValueOrDefault(metric.Key)).OfType<MetricWords>().ToList();
            var sources = entries.SelectMany(e => e.Phrases.Select(Phrase)).ToList();
            var not = entries.SelectMany(e => e.Not ?? []).ToList();
            var pattern = new Regex(string.Join("|", sources.Select(s => s(not))), RegexOptions.CultureInvariant);
            return new MetricDefinition(metric.Key, Enum.Parse<GoalType>(metric.Type, ignoreCase: true), metric.Lower, metric.Percent, metric.Compound, metric.Fallback, pattern);
        }).ToList();

        var target = languages.Select(l => l.Target).ToList();
        string Group(string name, Func<TargetWords, List<string>> words) =>
            $"(?<{name}>{string.Join("|", PhrasePattern.Ordered(target.SelectMany(words)).Select(PhrasePattern.Body))})";
        WordBefore = new Regex($@"(?:^|[^\p{{L}}\p{{N}}])(?:{Group("level", t => t.LevelBefore)}|{Group("change", t => t.ChangeBefore)}|{Group("from", t => t.FromBefore)})\s*$", RegexOptions.CultureInvariant);
        ChangeAfter = new Regex($@"^\s*{PhrasePattern.Source(target.SelectMany(t => t.ChangeAfter))}", RegexOptions.CultureInvariant);
        Decrease = PhrasePattern.Compile(target.SelectMany(t => t.Decrease));
        NewAfter = new Regex($@"^\s*{PhrasePattern.Source(target.SelectMany(t => t.NewAfter ?? []))}", RegexOptions.CultureInvariant);
        // The rate may follow the counted noun: "90 new customers a month", "90 новых клиентов в месяц".
        RateAfter = new Regex($@"^\s*(?:[\p{{L}}\p{{N}}-]+\s+){{0,4}}?{PhrasePattern.Source(target.SelectMany(t => t.RateAfter ?? []))}", RegexOptions.CultureInvariant);

        CountedSkip = languages.SelectMany(l => l.Counted.Skip).ToHashSet();
        NotCounted = languages.SelectMany(l => l.Counted.Not).ToList();

        Holidays = shared.Holidays
            .Where(h => !h.Key.StartsWith('_'))
            .Select(h => (h.Key, h.Value, PhrasePattern.Source(languages.SelectMany(l => l.Holidays.GetValueOrDefault(h.Key) ?? []))))
            .Where(h => !h.Item3.Contains("(?!)"))
            .ToList();
    }

    // A phrase is a string, or an object with the words that must not follow ("before") or precede ("after") it.
    private static Func<List<string>, string> Phrase(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.String)
        {
            string text = element.GetString()!;
            return not => PhrasePattern.Source([text], not);
        }

        string phrase = element.GetProperty("phrase").GetString()!;
        var before = Words(element, "before");
        var after = Words(element, "after");
        string notBefore = before.Count == 0 ? "" : $"(?!\\s+(?:{string.Join("|", before.Select(w => w == "#" ? @"[0-9$€₽£]" : Regex.Escape(w) + @"(?![\p{L}\p{N}])"))}))";
        string notAfter = after.Count == 0 ? "" : $"(?<!(?<![\\p{{L}}\\p{{N}}])(?:{string.Join("|", after.Select(Regex.Escape))})\\s+)";
        return not => notAfter + PhrasePattern.Source([phrase], not) + notBefore;
    }

    private static List<string> Words(JsonElement element, string name) =>
        element.TryGetProperty(name, out var list) ? list.EnumerateArray().Select(w => w.GetString()!).ToList() : [];

    private sealed record SharedData(List<MetricData> Metrics, Dictionary<string, string> Holidays);

    private sealed record MetricData(string Key, string Type, bool Lower = false, bool Percent = false, bool Compound = false, bool Fallback = false);

    private sealed record LanguageData(Dictionary<string, MetricWords> Metrics, TargetWords Target, Dictionary<string, List<string>> Holidays, CountedWords Counted);

    private sealed record CountedWords(List<string> Skip, List<string> Not);

    private sealed record MetricWords(List<JsonElement> Phrases, List<string>? Not);

    private sealed record TargetWords(List<string> ChangeBefore, List<string> LevelBefore, List<string> FromBefore, List<string> ChangeAfter, List<string> Decrease, List<string>? NewAfter = null, List<string>? RateAfter = null);
}
