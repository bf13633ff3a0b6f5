using Coach.Core.Parsing;

namespace Coach.Core.Dialogue;

/// <summary>
/// The words of typed answers to button questions (<see cref="YesNo"/>, <see cref="OptionMatcher"/>), every language's
/// together, as people mix them: see <c>Parsing/Words/answers_ru.json</c> for what each list is.
/// </summary>
internal static class AnswerWords
{
    private static readonly IReadOnlyCollection<AnswerWordsTable> Languages = [.. WordTables.Answers.Values];

    public static IReadOnlySet<string> Yes { get; } = Set(d => d.Yes);

    public static IReadOnlySet<string> No { get; } = Set(d => d.No);

    /// <summary>Openings that are no answer ("не знаю"), as words.</summary>
    public static string[][] Unsure { get; } = Phrases(d => d.Unsure);

    /// <summary>Words before the answer itself ("скорее нет"), as words.</summary>
    public static string[][] Hedges { get; } = Phrases(d => d.Hedges);

    public static IReadOnlySet<string> Politeness { get; } = Set(d => d.Politeness);

    public static IReadOnlySet<string> Fillers { get; } = Set(d => d.Fillers);

    public static IReadOnlySet<string> Negations { get; } = Set(d => d.Negations);

    public static IReadOnlyList<string> Weak { get; } = Languages.SelectMany(d => d.Weak).ToList();

    public static IReadOnlyList<string> TimePrefixes { get; } = Languages.SelectMany(d => d.TimePrefixes).ToList();

    /// <summary>Words between a yes/no and the option named after it ("нет, но отчасти").</summary>
    public static IReadOnlySet<string> Conjunctions { get; } = Set(d => d.Conjunctions);

    private static HashSet<string> Set(Func<AnswerWordsTable, List<string>> words) => Languages.SelectMany(words).ToHashSet(StringComparer.Ordinal);

    private static string[][] Phrases(Func<AnswerWordsTable, List<string>> words) =>
        Languages.SelectMany(words).Select(phrase => phrase.Split(' ')).ToArray();
}
