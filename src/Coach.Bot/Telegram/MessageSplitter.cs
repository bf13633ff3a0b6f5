namespace Coach.Bot.Telegram;

/// <summary>
/// Splits a reply longer than Telegram's 4096 characters at paragraph, else line, else word
/// boundaries. Coach's markup never spans a line, so no tag is broken by a line cut.
/// </summary>
public static class MessageSplitter
{
    public const int Limit = 4096;

    public static IReadOnlyList<string> Split(string text, int limit = Limit)
    {
        var parts = new List<string>();
        var rest = text;
        while (rest.Length > limit)
        {
            var cut = Cut(rest, limit);
            parts.Add(rest[..cut].TrimEnd());
            rest = rest[cut..].TrimStart('\n', ' ');
        }

        parts.Add(rest);
        return parts;
    }

    private static int Cut(string text, int limit)
    {
        foreach (var boundary in new[] { "\n\n", "\n", " " })
        {
            var at = text.LastIndexOf(boundary, limit - 1, StringComparison.Ordinal);
            if (at > limit / 4)
            {
                return at;
            }
        }

        return limit;
    }
}
