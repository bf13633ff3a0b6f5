using System.Text;

namespace Coach.Core.Dialogue;

/// <summary>
/// Matches typed text to a button label when it clearly is one: the same words (case, emoji
/// and punctuation aside), a unique beginning of at least three letters, or the button's number.
/// A signed number ("+1", "−2") is a value, never a button's number: it matches the label that
/// carries the same signed number.
/// </summary>
public static class OptionMatcher
{
    /// <summary>Whether typed text is a button's number: digits only, no sign.</summary>
    public static bool IsOptionNumber(string typed, int count, out int index)
    {
        var text = typed.Trim();
        index = -1;
        if (text.Length == 0 || !text.All(char.IsAsciiDigit) || !int.TryParse(text, out var number) || number < 1 || number > count)
        {
            return false;
        }

        index = number - 1;
        return true;
    }

    public static int? Match(string typed, IReadOnlyList<string> labels)
    {
        var text = Normalize(typed);
        if (text.Length == 0)
        {
            return null;
        }

        if (IsOptionNumber(text, labels.Count, out var numbered))
        {
            return numbered;
        }

        var normalized = labels.Select(Normalize).ToList();
        var exact = normalized.FindIndex(label => label == text);
        if (exact >= 0)
        {
            return exact;
        }

        if (text.Length < 3)
        {
            return null;
        }

        var starts = normalized.Select((label, i) => (label, i))
            .Where(x => x.label.StartsWith(text, StringComparison.Ordinal) || x.label.Split(' ').Any(word => word.StartsWith(text, StringComparison.Ordinal) && text.Length >= 4))
            .Select(x => x.i)
            .ToList();
        return starts.Count == 1 ? starts[0] : null;
    }

    /// <summary>
    /// Lower-case words separated by single spaces; a sign that starts a number is kept
    /// ("😡 −2" → "-2", "🙂 +1" → "+1") so that signed values do not collapse into option numbers.
    /// </summary>
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        var source = text.Trim().ToLowerInvariant().Replace('ё', 'е');
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if (IsSign(c) && StartsNumber(source, i))
            {
                if (builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(c == '+' ? '+' : '-');
                while (source[i + 1] == ' ')
                {
                    i++;
                }

                space = false;
            }
            else if (char.IsLetterOrDigit(c))
            {
                if (space && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(c);
                space = false;
            }
            else
            {
                space = true;
            }
        }

        return builder.ToString();
    }

    // "−2" anywhere after a separator; "− 2" only as the whole text's start (a typed value).
    private static bool StartsNumber(string source, int sign)
    {
        if (sign > 0 && char.IsLetterOrDigit(source[sign - 1]))
        {
            return false;
        }

        var next = sign + 1;
        while (sign == 0 && next < source.Length && source[next] == ' ')
        {
            next++;
        }

        return next < source.Length && char.IsDigit(source[next]);
    }

    private static bool IsSign(char c) => c is '+' or '-' or '−' or '–' or '—';
}
