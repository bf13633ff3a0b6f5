using System.Text.RegularExpressions;

namespace Coach.Core.Domain.Smart;

/// <summary>
/// Whether an answer to "what is the value today?" names the value to reach instead ("выйти на 480 заказов к июню",
/// "хочу, чтобы было 480", "reach 2,000 followers by March"). The marker nearest the number decides: a word of a goal
/// (a verb of change, a wish, "цель") or a deadline still ahead makes it the target; a word of today ("сейчас",
/// "в прошлом месяце", "currently") keeps it today's; only the number's own clause counts ("300, а хотим 500" is 300 today). Without either, a number is today's: "40 новых клиентов в месяц",
/// "на уровне 250", "250 orders in October" are all answers to the question. Words: the "baseline" section of
/// <c>Domain/Smart/Words/*.json</c>.
/// </summary>
public static class BaselineReading
{
    /// <summary>True when the text's number reads as a target, not as today's value.</summary>
    public static bool IsTarget(string text, DateOnly today)
    {
        var normalized = GoalText.Normalize(text);
        var markers = Markers(text, normalized, today);
        if (!markers.Any(m => m.Goal))
        {
            return false;
        }

        if (FirstNumber(normalized, markers) is not { } number)
        {
            // No digits outside the markers ("удвоить продажи к лету", "на 20% больше"): a goal unless today's words are
            // there too.
            return markers.All(m => m.Goal);
        }

        // Only the number's own clause speaks of it: "300, а хотим 500" and "около 300, но хотим больше" give today's 300.
        var clause = ClauseOf(normalized, number);
        var own = markers.Where(m => m.Span.Start >= clause.Start && m.Span.End <= clause.End).ToList();
        return own.Count > 0 && own.MinBy(m => Distance(m.Span, number)).Goal;
    }

    /// <summary>
    /// The part of a text that gives today's value when a later clause gives the goal ("300, а хотим 500 к июню": "300",
    /// then "хотим 500 к июню"), or null when the text is not so shaped. A goal clause that does not say what it counts
    /// (<paramref name="namesMetric"/>) takes the words after today's number: "300 заказов в месяц, а хотим 480 к июню"
    /// gives the goal "хотим 480 заказов в месяц к июню".
    /// </summary>
    public static (string Today, string Goal)? Split(string text, DateOnly today, Func<string, bool> namesMetric)
    {
        var normalized = GoalText.Normalize(text);
        if (FirstNumber(normalized, Markers(text, normalized, today)) is not { } number)
        {
            return null;
        }

        var clause = ClauseOf(normalized, number);
        if (clause.End >= normalized.Length)
        {
            return null;
        }

        var first = text[..clause.End].Trim();
        var rest = text[clause.End..].TrimStart(' ', ',', ';', '.', '!', '?');
        rest = SmartWords.BaselineClause.Match(GoalText.Normalize(rest)) is { Success: true, Index: 0 } word ? rest[word.Length..].TrimStart() : rest;
        if (IsTarget(first, today) || !rest.Any(char.IsAsciiDigit) || !IsTarget(rest, today))
        {
            return null;
        }

        var counted = text[number.End..clause.End].Trim();
        var restNormalized = GoalText.Normalize(rest);
        if (!namesMetric(rest) && counted.Length > 0 && FirstNumber(restNormalized, Markers(rest, restNormalized, today)) is { } target)
        {
            rest = $"{rest[..target.End]} {counted}{rest[target.End..]}";
        }

        return (first, rest);
    }

    private static List<(TextSpan Span, bool Goal)> Markers(string text, string normalized, DateOnly today)
    {
        var neutral = SmartWords.BaselineNot.Matches(normalized).Select(m => new TextSpan(m.Index, m.Index + m.Length)).ToList();
        var markers = new List<(TextSpan Span, bool Goal)>();
        foreach (Match match in SmartWords.BaselineGoal.Matches(normalized))
        {
            var span = new TextSpan(match.Index, match.Index + match.Length);
            if (!span.OverlapsAny(neutral) && !SmartWords.BaselinePast.IsMatch(normalized[..match.Index]))
            {
                markers.Add((span, true));
            }
        }

        Add(markers, SmartWords.BaselineChange, normalized, goal: true);
        Add(markers, SmartWords.Multiplier, normalized, goal: true);
        Add(markers, SmartWords.BaselineNow, normalized, goal: false);
        foreach (var time in DeadlineParser.FindAll(text, today))
        {
            var words = normalized[time.Span.Start..time.Span.End];
            if (time.Deadline is { HasPassed: false }
                && (SmartWords.BaselineBy.IsMatch(words) || (SmartWords.BaselineByNumber.IsMatch(words) && words.Any(char.IsAsciiDigit))))
            {
                markers.Add((time.Span, true));
            }
        }

        return markers;
    }

    // The clause around the number: from the last comma, stop or clause word before it to the first one after it.
    private static TextSpan ClauseOf(string text, TextSpan number)
    {
        var breaks = new List<TextSpan>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is ',' or ';' or '!' or '?' or '\n' || (text[i] == '.' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]))))
            {
                if (!(text[i] == ',' && i > 0 && i + 1 < text.Length && char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i + 1])))
                {
                    breaks.Add(new TextSpan(i, i + 1));
                }
            }
        }

        breaks.AddRange(SmartWords.BaselineClause.Matches(text).Select(m => new TextSpan(m.Index, m.Index + m.Length)));
        var start = breaks.Where(b => b.End <= number.Start).Select(b => b.End).DefaultIfEmpty(0).Max();
        var end = breaks.Where(b => b.Start >= number.End).Select(b => b.Start).DefaultIfEmpty(text.Length).Min();
        return new TextSpan(start, end);
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
