using System.Text.RegularExpressions;

namespace Coach.Core.Domain.Smart;

/// <summary>A half-open character range [Start, End) of a goal's text.</summary>
internal readonly record struct TextSpan(int Start, int End)
{
    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    public bool OverlapsAny(IEnumerable<TextSpan> spans) => spans.Any(Overlaps);
}

/// <summary>A word of a goal with its place.</summary>
internal readonly record struct GoalToken(string Text, int Start, int End)
{
    public TextSpan Span => new(Start, End);
}

/// <summary>Text helpers shared by the SMART readers: one normalisation, one tokeniser, the small number words.</summary>
internal static partial class GoalText
{
    /// <summary>
    /// Lower case and "ё" → "е", character by character, so every index found in the result is valid in the
    /// original text and a match can be quoted back as the user typed it.
    /// </summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var chars = new char[text.Length];
        for (int i = 0; i < text.Length; i++)
        {
            char c = char.ToLowerInvariant(text[i]);
            chars[i] = c switch { 'ё' => 'е', '\u2019' => '\'', '\u2010' or '\u2011' => '-', _ => c };
        }

        return new string(chars);
    }

    /// <summary>The words of a normalised text; hyphenated compounds ("интернет-магазине", "b2b-клиентов") stay one word.</summary>
    public static List<GoalToken> Tokens(string normalized) =>
        Word().Matches(normalized).Select(m => new GoalToken(m.Value, m.Index, m.Index + m.Length)).ToList();

    /// <summary>The original's words for a span, trimmed.</summary>
    public static string Quote(string original, TextSpan span) => original[span.Start..span.End].Trim();

    /// <summary>Rounds to 2 decimals and drops trailing zeros, so 50.0 reads "50" wherever it is shown.</summary>
    public static decimal Round2(decimal value) =>
        Math.Round(value, 2, MidpointRounding.AwayFromZero) / 1.000000000000000000000000000000000m;

    public static bool HasLetter(string word) => word.Any(char.IsLetter);

    public static bool IsLatin(string word) => word.Any(c => c is >= 'a' and <= 'z');

    /// <summary>Small amounts as words, for durations ("за три месяца") and multipliers ("в два раза"): <see cref="SmartWords.NumberWords"/>.</summary>
    public static bool TryNumberWord(string word, out decimal value) => SmartWords.NumberWords.TryGetValue(word.Trim(), out value) && value > 0;

    /// <summary>The number words a pattern may accept; longer forms first so "одиннадцать" is not read as "один".</summary>
    public static string NumberWordsPattern => SmartWords.NumberWordsPattern;

    /// <summary>An amount in a pattern: digits (with a decimal part and a case ending such as "3-х") or a word.</summary>
    public static readonly string AmountPattern =
        "[0-9]{1,3}(?:[.,][0-9]+)?" + (SmartWords.NumberEndings.Count == 0 ? "" : $"(?:-?(?:{string.Join("|", SmartWords.NumberEndings.OrderByDescending(e => e.Length).Select(Regex.Escape))}))?")
        + "|" + SmartWords.NumberWordsPattern;

    /// <summary>Reads an amount matched by <see cref="AmountPattern"/>.</summary>
    public static bool TryAmount(string text, out decimal value)
    {
        string trimmed = text.Trim();
        if (TryNumberWord(trimmed, out value))
        {
            return true;
        }

        string digits = new(trimmed.TakeWhile(c => char.IsAsciiDigit(c) || c is '.' or ',').ToArray());
        return decimal.TryParse(digits.Replace(',', '.'), System.Globalization.NumberStyles.AllowDecimalPoint,
            System.Globalization.CultureInfo.InvariantCulture, out value) && value > 0;
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*")]
    private static partial Regex Word();
}
