using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Coach.Integration.Tests.Telegram;

/// <summary>
/// Telegram's HTML parse mode, as strictly as a test needs it: only the supported tags, properly
/// nested, "&lt;" always escaped outside a tag, and only the named entities Telegram knows
/// (&amp;lt; &amp;gt; &amp;amp; &amp;quot;) besides numeric ones. A bare "&gt;" or "&amp;" passes, as on
/// Telegram. Problems are worded like the Bot API's 400 "can't parse entities" answers.
/// </summary>
public static partial class TelegramHtml
{
    private static readonly HashSet<string> SupportedTags =
    [
        "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre",
        "span", "tg-spoiler", "tg-emoji", "blockquote",
    ];

    private static readonly HashSet<string> NamedEntities = ["lt", "gt", "amp", "quot"];

    /// <summary>Null when Telegram would accept the text; else the problem. <paramref name="visible"/> is the text as shown.</summary>
    public static string? Check(string html, out string visible)
    {
        var open = new Stack<string>();
        var text = new StringBuilder(html.Length);
        visible = "";
        for (var i = 0; i < html.Length; i++)
        {
            var c = html[i];
            if (c == '<')
            {
                var end = html.IndexOf('>', i);
                if (end < 0)
                {
                    return $"Can't parse entities: unclosed start tag at offset {i}";
                }

                var inner = html[(i + 1)..end].Trim();
                if (inner.StartsWith('/'))
                {
                    var name = inner[1..].Trim().ToLowerInvariant();
                    if (open.Count == 0 || open.Peek() != name)
                    {
                        return $"Can't parse entities: unmatched end tag at offset {i}, expected \"</{(open.Count > 0 ? open.Peek() : "")}>\", found \"</{name}>\"";
                    }

                    open.Pop();
                }
                else
                {
                    var name = inner.Split([' ', '\n', '\t'], 2)[0].ToLowerInvariant();
                    if (!SupportedTags.Contains(name))
                    {
                        return $"Can't parse entities: unsupported start tag \"{name}\" at offset {i}";
                    }

                    open.Push(name);
                }

                i = end;
                continue;
            }

            if (c == '&' && Entity().Match(html, i) is { Success: true } entity)
            {
                var name = entity.Groups[1].Value;
                if (!name.StartsWith('#') && !NamedEntities.Contains(name))
                {
                    return $"Can't parse entities: unsupported entity \"&{name};\" at offset {i}";
                }
            }

            text.Append(c);
        }

        if (open.Count > 0)
        {
            return $"Can't parse entities: can't find end tag corresponding to start tag \"{open.Peek()}\"";
        }

        visible = WebUtility.HtmlDecode(text.ToString());
        return null;
    }

    [GeneratedRegex(@"\G&(#[0-9]+|#x[0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);")]
    private static partial Regex Entity();
}
