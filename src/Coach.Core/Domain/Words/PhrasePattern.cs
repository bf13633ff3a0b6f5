using System.Text;
using System.Text.RegularExpressions;

namespace Coach.Core.Domain.Words;

/// <summary>
/// Turns the phrases of the word files into patterns, so vocabularies stay data: words separated by spaces;
/// "стоимост*" is a stem with any ending; "a|b" is either word; a trailing "?" makes a word optional; "#" is a
/// number. A phrase matches whole words of a lower-cased text ("ё" read as "е").
/// </summary>
public static class PhrasePattern
{
    /// <summary>The pattern of one phrase, without word boundaries.</summary>
    public static string Body(string phrase)
    {
        var words = phrase.Trim().ToLowerInvariant().Replace('ё', 'е').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var body = new StringBuilder();
        // Optional words before the first required one carry their trailing spaces, later ones their leading spaces, so
        // several in a row match ("by? the? year end", "in the? next?").
        bool required = false;
        foreach (var raw in words)
        {
            bool optional = raw.Length > 1 && raw.EndsWith('?');
            string word = Word(optional ? raw[..^1] : raw);
            body.Append(optional ? required ? $"(?:\\s+{word})?" : $"(?:{word}\\s+)?"
                : required ? $"\\s+{word}" : word);
            required |= !optional;
        }

        return body.ToString();
    }

    /// <summary>
    /// One pattern for several phrases, longest first so that "average order value" wins over "average order";
    /// <paramref name="not"/> are phrases that, found at the same place, mean something else.
    /// </summary>
    public static Regex Compile(IEnumerable<string> phrases, IEnumerable<string>? not = null) =>
        new(Source(phrases, not), RegexOptions.CultureInvariant);

    /// <summary>The source of <see cref="Compile"/>, to combine with other patterns; null when there are no phrases.</summary>
    public static string Source(IEnumerable<string> phrases, IEnumerable<string>? not = null)
    {
        var bodies = Ordered(phrases).Select(Body).ToList();
        var excluded = Ordered(not ?? []).Select(Body).ToList();
        string unless = excluded.Count == 0 ? "" : $"(?!(?:{string.Join("|", excluded)})(?![\\p{{L}}\\p{{N}}]))";
        string any = bodies.Count == 0 ? "(?!)" : string.Join("|", bodies);
        return $"(?<![\\p{{L}}\\p{{N}}]){unless}(?:{any})(?![\\p{{L}}\\p{{N}}])";
    }

    /// <summary>Longer phrases first (by words, then letters), so an alternation tries them before their parts.</summary>
    public static IEnumerable<string> Ordered(IEnumerable<string> phrases) =>
        phrases.Where(p => p.Trim().Length > 0).OrderByDescending(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length).ThenByDescending(p => p.Length);

    private static string Word(string word)
    {
        var alternatives = word.Split('|').Select(Alternative).ToList();
        return alternatives.Count == 1 ? alternatives[0] : $"(?:{string.Join("|", alternatives)})";
    }

    private static string Alternative(string alternative) => alternative switch
    {
        "#" => @"[0-9][0-9\s.,]*",
        _ when alternative.EndsWith('*') => Regex.Escape(alternative[..^1]) + @"[\p{L}\p{N}]*",
        _ => Regex.Escape(alternative),
    };
}
