using System.Text;

namespace Coach.Core.Dialogue;

/// <summary>
/// Matches typed text to a button label when it clearly is one: the same words (case, emoji
/// and punctuation aside), a unique beginning of at least three letters, or the button's number.
/// </summary>
public static class OptionMatcher
{
    public static int? Match(string typed, IReadOnlyList<string> labels)
    {
        var text = Normalize(typed);
        if (text.Length == 0)
        {
            return null;
        }

        if (int.TryParse(text, out var number) && number >= 1 && number <= labels.Count)
        {
            return number - 1;
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

    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Trim().ToLowerInvariant().Replace('ё', 'е'))
        {
            if (char.IsLetterOrDigit(c))
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
}
