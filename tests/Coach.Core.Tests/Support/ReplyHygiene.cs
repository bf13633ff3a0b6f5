using System.Net;
using System.Text.RegularExpressions;
using Coach.Core.Dialogue;

namespace Coach.Core.Tests.Support;

/// <summary>
/// What no reply may show, whatever the flow: checked on every reply every core test receives
/// through the <see cref="ChatDriver"/>. A dot doubled by a template after a value that ends in
/// one ("1,11 мес.."), a caption ending in ".:", a placeholder left unfilled, two spaces in a row, in a Russian chat a
/// masculine form addressed to the user ("вы решил"), and, in an English chat, Russian words the user did not type ("every
/// ruble" spelled in Cyrillic, "1,5 млн"), a Russian thousands space ("2 000"), an ISO date or a rouble sign.
/// </summary>
public static partial class ReplyHygiene
{
    public static IReadOnlyList<string> Problems(string language, Reply reply, IReadOnlyCollection<string> typed)
    {
        var problems = new List<string>();
        var texts = new[] { reply.Text }.Concat(reply.AllButtons.Select(b => b.Label)).Concat(reply.Charts.SelectMany(c => new[] { c.Title, c.Caption ?? "" }));
        foreach (var raw in texts)
        {
            var text = WebUtility.HtmlDecode(Tags().Replace(raw, ""));
            foreach (var line in text.Split('\n'))
            {
                if (DoubledDot().IsMatch(line) && !typed.Any(t => t.Contains("..", StringComparison.Ordinal)))
                {
                    problems.Add($"a doubled dot: {line.Trim()}");
                }

                if (Placeholder().Match(line) is { Success: true } left && !typed.Any(t => t.Contains(left.Value, StringComparison.Ordinal)))
                {
                    problems.Add($"an unfilled placeholder {left.Value}: {line.Trim()}");
                }

                if (DotColon().IsMatch(line))
                {
                    problems.Add($"\".:\": {line.Trim()}");
                }

                if (DoubleSpace().Match(line) is { Success: true } spaces && !typed.Any(t => t.Contains(spaces.Value, StringComparison.Ordinal)))
                {
                    problems.Add($"two spaces in a row: {line.Trim()}");
                }

                if (language == "ru" && AddressedMasculine().Match(line) is { Success: true } masculine)
                {
                    problems.Add($"a masculine form addressed to the user ({masculine.Value}): {line.Trim()}");
                }

                if (language == "en")
                {
                    foreach (var pattern in new[] { SpaceThousands(), IsoDate(), Rouble() })
                    {
                        if (pattern.Match(line) is { Success: true } russianStyle && !typed.Any(t => t.Contains(russianStyle.Value, StringComparison.OrdinalIgnoreCase)))
                        {
                            problems.Add($"\"{russianStyle.Value}\" in an English reply (Russian number style, an ISO date or roubles the user did not type): {line.Trim()}");
                        }
                    }

                    var russian = CyrillicWord().Matches(line).Select(m => m.Value)
                        .Where(word => !LanguageNames.Contains(word) && !typed.Any(t => t.Contains(word, StringComparison.OrdinalIgnoreCase)))
                        .ToList();
                    if (russian.Count > 0)
                    {
                        problems.Add($"Russian in an English reply ({string.Join(", ", russian)}): {line.Trim()}");
                    }
                }
            }
        }

        return problems;
    }

    // The language switch names each language in itself ("🌐 Язык / Language", "Русский").
    private static readonly HashSet<string> LanguageNames = ["Язык", "Русский"];

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    // Two dots not part of an ellipsis.
    [GeneratedRegex(@"(?<![.…])\.\.(?![.])")]
    private static partial Regex DoubledDot();

    [GeneratedRegex(@"\{[a-zA-Z][a-zA-Z0-9_]*\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\.:")]
    private static partial Regex DotColon();

    [GeneratedRegex(@"\p{IsCyrillic}+")]
    private static partial Regex CyrillicWord();

    [GeneratedRegex(@"(?<=\S) {2,}(?=\S)")]
    internal static partial Regex DoubleSpace();

    [GeneratedRegex(@"\b[Вв]ы\s+(?:\p{L}+\s+)?(?:решил|готов|уверен|выбрал|прошёл|ответил|сделал|указал|написал|ввёл|забыл|понял|согласен|рад|должен|остановился|вернулся)\b")]
    internal static partial Regex AddressedMasculine();

    // "2 000", "90 000" (a Russian thousands space), never "VK 30000 40 10" (numbers apart).
    [GeneratedRegex(@"(?<![\d,.])\d{1,3}(?: \d{3})+(?![\d,.])")]
    internal static partial Regex SpaceThousands();

    [GeneratedRegex(@"\b20\d\d-\d\d-\d\d\b")]
    private static partial Regex IsoDate();

    [GeneratedRegex("₽")]
    private static partial Regex Rouble();
}
