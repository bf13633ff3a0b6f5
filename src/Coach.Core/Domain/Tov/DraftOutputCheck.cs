using System.Text.RegularExpressions;

namespace Coach.Core.Domain.Tov;

/// <summary>What the output check made of a model's text: the text to send, or why it may not be sent.</summary>
public sealed record OutputReview(string Text, string? Problem)
{
    public bool Accepted => Problem is null;
}

/// <summary>
/// Checks a language model's answer before it reaches the user: markup Telegram would reject is
/// removed (the text is plain and escaped on display), an answer quoting the prompt's own
/// instructions or its delimiters is refused, an empty one too, and one far beyond the channel's
/// limits (the model ignored them) is refused while a small overrun is cut to fit.
/// </summary>
public static partial class DraftOutputCheck
{
    public const string Leak = "leak";
    public const string Empty = "empty";
    public const string TooLong = "too_long";

    /// <summary>The markers user text is wrapped in inside prompts; a draft never contains them.</summary>
    public static readonly IReadOnlyList<string> Delimiters = ["[[[USER_TEXT", "USER_TEXT]]]", "[[[DRAFT", "DRAFT]]]"];

    /// <param name="text">The model's answer.</param>
    /// <param name="rule">The channel the answer is for; null for free text such as a review.</param>
    /// <param name="promptFragments">The fixed sentences of the prompt (no user values), any of which in the answer is a leak.</param>
    /// <param name="maxChars">The length of a free-text answer (used when <paramref name="rule"/> is null).</param>
    public static OutputReview Review(string text, ChannelRule? rule, IEnumerable<string> promptFragments, int maxChars = 2000)
    {
        var plain = Plain(text);
        if (plain.Length == 0)
        {
            return new OutputReview("", Empty);
        }

        var normalized = " " + Normalize(plain) + " ";
        if (Delimiters.Any(d => plain.Contains(d, StringComparison.OrdinalIgnoreCase))
            || promptFragments.Select(Normalize).Where(f => f.Length >= 20).SelectMany(Windows).Any(w => normalized.Contains(" " + w + " ", StringComparison.Ordinal)))
        {
            return new OutputReview("", Leak);
        }

        if (rule is null)
        {
            return plain.Length > maxChars * 2 ? new OutputReview("", TooLong) : new OutputReview(ChannelFit.CutAtWord(plain, maxChars), null);
        }

        // Measured as it will be sent: without the emoji the channel drops, with SMS-safe punctuation.
        var measured = rule.EmojiAllowed ? plain : ChannelFit.WithoutEmoji(plain);
        if (rule.OneSmsSegment)
        {
            measured = ChannelFit.SmsTypography(measured);
        }

        // Twice the limit means the model ignored the channel; a little over is trimmed at a word.
        if (ChannelFit.Measure(measured, rule).Any(b => b.Limit != ChannelFit.Emoji && b.Actual > b.Allowed * 2))
        {
            return new OutputReview("", TooLong);
        }

        var fitted = ChannelFit.Fit(plain, rule);
        if (fitted.Length == 0)
        {
            return new OutputReview("", Empty);
        }

        // An SMS cut that loses the end of the message (its call to action, as a rule) is worse than the template.
        var deepCut = rule.OneSmsSegment && fitted.Length < measured.Trim().Length * 0.8 && !EndsASentence(fitted);
        return deepCut ? new OutputReview("", TooLong) : new OutputReview(fitted, null);
    }

    /// <summary>The answer as plain text: tags, Markdown emphasis, headings and code fences removed, wrapping quotes dropped.</summary>
    public static string Plain(string text)
    {
        var plain = Tag().Replace(text, "");
        plain = Fence().Replace(plain, "");
        plain = Emphasis().Replace(plain, "");
        plain = Heading().Replace(plain, "");
        plain = plain.Replace("\r", "", StringComparison.Ordinal).Trim();
        if (plain.Length > 1 && plain[0] is '"' or '«' or '“' && plain[^1] is '"' or '»' or '”')
        {
            plain = plain[1..^1].Trim();
        }

        return BlankLines().Replace(plain, "\n\n");
    }

    private static bool EndsASentence(string text) => text.TrimEnd().EndsWith('.') || text.TrimEnd().EndsWith('!') || text.TrimEnd().EndsWith('?') || text.TrimEnd().EndsWith('…');

    // Words only, lower case: quotes, punctuation and spacing do not hide a quoted instruction.
    private static string Normalize(string text) => Space().Replace(NotAWord().Replace(text.ToLowerInvariant(), " "), " ").Trim();

    /// <summary>A fragment as runs of eight words (or whole, when shorter): a partial quote is caught too.</summary>
    private static IEnumerable<string> Windows(string fragment)
    {
        var words = fragment.Split(' ');
        if (words.Length <= 8)
        {
            yield return fragment;
            yield break;
        }

        for (var i = 0; i + 8 <= words.Length; i++)
        {
            yield return string.Join(' ', words, i, 8);
        }
    }

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex NotAWord();

    [GeneratedRegex(@"</?[a-zA-Z][^<>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"```[a-zA-Z]*")]
    private static partial Regex Fence();

    [GeneratedRegex(@"\*\*|__|(?<![\p{L}\p{N}])\*(?=\S)|(?<=\S)\*(?![\p{L}\p{N}])")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"(?m)^#{1,6}\s+")]
    private static partial Regex Heading();

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex BlankLines();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}
