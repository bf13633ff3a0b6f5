using System.Text.Json;
using System.Text.RegularExpressions;
using Coach.Core.Domain.Words;

namespace Coach.Core.Domain.Smart;

/// <summary>A metric of the vocabulary: its key, goal type, which way is better, and the pattern of its words in every language.</summary>
internal sealed record MetricDefinition(string Key, GoalType Type, bool LowerIsBetter, bool IsPercent, bool Compound, bool Fallback, bool Specific, bool Rate, string? Kpi, Regex Pattern);

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

    /// <summary>Small amounts as words, every language's ("три", "полутора", "twelve"), by word.</summary>
    public static IReadOnlyDictionary<string, decimal> NumberWords { get; }

    /// <summary>The number words as an alternation, longest first, so "одиннадцать" is not read as "один".</summary>
    public static string NumberWordsPattern { get; }

    /// <summary>Case endings written after digits ("3-х", "5-ти").</summary>
    public static IReadOnlyList<string> NumberEndings { get; }

    /// <summary>A multiplier of the goal: "в 2 раза", "вдвое", "3x", "x3", "double"; group n (a number) or w (a word).</summary>
    public static Regex Multiplier { get; }

    /// <summary>The factor of each multiplier word ("вдвое" → 2, "halve" → 0.5), its spaces as single spaces.</summary>
    public static IReadOnlyDictionary<string, decimal> MultiplierFactors { get; }

    /// <summary>The goal plan's monthly words ("в месяц", "monthly", "/mo"): the goal is a monthly level.</summary>
    public static Regex PlanMonthly { get; }

    /// <summary>The goal plan's words for new ones ("новых", "new"): without a monthly word, a total of new ones.</summary>
    public static Regex PlanNew { get; }

    /// <summary>Every language's words of deadlines, for <c>DeadlineRules</c>.</summary>
    public static IReadOnlyList<DeadlineWords> Deadlines { get; }

    /// <summary>Words that make a number typed for today's value the one to reach ("выйти на", "хотим", "reach").</summary>
    public static Regex BaselineGoal { get; }

    /// <summary>Words that keep a number today's ("сейчас", "в прошлом месяце", "currently").</summary>
    public static Regex BaselineNow { get; }

    /// <summary>The start of a deadline that makes an answer a goal's ("к июню", "через 3 месяца", "by June"), anchored.</summary>
    public static Regex BaselineBy { get; }

    /// <summary>The same for deadline words that make it a goal's only with a number ("в течение 3 месяцев", "in 6 months").</summary>
    public static Regex BaselineByNumber { get; }

    /// <summary>Phrases in which a goal word is something else ("достижений цели", "weekly reach", "pro plan").</summary>
    public static Regex BaselineNot { get; }

    /// <summary>Words that make the goal verb right after them a fact ("удалось выйти на 250"), anchored at the end.</summary>
    public static Regex BaselinePast { get; }

    /// <summary>A percent that is a change ("на 20%", "+20%", "20% больше", "by 20%").</summary>
    public static Regex BaselineChange { get; }

    /// <summary>Words that end a clause ("300, а хотим 500"), besides commas and stops.</summary>
    public static Regex BaselineClause { get; }

    /// <summary>The words <c>GoalQualifier</c> tells an object from the rest of a goal by, every language's.</summary>
    public static QualifierTable Qualifier { get; }

    /// <summary>Every language's qualifier words at once (goals mix languages).</summary>
    internal sealed class QualifierTable(IReadOnlyList<QualifierWords> languages)
    {
        public HashSet<string> Function { get; } = languages.SelectMany(l => l.Function).ToHashSet();

        public HashSet<string> Determiners { get; } = languages.SelectMany(l => l.Determiners).ToHashSet();

        public HashSet<string> Generic { get; } = languages.SelectMany(l => l.Generic).ToHashSet();

        public HashSet<string> Verbs { get; } = languages.SelectMany(l => l.Verbs).ToHashSet();

        public HashSet<string> Prepositions { get; } = languages.SelectMany(l => l.Prepositions).ToHashSet();

        public string[] TimeStems { get; } = languages.SelectMany(l => l.TimeStems).ToArray();

        public string[] ActionStems { get; } = languages.SelectMany(l => l.ActionStems).ToArray();

        public string[] AdjectiveEndings { get; } = languages.SelectMany(l => l.AdjectiveEndings).ToArray();

        public string[] InfinitiveEndings { get; } = languages.SelectMany(l => l.InfinitiveEndings).ToArray();

        public IReadOnlyList<KeyValuePair<string, int>> LongInfinitiveEndings { get; } = languages.SelectMany(l => l.LongInfinitiveEndings).ToList();

        private readonly List<string[]> _compounds = languages.SelectMany(l => l.CompoundPrepositions).Select(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();

        // The letters of the languages that name the owner after the noun: a goal written in them is read that way too.
        private readonly HashSet<char> _ownerAfter = languages.Where(l => l.NounAfterMetric).SelectMany(l => l.Alphabet).ToHashSet();

        /// <summary>The words of a many-word preposition starting at token <paramref name="i"/> ("за счёт"), or 0.</summary>
        public int CompoundPrepositionAt(IReadOnlyList<GoalToken> tokens, int i) =>
            _compounds.FirstOrDefault(words => i + words.Length <= tokens.Count && words.Select((w, k) => tokens[i + k].Text == w).All(x => x))?.Length ?? 0;

        /// <summary>True when the goal is written in a language that names the owner after the noun ("выручку кофейни").</summary>
        public bool NounAfterMetric(string normalized) => normalized.Any(_ownerAfter.Contains);
    }

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
            return new MetricDefinition(metric.Key, Enum.Parse<GoalType>(metric.Type, ignoreCase: true), metric.Lower, metric.Percent, metric.Compound, metric.Fallback, metric.Specific, metric.Rate, metric.Kpi, pattern);
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

        var numbers = new Dictionary<string, decimal>();
        foreach (var (word, value) in languages.SelectMany(l => l.Numbers ?? []))
        {
            numbers.TryAdd(word, value);
        }

        NumberWords = numbers;
        NumberWordsPattern = Alternation(numbers.Keys);
        NumberEndings = languages.SelectMany(l => l.NumberEndings ?? []).Distinct().ToList();
        var multipliers = languages.Select(l => l.Multiplier).OfType<MultiplierWords>().ToList();
        MultiplierFactors = multipliers
            .SelectMany(m => m.Words.SelectMany(w => w.Value.Select(word => (word, Factor: decimal.Parse(w.Key, System.Globalization.CultureInfo.InvariantCulture)))))
            .DistinctBy(x => x.word)
            .ToDictionary(x => x.word, x => x.Factor);
        Multiplier = new Regex(string.Join("|", multipliers.SelectMany(m => MultiplierParts(m, numbers))), RegexOptions.CultureInvariant);

        PlanMonthly = PhrasePattern.Compile(languages.SelectMany(l => l.Plan?.Monthly ?? []));
        PlanNew = PhrasePattern.Compile(languages.SelectMany(l => l.Plan?.New ?? []));

        CountedSkip = languages.SelectMany(l => l.Counted.Skip).ToHashSet();
        NotCounted = languages.SelectMany(l => l.Counted.Not).ToList();

        Deadlines = languages.Select(l => l.Deadline).OfType<DeadlineWords>().ToList();
        var baseline = languages.Select(l => l.Baseline).OfType<BaselineWords>().ToList();
        BaselineGoal = PhrasePattern.Compile(baseline.SelectMany(b => b.Goal));
        BaselineNow = PhrasePattern.Compile(baseline.SelectMany(b => b.Now));
        BaselineBy = new Regex("^" + PhrasePattern.Source(baseline.SelectMany(b => b.By)), RegexOptions.CultureInvariant);
        BaselineByNumber = new Regex("^" + PhrasePattern.Source(baseline.SelectMany(b => b.ByNumber)), RegexOptions.CultureInvariant);
        BaselineNot = PhrasePattern.Compile(baseline.SelectMany(b => b.Not));
        BaselinePast = new Regex(PhrasePattern.Source(baseline.SelectMany(b => b.Past)) + @"\s*$", RegexOptions.CultureInvariant);
        const string Percent = @"[0-9]+(?:[.,][0-9]+)?\s*%";
        string changeBefore = PhrasePattern.Source(baseline.SelectMany(b => b.Change.Before));
        string changeAfter = PhrasePattern.Source(baseline.SelectMany(b => b.Change.After));
        BaselineChange = new Regex($@"(?:{changeBefore}\s*|\+\s*){Percent}|{Percent}\s*{changeAfter}", RegexOptions.CultureInvariant);
        BaselineClause = PhrasePattern.Compile(baseline.SelectMany(b => b.Clause));
        Qualifier = new QualifierTable(languages.Select(l => l.Qualifier).OfType<QualifierWords>().ToList());

        Holidays = shared.Holidays
            .Where(h => !h.Key.StartsWith('_'))
            .Select(h => (h.Key, h.Value, PhrasePattern.Source(languages.SelectMany(l => l.Holidays.GetValueOrDefault(h.Key) ?? []))))
            .Where(h => !h.Item3.Contains("(?!)"))
            .ToList();
    }

    // "в 2 раза" / "3 times" (not "3 times a month"), "x3", and the one-word multipliers of one language; a number word is
    // one of at least 1.5 ("полтора", "two"), so "a x" is no multiplier.
    private static IEnumerable<string> MultiplierParts(MultiplierWords m, Dictionary<string, decimal> numbers)
    {
        const string Digits = "[0-9]+(?:[.,][0-9]+)?";
        string words = Alternation(numbers.Where(n => n.Value >= 1.5m).Select(n => n.Key));
        if (m.After.Count > 0)
        {
            string before = m.Before.Count == 0 ? "" : $@"(?:{Alternation(m.Before)})\s+";
            string notFollowed = m.NotFollowedBy.Count == 0 ? "" : $@"(?!\s+(?:{Alternation(m.NotFollowedBy)})\s)";
            yield return $@"\b{before}(?<n>{Digits}|{words})\s*(?:{Alternation(m.After)})\b{notFollowed}";
        }

        if (m.Prefix.Count > 0)
        {
            yield return $@"\b(?:{Alternation(m.Prefix)})\s*(?<n>{Digits})\b";
        }

        if (m.Words.Count > 0)
        {
            yield return $@"\b(?<w>{Alternation(m.Words.Values.SelectMany(w => w)).Replace("\\ ", "\\s+")})\b";
        }
    }

    private static string Alternation(IEnumerable<string> words) =>
        string.Join("|", words.Distinct().OrderByDescending(w => w.Length).Select(Regex.Escape));

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

    private sealed record MetricData(string Key, string Type, bool Lower = false, bool Percent = false, bool Compound = false, bool Fallback = false, bool Specific = false, bool Rate = false, string? Kpi = null);

    private sealed record LanguageData(
        Dictionary<string, MetricWords> Metrics,
        TargetWords Target,
        Dictionary<string, List<string>> Holidays,
        CountedWords Counted,
        Dictionary<string, decimal>? Numbers = null,
        List<string>? NumberEndings = null,
        MultiplierWords? Multiplier = null,
        PlanWords? Plan = null,
        QualifierWords? Qualifier = null,
        BaselineWords? Baseline = null,
        DeadlineWords? Deadline = null);

    /// <summary>One language's words for telling a goal from today's value: the "baseline" section of <c>Domain/Smart/Words/ru.json</c>.</summary>
    private sealed record BaselineWords(List<string> Goal, List<string> Not, List<string> Past, List<string> By, List<string> ByNumber, ChangeWords Change, List<string> Now, List<string> Clause);

    private sealed record ChangeWords(List<string> Before, List<string> After);

    /// <summary>One language's words of deadlines: see the "deadline" section of <c>Domain/Smart/Words/ru.json</c>.</summary>
    internal sealed record DeadlineWords(
        List<string> Within,
        List<string> FromNow,
        Dictionary<string, List<string>> Halves,
        Dictionary<string, List<string>> Units,
        List<string> Plural,
        List<string> By,
        List<string> Before,
        List<string> Start,
        List<string> MonthPrepositions,
        List<string> YearPrepositions,
        List<string> QuarterPrepositions,
        List<string> HalfYearPrepositions,
        List<string> End,
        List<string> StartEdge,
        List<string> SeasonEnd,
        Dictionary<string, List<string>> Months,
        Dictionary<string, List<string>> MonthsShort,
        List<string> YearWords,
        List<string> YearSuffixes,
        bool YearNeedsWord,
        List<string> YearNotFollowedBy,
        List<string> DaySuffixes,
        List<string> Articles,
        List<string> DayOf,
        bool MonthFirst,
        List<string> NeedsPreposition,
        Dictionary<string, List<string>> Quarters,
        List<string> QuarterWords,
        List<string> QuarterLetters,
        List<string> OrdinalSuffixes,
        Dictionary<string, List<string>> HalfYears,
        Dictionary<string, SeasonWords> Seasons,
        List<string> SeasonInBefore,
        bool SeasonInNeedsWord,
        Dictionary<string, List<string>> Relative);

    internal sealed record SeasonWords(List<string> By, List<string> In);

    internal sealed record QualifierWords(
        string[] Function,
        string[] Determiners,
        string[] Generic,
        string[] TimeStems,
        string[] ActionStems,
        string[] Verbs,
        string[] AdjectiveEndings,
        string[] Prepositions,
        string[] CompoundPrepositions,
        string[] InfinitiveEndings,
        Dictionary<string, int> LongInfinitiveEndings,
        bool NounAfterMetric,
        string Alphabet);

    private sealed record PlanWords(List<string> Monthly, List<string> New);

    private sealed record MultiplierWords(List<string> Before, List<string> After, List<string> NotFollowedBy, List<string> Prefix, Dictionary<string, List<string>> Words);

    private sealed record CountedWords(List<string> Skip, List<string> Not);

    private sealed record MetricWords(List<JsonElement> Phrases, List<string>? Not);

    private sealed record TargetWords(List<string> ChangeBefore, List<string> LevelBefore, List<string> FromBefore, List<string> ChangeAfter, List<string> Decrease, List<string>? NewAfter = null, List<string>? RateAfter = null);
}
