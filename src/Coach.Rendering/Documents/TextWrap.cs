using System.Globalization;
using System.Text;
using Coach.Rendering.Layout;

namespace Coach.Rendering.Documents;

/// <summary>
/// Font-agnostic greedy word wrap. The PDF writer measures with PdfPig's own glyph advances (what it will draw),
/// so this cannot reuse <see cref="Layout.TextFit"/>, which is tied to Skia typefaces.
/// </summary>
internal static class TextWrap
{
    /// <summary>
    /// Wraps <paramref name="text"/> into lines no wider than <paramref name="maxWidth"/>. A <c>\n</c> always starts a
    /// new line and an empty input line stays an empty output line (a deliberate gap). Lines break at spaces, after
    /// hyphens inside compound words, and inside words that are longer than a whole line (marked with a hyphen).
    /// </summary>
    public static List<string> Wrap(string text, Func<string, double> width, double maxWidth)
    {
        var lines = new List<string>();
        foreach (string paragraph in text.Replace("\r", "").Split('\n'))
            WrapParagraph(paragraph, width, maxWidth, lines);
        return lines;
    }

    private static void WrapParagraph(string paragraph, Func<string, double> width, double maxWidth, List<string> lines)
    {
        var current = new StringBuilder();
        foreach (var (piece, joiner) in TextFit.Pieces(paragraph))
        {
            string candidate = current.Length == 0 ? piece : $"{current}{joiner}{piece}";
            if (width(candidate) <= maxWidth) { current.Clear().Append(candidate); continue; }
            if (current.Length > 0) { lines.Add(current.ToString()); current.Clear(); }
            string rest = piece;
            while (rest.Length > 1 && width(rest) > maxWidth)
            {
                int fit = FittingPrefix(rest, width, maxWidth);
                lines.Add(rest[..fit] + (rest[fit - 1] == '-' ? "" : "-"));
                rest = rest[fit..];
            }
            current.Append(rest);
        }
        lines.Add(current.ToString());
    }


    // At least one character per line, so a column narrower than one letter still terminates; never half a surrogate pair.
    private static int FittingPrefix(string word, Func<string, double> width, double maxWidth)
    {
        int fit = 1;
        while (fit < word.Length - 1 && width(word[..(fit + 1)] + "-") <= maxWidth) fit++;
        if (char.IsHighSurrogate(word[fit - 1]) && fit < word.Length - 1) fit++;
        return fit;
    }

    /// <summary>
    /// Makes text drawable with a font that lacks some characters: tabs become spaces, other control and format
    /// characters (zero-width joiners, emoji variation selectors) go, missing symbols and emoji are dropped (they carry
    /// decoration, not content) and any other missing character becomes "?" so the reader sees something was there.
    /// Newlines are kept for the wrapper.
    /// </summary>
    public static string Clean(string? text, Func<Rune, bool> hasGlyph)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var result = new StringBuilder(text.Length);
        foreach (Rune rune in text.EnumerateRunes())
        {
            if (rune.Value == '\n') { result.Append('\n'); continue; }
            if (rune.Value == '\t') { result.Append(' '); continue; }
            UnicodeCategory category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format) continue;
            if (hasGlyph(rune)) { result.Append(rune.ToString()); continue; }
            if (rune.IsBmp && category is not (UnicodeCategory.OtherSymbol or UnicodeCategory.NonSpacingMark)) result.Append('?');
        }
        return result.ToString();
    }
}
