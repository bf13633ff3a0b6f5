using System.Text.RegularExpressions;

namespace Coach.Core.Domain.Tov;

/// <summary>
/// Words of a voice found in a text by stem ("скидка" finds "скидке", "sale" finds "sales" but not "wholesale"): the
/// ToV check flags them in a text, and a topic that carries one is drafted without it (templates, the 360 pack, the
/// blogger brief and the model's input alike), with a warning.
/// </summary>
public static partial class WordStems
{
    /// <summary>True when the text contains the word at a word start, by its stem.</summary>
    public static bool Contains(string text, string word) =>
        word.Trim().Length > 0 && Pattern(word).IsMatch(text.ToLowerInvariant());

    /// <summary>The words of the list that the text contains, as the list spells them.</summary>
    public static IReadOnlyList<string> In(string text, IEnumerable<string> words) =>
        words.Where(word => Contains(text, word)).ToList();

    /// <summary>
    /// The topic without the words to avoid (each whole word that starts with a listed stem), its spaces and leading
    /// punctuation tidied; the topic as given when nothing is left of it.
    /// </summary>
    public static string Without(string topic, IReadOnlyList<string> words)
    {
        var found = In(topic, words);
        if (found.Count == 0)
        {
            return topic;
        }

        string result = topic;
        foreach (var word in found)
        {
            result = Regex.Replace(result, Pattern(word).ToString() + @"[\p{L}\p{N}-]*", "", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        }

        result = Spaces().Replace(SpaceBeforePunctuation().Replace(result, "$1"), " ").Trim().TrimStart(',', ';', ':', '—', '–', '-', ' ');
        if (!result.Any(char.IsLetterOrDigit))
        {
            return topic;
        }

        // A topic that began with a capital keeps one.
        return char.IsUpper(topic.TrimStart()[0]) && char.IsLower(result[0]) ? char.ToUpperInvariant(result[0]) + result[1..] : result;
    }

    // "е" and "ё" are one letter to people who type: the taboo "дешево" finds "дешёвый", "ёлка" finds "елку".
    private static Regex Pattern(string word) =>
        new(@"(?<![\p{L}\p{N}])" + Regex.Escape(Stem(word.Trim().ToLowerInvariant().Replace('ё', 'е'))).Replace("е", EitherE), RegexOptions.CultureInvariant);

    private static readonly string EitherE = new(['[', 'е', 'ё', ']']);

    // Russian and English inflect at the end: two letters off a long word, one off a middling one.
    private static string Stem(string word) => word.Length switch
    {
        >= 6 => word[..^2],
        >= 4 => word[..^1],
        _ => word,
    };

    [GeneratedRegex(@"\s+([,.;:!?])")]
    private static partial Regex SpaceBeforePunctuation();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();
}
