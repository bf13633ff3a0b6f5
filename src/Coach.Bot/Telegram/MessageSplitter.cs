using System.Text.RegularExpressions;

namespace Coach.Bot.Telegram;

/// <summary>
/// Fits Telegram HTML into Telegram's limits. A reply longer than 4096 characters is split at a
/// paragraph, else a line, else a word boundary, never inside a tag or an entity; a tag open at a
/// cut (a long bold draft, a &lt;pre&gt; block) is closed at the end of the part and opened again
/// at the start of the next, so every part parses on its own. Captions are shortened to 1024.
/// </summary>
public static partial class MessageSplitter
{
    public const int Limit = 4096;
    public const int CaptionLimit = 1024;

    // Room kept at the end of a part for the closing tags added there.
    private const int ClosingReserve = 64;

    public static IReadOnlyList<string> Split(string text, int limit = Limit)
    {
        var parts = new List<string>();
        var rest = text;
        var reopened = 0;
        while (rest.Length > limit)
        {
            var cut = Cut(rest, limit - ClosingReserve);
            if (cut <= reopened)
            {
                // Only a single tag longer than a whole message (none of Coach's) gets here:
                // cutting through it is the only way forward.
                cut = limit - ClosingReserve;
            }

            var part = rest[..cut].TrimEnd();
            var open = OpenTags(part);
            parts.Add(part + string.Concat(open.AsEnumerable().Reverse().Select(Closing)));
            var prefix = string.Concat(open);
            reopened = prefix.Length;
            rest = prefix + rest[cut..].TrimStart('\n', ' ');
        }

        parts.Add(rest);
        return parts;
    }

    /// <summary>The caption as is when it fits, else cut at a word with "…" and its tags closed.</summary>
    public static string? Caption(string? caption)
    {
        if (caption is null || caption.Length <= CaptionLimit)
        {
            return caption;
        }

        var part = caption[..Cut(caption, CaptionLimit - ClosingReserve)].TrimEnd() + "…";
        return part + string.Concat(OpenTags(part).AsEnumerable().Reverse().Select(Closing));
    }

    private static int Cut(string text, int limit)
    {
        foreach (var boundary in new[] { "\n\n", "\n", " " })
        {
            var at = text.LastIndexOf(boundary, limit - 1, StringComparison.Ordinal);
            if (at > limit / 4 && Safe(text, at) == at)
            {
                return at;
            }
        }

        return Safe(text, limit);
    }

    /// <summary>Moves a cut back to before a tag or an entity it would break.</summary>
    private static int Safe(string text, int cut)
    {
        var tagStart = text.LastIndexOf('<', cut - 1);
        if (tagStart >= 0 && text.IndexOf('>', tagStart) is var tagEnd && (tagEnd < 0 || tagEnd >= cut))
        {
            cut = tagStart;
        }

        var entityStart = text.LastIndexOf('&', Math.Max(0, cut - 1));
        if (entityStart >= 0 && cut - entityStart <= 10 && text.IndexOf(';', entityStart) is var entityEnd && entityEnd >= cut)
        {
            cut = entityStart;
        }

        // Never between the two halves of an emoji or another character outside the BMP.
        if (cut > 0 && cut < text.Length && char.IsLowSurrogate(text[cut]))
        {
            cut--;
        }

        return Math.Max(1, cut);
    }

    /// <summary>The opening tags still open at the end of the text, outermost first.</summary>
    private static List<string> OpenTags(string html)
    {
        var open = new List<string>();
        foreach (Match tag in Tag().Matches(html))
        {
            var name = tag.Groups["name"].Value.ToLowerInvariant();
            if (tag.Groups["close"].Success)
            {
                var at = open.FindLastIndex(o => NameOf(o) == name);
                if (at >= 0)
                {
                    open.RemoveAt(at);
                }
            }
            else
            {
                open.Add(tag.Value);
            }
        }

        return open;
    }

    private static string NameOf(string openingTag) => Tag().Match(openingTag).Groups["name"].Value.ToLowerInvariant();

    private static string Closing(string openingTag) => "</" + NameOf(openingTag) + ">";

    [GeneratedRegex("<(?<close>/)?(?<name>[a-zA-Z][a-zA-Z0-9-]*)[^>]*>")]
    private static partial Regex Tag();
}
