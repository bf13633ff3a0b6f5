using System.Text.RegularExpressions;

namespace Coach.Core.Domain.Smart;

/// <summary>
/// Whether an answer to "what is the value today?" names the value to reach instead ("выйти на 480 заказов к июню",
/// "хочу, чтобы было 480", "reach 2,000 followers by March"). The marker nearest the number decides: a word of a goal
/// (a verb of change, a wish, "цель") or a deadline still ahead makes it the target; a word of today ("сейчас",
/// "в прошлом месяце", "currently") keeps it today's. Without either, a number is today's: "40 новых клиентов в месяц",
/// "на уровне 250", "250 orders in October" are all answers to the question. Words: the "baseline" section of
/// <c>Domain/Smart/Words/*.json</c>.
/// </summary>
public static class BaselineReading
{
    /// <summary>True when the text's number reads as a target, not as today's value.</summary>
    public static bool IsTarget(string text, DateOnly today)
    {
        var normalized = GoalText.Normalize(text);
        var markers = new List<(TextSpan Span, bool Goal)>();
        Add(markers, SmartWords.BaselineGoal, normalized, goal: true);
        Add(markers, SmartWords.BaselineNow, normalized, goal: false);
        foreach (var time in DeadlineParser.FindAll(text, today))
        {
            if (time.Deadline is { HasPassed: false } && SmartWords.BaselineBy.IsMatch(normalized[time.Span.Start..time.Span.End]))
            {
                markers.Add((time.Span, true));
            }
        }

        if (!markers.Any(m => m.Goal))
        {
            return false;
        }

        if (FirstNumber(normalized, markers) is not { } number)
        {
            // No digits ("удвоить продажи к лету"): a goal unless today's words are there too.
            return markers.All(m => m.Goal);
        }

        var nearest = markers.MinBy(m => Distance(m.Span, number));
        return nearest.Goal;
    }

    private static void Add(List<(TextSpan, bool)> markers, Regex pattern, string text, bool goal)
    {
        foreach (Match match in pattern.Matches(text))
        {
            markers.Add((new TextSpan(match.Index, match.Index + match.Length), goal));
        }
    }

    // The first run of digits outside a marker (a deadline's "1 июня" is not the answer's number), with the separators
    // inside it ("1 200", "1,5").
    private static TextSpan? FirstNumber(string text, List<(TextSpan Span, bool Goal)> markers)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i]) || markers.Any(m => m.Span.Start <= i && i < m.Span.End))
            {
                continue;
            }

            var end = i + 1;
            while (end < text.Length && (char.IsAsciiDigit(text[end]) || (text[end] is ' ' or ',' or '.' or '\u00A0' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1]))))
            {
                end++;
            }

            return new TextSpan(i, end);
        }

        return null;
    }

    // Characters between the marker and the number; a marker before the number wins a tie ("сейчас 300 хотим").
    private static int Distance(TextSpan marker, TextSpan number) =>
        marker.End <= number.Start ? 2 * (number.Start - marker.End)
        : marker.Start >= number.End ? 2 * (marker.Start - number.End) + 1
        : 0;
}
