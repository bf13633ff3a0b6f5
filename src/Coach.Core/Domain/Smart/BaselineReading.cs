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
        var clause = ClauseOf(normalized, number, markers);
        var own = markers.Where(m => m.Span.Start >= clause.Start && m.Span.End <= clause.End).ToList();
        return own.Count > 0 && own.MinBy(m => Distance(m.Span, number)).Goal;
    }

    /// <summary>
    /// Today's value and the goal when the text gives both in clauses of their own ("300, а хотим 500 к июню",
    /// "300 хотим 500", "хотим 500, а сейчас 300"), or null when it is not so shaped. A goal clause that does not say
    /// what it counts (<paramref name="namesMetric"/>) takes the thing today's number counts: "300 заказов в месяц, а
    /// хотим 480 к июню" gives the goal "хотим 480 заказов к июню".
    /// </summary>
    public static (string Today, string Goal)? Split(string text, DateOnly today, Func<string, bool> namesMetric)
    {
        var normalized = GoalText.Normalize(text);
        var markers = Markers(text, normalized, today);
        if (FirstNumber(normalized, markers) is not { } number)
        {
            return null;
        }

        var clause = ClauseOf(normalized, number, markers);
        if (clause.End >= normalized.Length)
        {
            return null;
        }

        var first = text[..clause.End].Trim().TrimEnd('—', '–', '-', ' ');
        var rest = text[clause.End..].TrimStart(' ', ',', ';', '.', '!', '?', '—', '-', '(');
        rest = SmartWords.BaselineClause.Match(GoalText.Normalize(rest)) is { Success: true, Index: 0 } word ? rest[word.Length..].TrimStart() : rest;
        rest = rest.TrimEnd(')', ' ');
        if (!rest.Any(char.IsAsciiDigit))
        {
            return null;
        }

        // Today's value first, or the goal first and today's value after it: "хотим 500, а сейчас 300".
        var (firstIsGoal, restIsGoal) = (IsTarget(first, today), IsTarget(rest, today));
        if (firstIsGoal == restIsGoal || (firstIsGoal && !SmartWords.BaselineNow.IsMatch(GoalText.Normalize(rest))))
        {
            return null;
        }

        var (todayPart, goalPart) = firstIsGoal ? (rest, first) : (first, rest);
        return (todayPart, namesMetric(goalPart) ? goalPart : WithCounted(goalPart, Counted(todayPart, namesMetric), today));
    }

    // What today's number counts, as typed: the fewest words after it that name a metric ("заказов" of "300 заказов в
    // месяц", "новых клиентов"), or null.
    private static string? Counted(string today, Func<string, bool> namesMetric)
    {
        if (Parsing.NumberParser.FindAll(today) is not [var number, ..])
        {
            return null;
        }

        var words = today[(number.Start + number.Length)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var count = 1; count <= Math.Min(3, words.Length); count++)
        {
            var candidate = string.Join(' ', words[..count]).TrimEnd(',', '.', ';');
            if (namesMetric(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    // The counted thing put right after the goal's number and its scale ("хотим 480 к июню" → "хотим 480 заказов к июню").
    private static string WithCounted(string goal, string? counted, DateOnly today)
    {
        // The first number that is neither in today's words nor in a date ("к 1 июня").
        var normalized = GoalText.Normalize(goal);
        var outside = Markers(goal, normalized, today).Where(m => !m.Goal).Select(m => m.Span)
            .Concat(DeadlineParser.FindAll(goal, today).Select(t => t.Span)).ToList();
        var target = Parsing.NumberParser.FindAll(goal).FirstOrDefault(n => !outside.Any(span => span.Start <= n.Start && n.Start < span.End));
        if (counted is null || target.Length == 0)
        {
            return goal;
        }

        var end = target.Start + target.Length;
        return $"{goal[..end]} {counted}{goal[end..]}";
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

    // The clause around the number: from the last comma, stop or clause word before it to the first one after it, or to
    // a goal word after it that has a number of its own after it ("300 хотим 500": the goal starts at "хотим").
    private static TextSpan ClauseOf(string text, TextSpan number, List<(TextSpan Span, bool Goal)> markers)
    {
        var breaks = new List<TextSpan>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is ',' or ';' or '!' or '?' or '\n' or '(' || (text[i] == '.' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]))))
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
        foreach (var (span, goal) in markers.Where(m => m.Goal && m.Span.Start >= number.End && m.Span.Start < end).OrderBy(m => m.Span.Start))
        {
            if (FirstNumber(text[..end], markers, span.End) is not null)
            {
                return new TextSpan(start, span.Start);
            }
        }

        return new TextSpan(start, end);
    }

    private static void Add(List<(TextSpan, bool)> markers, Regex pattern, string text, bool goal)
    {
        foreach (Match match in pattern.Matches(text))
        {
            markers.Add((new TextSpan(match.Index, match.Index + match.Length), goal));
        }
    }

    // The first number outside a marker (a deadline's "1 июня", a change's "на 20%" are not the answer's number), from
    // the index "from" on.
    private static TextSpan? FirstNumber(string text, List<(TextSpan Span, bool Goal)> markers, int from = 0)
    {
        foreach (var number in Parsing.NumberParser.FindAll(text))
        {
            if (number.Start >= from && !markers.Any(m => m.Span.Start <= number.Start && number.Start < m.Span.End))
            {
                return new TextSpan(number.Start, number.Start + number.Length);
            }
        }

        return null;
    }

    // Characters between the marker and the number; a marker before the number wins a tie ("сейчас 300 хотим").
    private static int Distance(TextSpan marker, TextSpan number) =>
        marker.End <= number.Start ? 2 * (number.Start - marker.End)
        : marker.Start >= number.End ? 2 * (marker.Start - number.End) + 1
        : 0;
}
