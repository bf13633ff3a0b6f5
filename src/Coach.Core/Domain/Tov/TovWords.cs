using System.Text.RegularExpressions;
using Coach.Core.Domain.Words;

namespace Coach.Core.Domain.Tov;

/// <summary>
/// The register words of <c>Domain/Tov/Words</c>, one file per language: for the casual voice («ты», "hey guys") and the
/// polite one («вы», "dear customer"), the pronouns and possessives, address words, verb forms (imperatives and
/// second-person verbs: «закажи»/«закажите», «успей»/«успейте», «получишь»), and verb endings. The register check
/// looks in a text for the other register's words.
/// </summary>
public static class TovWords
{
    private const string Area = "Tov";

    private static readonly Dictionary<string, (Register Casual, Register Polite)> ByLanguage =
        WordFiles.Languages(Area).ToDictionary(language => language, language =>
        {
            var data = WordFiles.Load<LanguageData>(Area, language);
            return (Compile(data.Casual), Compile(data.Polite));
        });

    /// <summary>The first word of the given register in the text, as typed, or null.</summary>
    /// <param name="text">Any text.</param>
    /// <param name="language">Its language; a language without a word file is read with the English words.</param>
    /// <param name="casual">True: look for «ты» / casual words; false: for «вы» / polite ones.</param>
    public static string? FirstOf(string text, string language, bool casual)
    {
        var (casualWords, politeWords) = ByLanguage.TryGetValue(language, out var words) ? words : ByLanguage["en"];
        // A pronoun («вас», «твоя») is the plainest sign, so it is named first; then the first other word in the text.
        var register = casual ? casualWords : politeWords;
        string normalized = Normalize(text);
        var match = register.Pronouns.Match(normalized) is { Success: true } pronoun ? pronoun : register.Others.Match(normalized);
        return match.Success ? text.Substring(match.Index, match.Length) : null;
    }

    // Lower case, "ё" as "е" and a typographic apostrophe as a plain one, character by character so indices stay valid.
    private static string Normalize(string text) =>
        new(text.Select(c => char.ToLowerInvariant(c) switch { 'ё' => 'е', '\u2019' => '\'', var lower => lower }).ToArray());

    private static Register Compile(RegisterWords words)
    {
        var phrases = PhrasePattern.Source([.. words.Address, .. words.Verbs]);
        var parts = new List<string> { phrases };
        string except = words.Not.Count == 0 ? "" : $"(?!(?:{string.Join("|", words.Not.Select(Regex.Escape))})(?![\\p{{L}}']))";
        if (words.Endings.Count > 0)
        {
            parts.Add($"(?<![\\p{{L}}']){except}[\\p{{L}}]+(?:{string.Join("|", words.Endings.Select(Regex.Escape))})(?![\\p{{L}}])");
        }

        if (words.StartEndings.Count > 0)
        {
            parts.Add($"(?<=^\\s*|[.!?…]\\s+){except}[\\p{{L}}]+(?:{string.Join("|", words.StartEndings.Select(Regex.Escape))})(?![\\p{{L}}])");
        }

        return new Register(PhrasePattern.Compile(words.Pronouns), new Regex(string.Join("|", parts), RegexOptions.CultureInvariant));
    }

    private sealed record Register(Regex Pronouns, Regex Others);

    private static readonly List<CheckWords> Checks = WordFiles.Languages(Area).Select(language => WordFiles.Load<LanguageData>(Area, language).Checks).ToList();

    /// <summary>Stiff, bureaucratic phrasing a friendly voice avoids, every language's ("осуществля", "hereby").</summary>
    public static IReadOnlyList<string> Stiff { get; } = Checks.SelectMany(c => c.Stiff).ToList();

    /// <summary>Slang a formal voice avoids, every language's.</summary>
    public static IReadOnlyList<string> Slang { get; } = Checks.SelectMany(c => c.Slang).ToList();

    /// <summary>Written laughter a serious voice avoids ("хаха", "lol"), every language's.</summary>
    public static IReadOnlyList<string> Jokes { get; } = Checks.SelectMany(c => c.Jokes).ToList();

    /// <summary>Words of a light touch a humorous voice leaves ("шучу", "kidding"), every language's.</summary>
    public static IReadOnlyList<string> Playful { get; } = Checks.SelectMany(c => c.Playful).ToList();

    private sealed record LanguageData(RegisterWords Casual, RegisterWords Polite, CheckWords Checks);

    private sealed record CheckWords(List<string> Stiff, List<string> Slang, List<string> Jokes, List<string> Playful);

    private sealed record RegisterWords(List<string> Pronouns, List<string> Address, List<string> Verbs, List<string> Endings, List<string> StartEndings, List<string> Not);
}
