using System.Text;
using SkiaSharp;

namespace Coach.Rendering.Layout;

/// <summary>
/// Measures and wraps text with the shipped typeface, so layout decisions (wrap, shrink, inside or beside a bar)
/// are made with the same metrics ScottPlot will draw with.
/// </summary>
internal static class TextFit
{
    private const string Ellipsis = "…";

    public static float Width(string text, SKTypeface typeface, float size)
    {
        using var font = new SKFont(typeface, size);
        return text.Split('\n').Max(line => font.MeasureText(line));
    }

    public static float LineHeight(SKTypeface typeface, float size)
    {
        using var font = new SKFont(typeface, size);
        return font.Spacing;
    }

    /// <summary>
    /// Greedy word wrap into at most <paramref name="maxLines"/> lines no wider than <paramref name="maxWidth"/>;
    /// lines may break after a hyphen, words longer than a line are hyphenated where they overflow, and overflow
    /// past the last line ends in an ellipsis rather than being lost silently.
    /// </summary>
    public static string[] Wrap(string text, SKTypeface typeface, float size, float maxWidth, int maxLines) =>
        WrapCore(text, typeface, size, maxWidth, maxLines, out _);

    /// <summary>True when the text wraps into the lines given without an ellipsis (and, unless allowed, without hyphenating).</summary>
    public static bool Fits(string text, SKTypeface typeface, float size, float maxWidth, int maxLines, bool allowHyphenation)
    {
        string[] lines = WrapCore(text, typeface, size, maxWidth, int.MaxValue, out bool cutWord);
        return (allowHyphenation || !cutWord) && lines.Length <= maxLines;
    }

    private static string[] WrapCore(string text, SKTypeface typeface, float size, float maxWidth, int maxLines, out bool cutWord)
    {
        cutWord = false;
        text = Normalize(text);
        if (text.Length == 0) return [""];
        using var font = new SKFont(typeface, size);
        maxWidth = Math.Max(maxWidth, font.MeasureText("MM"));
        maxLines = Math.Max(1, maxLines);

        var lines = new List<string>();
        var current = new StringBuilder();
        foreach (var (piece, joiner) in Pieces(text))
        {
            string candidate = current.Length == 0 ? piece : $"{current}{joiner}{piece}";
            if (font.MeasureText(candidate) <= maxWidth) { current.Clear().Append(candidate); continue; }
            if (current.Length > 0) { lines.Add(current.ToString()); current.Clear(); }
            string rest = piece;
            while (font.MeasureText(rest) > maxWidth)
            {
                cutWord = true;
                int fit = FittingPrefix(rest, font, maxWidth);
                lines.Add(rest[..fit] + "-");
                rest = rest[fit..];
            }
            current.Append(rest);
        }
        if (current.Length > 0) lines.Add(current.ToString());

        if (lines.Count <= maxLines) return [.. lines];
        var kept = lines.Take(maxLines).ToArray();
        kept[^1] = WithEllipsis(kept[^1], font, maxWidth);
        return kept;
    }

    // Words split on spaces, and compound words ("Email-рассылки") after their hyphens; the joiner says how a
    // piece reattaches to the previous one when both stay on one line.
    internal static IEnumerable<(string Piece, string Joiner)> Pieces(string text)
    {
        foreach (string word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            string joiner = " ";
            int start = 0;
            for (int i = 1; i < word.Length - 1; i++)
            {
                if (word[i] != '-') continue;
                yield return (word[start..(i + 1)], joiner);
                joiner = "";
                start = i + 1;
            }
            yield return (word[start..], joiner);
        }
    }

    /// <summary>One line, shortened with an ellipsis if it does not fit.</summary>
    public static string Truncate(string text, SKTypeface typeface, float size, float maxWidth)
    {
        text = Normalize(text);
        using var font = new SKFont(typeface, size);
        return font.MeasureText(text) <= maxWidth ? text : WithEllipsis(text, font, maxWidth);
    }

    // Control characters would be drawn as boxes, and a caller's newline would break our own line budgeting.
    // No-break spaces stay: callers use them inside values ("1 125 ₽") precisely so they are not split.
    private static string Normalize(string? text) =>
        new string((text ?? "").Select(c => char.IsControl(c) ? ' ' : c).ToArray()).Trim();

    private static string WithEllipsis(string line, SKFont font, float maxWidth)
    {
        string trimmed = line.TrimEnd();
        while (trimmed.Length > 0 && font.MeasureText(trimmed + Ellipsis) > maxWidth)
            trimmed = trimmed[..^1].TrimEnd();
        return trimmed + Ellipsis;
    }

    private static int FittingPrefix(string word, SKFont font, float maxWidth)
    {
        int fit = 1;
        while (fit < word.Length && font.MeasureText(word[..(fit + 1)] + "-") <= maxWidth) fit++;
        // Never split a surrogate pair: half an emoji renders as a box.
        if (fit < word.Length && char.IsHighSurrogate(word[fit - 1])) fit++;
        // Step back a few letters to a syllable-like break ("Таргетиро-ванная", not "Таргетирова-нная").
        for (int at = fit; at >= Math.Max(2, fit - 4); at--)
            if (at <= word.Length - 2 && IsSyllableBreak(word, at)) return at;
        return fit;
    }

    private const string Vowels = "аеёиоуыэюяaeiouyАЕЁИОУЫЭЮЯAEIOUY";

    // A rough rule that holds for most Russian and English words: V|CV or C|C, never before ь, ъ or й.
    private static bool IsSyllableBreak(string word, int at)
    {
        char before = word[at - 1], after = word[at], next = word[at + 1];
        if (!char.IsLetter(before) || !char.IsLetter(after) || "ьъйЬЪЙ".Contains(after)) return false;
        bool vBefore = Vowels.Contains(before), vAfter = Vowels.Contains(after), vNext = Vowels.Contains(next);
        return (vBefore && !vAfter && vNext) || (!vBefore && !vAfter && vNext);
    }
}
