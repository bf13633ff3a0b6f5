using System.Globalization;
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
        // On a scale of numbers ("😡 −2" … "😍 +2") a number that is no button's is a value: "0", "−1".
        if (normalized.All(IsSignedInteger))
        {
            return IsSignedInteger(text) ? ValueIndex(normalized, text) : null;
        }

        var exact = normalized.FindIndex(label => label == text);
        if (exact >= 0)
        {
            return exact;
        }

        // A label's name before its colon or brackets, spaces aside: "4p" for "4P (товары)", "неважно" for "Не важно".
        var squeezed = text.Replace(" ", "");
        var named = normalized.Select((_, i) => i).Where(i => NameOf(labels[i]) is var name && name.Replace(" ", "") == squeezed && text.Count(c => c == ' ') < Math.Max(1, name.Count(c => c == ' '))).ToList();
        if (named.Count == 1)
        {
            return named[0];
        }

        if (text.Length < 3)
        {
            return null;
        }

        var starts = normalized.Select((label, i) => (label, i))
            .Where(x => x.label.StartsWith(text, StringComparison.Ordinal) || x.label.Split(' ').Any(word => word.StartsWith(text, StringComparison.Ordinal) && text.Length >= 4))
            .Select(x => x.i)
            .ToList();
        if (starts.Count != 1)
        {
            return null;
        }

        // A word's beginning is no pick when another label has the same word with another ending: "средне" begins
        // "Выше среднего" but is as much "Средний".
        var only = starts[0];
        return normalized[only].StartsWith(text, StringComparison.Ordinal)
            || !normalized.Where((_, i) => i != only).Any(label => label.Split(' ').Any(word => SameWord(text, word)))
            ? only
            : null;
    }

    /// <summary>
    /// True when the typed text is the label's name or its beginning, or its number (not on a scale of numbers, where "4"
    /// picks the fourth button, "+1"): a pick nobody needs to hear back. Not one of its inner words.
    /// </summary>
    public static bool IsByName(string typed, IReadOnlyList<string> labels, int index)
    {
        var text = Normalize(typed);
        var name = Normalize(labels[index]);
        return (text.Length > 0 && name.StartsWith(text, StringComparison.Ordinal))
            || (IsOptionNumber(text, labels.Count, out _) && !labels.Select(Normalize).All(IsSignedInteger));
    }

    // What a label is called, before its explanation: "Polite" of "Polite: full forms…", "4P" of "4P (товары)".
    private static string NameOf(string label) => Normalize(label.Split('(', ':')[0]);

    // Words that say nothing about which button is meant ("думаю, скорее услуги"); the words: Parsing/Words/answers_*.json.
    private static readonly IReadOnlySet<string> Filler = AnswerWords.Fillers;

    private static readonly System.Text.RegularExpressions.Regex CyrillicModel = new(@"(?<=\d)[рсп]\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // Words too general to pick a button alone: "продукты" is groceries as often as a digital product.
    private static readonly IReadOnlyList<string> Weak = AnswerWords.Weak;

    // A word that turns a label around ("Без эмодзи", "Not sure yet"): a label whose name has one is never picked by text
    // without it, nor a label without that word by text with it ("с эмодзи" is not "Без эмодзи", "без юмора" not "С юмором").
    private static readonly IReadOnlySet<string> Negations = AnswerWords.Negations;

    /// <summary>
    /// The one label whose words cover every word of the typed text (fillers aside), each word as it is or with another
    /// ending ("продажи" for "Рост продаж", "sales growth" for "Grow sales", "новых клиентов" for "Новые клиенты");
    /// null when none or several labels do, when the text has a number or is one word too general ("продукты"), or when a
    /// negation stands on one side only.
    /// For the answers <see cref="Match"/> does not take; a pick this way is said back to the user.
    /// </summary>
    public static int? MatchWords(string typed, IReadOnlyList<string> labels)
    {
        var text = Normalize(typed);
        if (text.Length == 0 || text.Any(c => char.IsDigit(c) || c is '+' or '-'))
        {
            return null;
        }

        var words = text.Split(' ');
        var content = words.Where(word => !Filler.Contains(word)).ToList();
        if (content.Count == 0 || content.All(Negations.Contains))
        {
            return null;
        }

        if (content.Count == 1 && Weak.Any(content[0].StartsWith))
        {
            return null;
        }

        var negations = words.Where(Negations.Contains).ToList();
        var fitting = new List<int>();
        for (var i = 0; i < labels.Count; i++)
        {
            // The label's name is what it is ("Polite" of "Polite: full forms, no slang"); a negation typed counts when
            // the label has that word anywhere.
            var label = Normalize(labels[i]).Split(' ');
            var name = NameOf(labels[i]).Split(' ');
            var turned = negations.Count > 0 ? negations.All(label.Contains) : !name.Any(Negations.Contains);
            if (!turned || !content.All(word => label.Any(other => SameWord(word, other))))
            {
                continue;
            }

            fitting.Add(i);
        }

        if (fitting.Count <= 1)
        {
            return fitting.Count == 1 ? fitting[0] : null;
        }

        // Two labels hold every typed word: the one the words say whole ("с юмором" is "С юмором", not "С лёгким
        // юмором"), else it is asked again.
        var whole = fitting.Where(i => Normalize(labels[i]).Split(' ').Where(word => !Filler.Contains(word))
            .All(word => content.Any(typed => SameWord(typed, word)))).ToList();
        return whole.Count == 1 ? whole[0] : null;
    }

    /// <summary>
    /// The typed text without the words of the question's own name ("средний бюджет" at "Бюджет" is "средний",
    /// "высокий доход" at "Доход" is "высокий"), or null when it has none of them.
    /// </summary>
    public static string? Without(string typed, string questionName)
    {
        var name = Normalize(questionName).Split(' ');
        var words = Normalize(typed).Split(' ');
        var kept = words.Where(word => !name.Any(other => SameWord(word, other))).ToList();
        return kept.Count < words.Length && kept.Count > 0 ? string.Join(' ', kept) : null;
    }

    /// <summary>The one label that starts with a negation ("🚫 Без эмодзи", "None of these"), for a plain "нет"/"no".</summary>
    public static int? Negative(IReadOnlyList<string> labels)
    {
        var negative = Enumerable.Range(0, labels.Count).Where(i => Normalize(labels[i]).Split(' ')[0] is var first && Negations.Contains(first)).ToList();
        return negative.Count == 1 ? negative[0] : null;
    }

    // The same word, or one with another ending: a beginning of 4+ letters that the other word goes on from by at most
    // 3 ("grow" → "growth", "продаж" → "продажи"), or a shared stem of 3+ letters after which each has at most 2 letters
    // of its own, in words of 4+ ("новых"/"новые", "услуга"/"услуги"), never "продвижение"/"продаж".
    private static bool SameWord(string a, string b)
    {
        if (a == b)
        {
            return true;
        }

        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        if (shorter.Length < 4 || Negations.Contains(shorter) || Negations.Contains(longer))
        {
            return false;
        }

        var common = 0;
        while (common < shorter.Length && shorter[common] == longer[common])
        {
            common++;
        }

        return common == shorter.Length
            ? longer.Length - common <= 3
            : common >= 3 && shorter.Length - common <= 2 && longer.Length - common <= 2;
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
        // "4С", "7Р", "4П" typed on a Russian keyboard are the models "4C", "7P", "4P".
        source = CyrillicModel.Replace(source, m => m.Value == "с" ? "c" : "p");
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

    /// <summary>
    /// On a scale of numbers, a typed number that is both a button's number and another button's value ("2": the second
    /// button, −1, or +2): the two buttons, to ask which; null otherwise.
    /// </summary>
    public static (int Value, int Button)? ScaleAmbiguity(string typed, IReadOnlyList<string> labels)
    {
        var text = Normalize(typed);
        var normalized = labels.Select(Normalize).ToList();
        return normalized.All(IsSignedInteger) && IsOptionNumber(text, labels.Count, out var button) && ValueIndex(normalized, text) is { } value && value != button
            ? (value, button)
            : null;
    }

    private static int? ValueIndex(List<string> normalized, string text) =>
        normalized.FindIndex(label => int.Parse(label, CultureInfo.InvariantCulture) == int.Parse(text, CultureInfo.InvariantCulture)) is var index and >= 0 ? index : null;

    private static bool IsSignedInteger(string text) =>
        text.Length > 0 && text.Length <= 4 && (text[0] is '+' or '-' ? text.Length > 1 && text[1..].All(char.IsAsciiDigit) : text.All(char.IsAsciiDigit));

    private static bool IsSign(char c) => c is '+' or '-' or '−' or '–' or '—';
}
