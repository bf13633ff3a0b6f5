using System.Text.Json;

namespace Coach.Core.Dialogue;

/// <summary>
/// The words of typed answers to button questions (<see cref="YesNo"/>, <see cref="OptionMatcher"/>), every language's
/// together, as people mix them: see <c>Dialogue/Words/ru.json</c> for what each list is.
/// </summary>
internal static class AnswerWords
{
    private const string Prefix = "Coach.Dialogue.Words.";

    // Read here rather than through the domain's word files: the engine names no feature's code.
    private static readonly IReadOnlyList<Data> Languages = typeof(AnswerWords).Assembly.GetManifestResourceNames()
        .Where(name => name.StartsWith(Prefix, StringComparison.Ordinal) && name.EndsWith(".json", StringComparison.Ordinal))
        .Order(StringComparer.Ordinal)
        .Select(Load)
        .ToList();

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

    private static Data Load(string name)
    {
        using var stream = typeof(AnswerWords).Assembly.GetManifestResourceStream(name)!;
        return JsonSerializer.Deserialize<Data>(stream, new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower })
            ?? throw new InvalidOperationException($"{name} is empty.");
    }

    private static HashSet<string> Set(Func<Data, List<string>> words) => Languages.SelectMany(words).ToHashSet(StringComparer.Ordinal);

    private static string[][] Phrases(Func<Data, List<string>> words) =>
        Languages.SelectMany(words).Select(phrase => phrase.Split(' ')).ToArray();

    private sealed record Data(
        List<string> Yes,
        List<string> No,
        List<string> Unsure,
        List<string> Hedges,
        List<string> Politeness,
        List<string> Fillers,
        List<string> Negations,
        List<string> Weak,
        List<string> TimePrefixes,
        List<string> Conjunctions);
}
