using System.Globalization;
using System.Text;

namespace Coach.Core.Domain.Tov;

/// <summary>One way a text breaks its channel's limits: which limit, its value and what the text has.</summary>
public sealed record LimitBreach(string Limit, int Allowed, int Actual);

/// <summary>
/// Measures a text against a <see cref="ChannelRule"/> and cuts it to fit. Pure: the checks of
/// the LLM's output, the ToV check and the template drafts all use these same measurements.
/// </summary>
public static class ChannelFit
{
    public const string Words = "words";
    public const string Chars = "chars";
    public const string FirstLine = "first_line";
    public const string Sms = "sms";
    public const string Emoji = "emoji";

    // GSM 03.38: the basic set counts one, the extension set two; anything else makes the SMS UCS-2 (70 characters).
    private const string GsmBasic = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private const string GsmExtension = "^{}\\[~]|€";

    public static int CountWords(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Count(word => word.Any(char.IsLetterOrDigit));

    /// <summary>True when every character is in the GSM 7-bit alphabet (a 160-character SMS).</summary>
    public static bool IsGsm(string text) => text.All(c => GsmBasic.Contains(c) || GsmExtension.Contains(c));

    /// <summary>How many characters one SMS segment holds for this text: 160 in GSM, 70 otherwise.</summary>
    public static int SmsLimit(string text) => IsGsm(text) ? ChannelRules.SmsGsmLimit : ChannelRules.SmsUnicodeLimit;

    /// <summary>The SMS length of a text: GSM extension characters take two places.</summary>
    public static int SmsLength(string text) =>
        IsGsm(text) ? text.Sum(c => GsmExtension.Contains(c) ? 2 : 1) : text.Length;

    public static int CountEmoji(string text) => text.EnumerateRunes().Count(IsEmoji);

    public static string FirstLineOf(string text) => text.Split('\n')[0].Trim();

    /// <summary>Every limit of the rule the text breaks; empty when it fits.</summary>
    public static IReadOnlyList<LimitBreach> Measure(string text, ChannelRule rule)
    {
        var breaches = new List<LimitBreach>();
        var words = CountWords(text);
        if (rule.MaxWords is { } maxWords && words > maxWords)
        {
            breaches.Add(new LimitBreach(Words, maxWords, words));
        }

        if (rule.OneSmsSegment)
        {
            var limit = SmsLimit(text);
            var length = SmsLength(text);
            if (length > limit)
            {
                breaches.Add(new LimitBreach(Sms, limit, length));
            }
        }
        else if (rule.MaxChars is { } maxChars && text.Length > maxChars)
        {
            breaches.Add(new LimitBreach(Chars, maxChars, text.Length));
        }

        if (rule.FirstLineMaxChars is { } maxLine && FirstLineOf(text).Length > maxLine)
        {
            breaches.Add(new LimitBreach(FirstLine, maxLine, FirstLineOf(text).Length));
        }

        var emoji = CountEmoji(text);
        if (!rule.EmojiAllowed && emoji > 0)
        {
            breaches.Add(new LimitBreach(Emoji, 0, emoji));
        }

        return breaches;
    }

    /// <summary>
    /// The text cut to fit the rule: emoji dropped where they do not belong, the first line and
    /// the whole text cut at word boundaries. Used on template drafts and on a model's draft that
    /// ran a little long; never adds anything.
    /// </summary>
    public static string Fit(string text, ChannelRule rule)
    {
        var fitted = text.Trim();
        if (!rule.EmojiAllowed)
        {
            fitted = WithoutEmoji(fitted);
        }

        if (rule.FirstLineMaxChars is { } maxLine)
        {
            var lines = fitted.Split('\n');
            lines[0] = CutAtWord(lines[0].Trim(), maxLine);
            fitted = string.Join('\n', lines);
        }

        if (rule.MaxWords is { } maxWords && CountWords(fitted) > maxWords)
        {
            fitted = KeepWords(fitted, maxWords);
        }

        if (rule.OneSmsSegment)
        {
            fitted = SmsTypography(fitted);

            // Cutting never turns a UCS-2 text into GSM, so one pass with the text's own limit is enough.
            var limit = SmsLimit(fitted);
            while (SmsLength(fitted) > limit)
            {
                fitted = CutAtWord(fitted, Math.Max(1, fitted.Length - (SmsLength(fitted) - limit)));
            }
        }
        else if (rule.MaxChars is { } maxChars)
        {
            fitted = CutAtWord(fitted, maxChars);
        }

        return fitted.Trim();
    }

    public static string WithoutEmoji(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            if (!IsEmoji(rune) && rune.Value != 0xFE0F && rune.Value != 0x200D)
            {
                builder.Append(rune.ToString());
            }
        }

        return string.Join('\n', builder.ToString().Split('\n').Select(line => string.Join(' ', line.Split(' ', StringSplitOptions.RemoveEmptyEntries))));
    }

    // Letterlike symbols and number forms (№, ™, ℃, ⅓) are text, not emoji.
    private static bool IsEmoji(Rune rune) =>
        rune.Value is >= 0x1F000 and <= 0x1FAFF or >= 0x2600 and <= 0x27BF || Rune.GetUnicodeCategory(rune) == UnicodeCategory.OtherSymbol && rune.Value >= 0x2190;

    /// <summary>
    /// Typographic punctuation that phones send as UCS-2 (curly quotes, dashes, the ellipsis)
    /// written with its GSM equivalent, so a Latin SMS keeps its 160 characters.
    /// </summary>
    public static string SmsTypography(string text) => text
        .Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u201C', '"').Replace('\u201D', '"')
        .Replace('\u00AB', '"').Replace('\u00BB', '"').Replace('\u2014', '-').Replace('\u2013', '-')
        .Replace("\u2026", "...", StringComparison.Ordinal).Replace('\u00A0', ' ');

    /// <summary>The longest prefix of at most <paramref name="max"/> characters that ends at a word boundary, without a dangling comma or dash.</summary>
    public static string CutAtWord(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        // Never between the two halves of an emoji.
        var cut = text[..(char.IsLowSurrogate(text[max]) ? max - 1 : max)];
        var space = cut.LastIndexOfAny([' ', '\n']);
        if (space > max / 3)
        {
            cut = cut[..space];
        }

        return cut.TrimEnd(' ', ',', ';', ':', '-', '—', '–', '\n');
    }

    /// <summary>The text up to its <paramref name="count"/>th word (a token with a letter or a digit).</summary>
    public static string KeepWords(string text, int count)
    {
        var seen = 0;
        var inWord = false;
        for (var i = 0; i < text.Length; i++)
        {
            var space = char.IsWhiteSpace(text[i]);
            if (!space && !inWord)
            {
                // A token counts as a word when it has a letter or a digit (a lone dash does not).
                var end = i;
                while (end < text.Length && !char.IsWhiteSpace(text[end]))
                {
                    end++;
                }

                if (text[i..end].Any(char.IsLetterOrDigit) && ++seen > count)
                {
                    return text[..i].TrimEnd(' ', ',', ';', ':', '-', '—', '–', '\n');
                }
            }

            inWord = !space;
        }

        return text;
    }
}
