using System.Text.RegularExpressions;
using Coach.Core.Parsing;

namespace Coach.Core.Domain.Smart;

/// <summary>A time expression inside a goal: where it is and the deadline it names (null for a start, "с 1 марта").</summary>
internal readonly record struct TimeExpression(TextSpan Span, GoalDeadline? Deadline);

/// <summary>
/// Finds a goal's deadline in Russian or English and resolves it against a given today, so the answer is
/// deterministic. Durations: "за три месяца", "в течение полугода", "через 2 недели", "in 6 weeks", "within a year",
/// "over the next two quarters", "3 months from now". Dates: "до 1 марта", "к 15 мая 2027 года", "до 31.12.2026",
/// "by March 1", "by the 1st of March", "by 2027-06-30". Months and seasons: "до марта", "в мае", "к концу апреля",
/// "к лету", "by the end of April 2027", "this summer". Periods: "в этом году", "к концу года", "в 2027 году",
/// "до конца квартала", "в следующем месяце", "во втором квартале", "в первом полугодии", "this year", "by Q2",
/// "in H2", "next quarter", "by the end of the month", "by next week" (its Monday), "next week" (its Sunday).
/// Named days from the vocabulary (<c>Domain/Smart/Words</c>): "к Черной пятнице", "by Black Friday", "к Новому году",
/// "by Christmas", "ко Дню знаний", "by Valentine's Day" — the next such day from today on.
/// </summary>
/// <remarks>
/// Readings, chosen to be predictable rather than clever:
/// "до/к/by" + a month, season or year means its first day ("к лету" = 1 June, "by 2027" = 1 January 2027);
/// "в/in/during" or "к концу/by the end of" means its last day ("в мае" = 31 May, "в 2027 году" = 31 December 2027).
/// A quarter or half-year always means its last day ("by Q2" = 30 June), as business usage does.
/// A date without a year is the next such day from today on ("до 1 марта" said on 15 March → 1 March next year).
/// Rates are not deadlines ("100 заказов в месяц", "300 orders a month"), nor is a start ("с 1 марта", "from May").
/// Expressions never overlap: the earliest, then the longest, wins, so "за 2 квартала" is a duration of 6 months and
/// not the second quarter.
/// </remarks>
public static class DeadlineParser
{
    /// <summary>The first deadline in the text, or null.</summary>
    public static GoalDeadline? Parse(string? text, DateOnly today) =>
        FindAll(text, today).Select(e => e.Deadline).FirstOrDefault(d => d is not null);

    /// <summary>Every time expression, deadlines and starts alike, in text order; their numbers are not targets.</summary>
    internal static IReadOnlyList<TimeExpression> FindAll(string? text, DateOnly today)
    {
        string original = text ?? "";
        string s = GoalText.Normalize(original);
        var candidates = new List<(TextSpan Span, When When, int Rule)>();
        for (int r = 0; r < DeadlineRules.All.Count; r++)
        {
            var (pattern, resolve) = DeadlineRules.All[r];
            foreach (Match match in pattern.Matches(s))
            {
                if (match.Length > 0 && resolve(match, today) is { } when)
                {
                    candidates.Add((new TextSpan(match.Index, match.Index + match.Length), when, r));
                }
            }
        }

        var taken = new List<TimeExpression>();
        foreach (var (span, when, _) in candidates.OrderBy(c => c.Span.Start).ThenByDescending(c => c.Span.End).ThenBy(c => c.Rule))
        {
            if (!taken.Any(t => t.Span.Overlaps(span)))
            {
                taken.Add(new TimeExpression(span, Build(when, GoalText.Quote(original, span), today)));
            }
        }

        return taken;
    }

    /// <summary>Whole calendar months from today until the date, rounded up, at least 1; 0 when the date is past.</summary>
    public static int MonthsUntil(DateOnly today, DateOnly date)
    {
        if (date < today)
        {
            return 0;
        }

        int months = ((date.Year - today.Year) * 12) + date.Month - today.Month;
        if (today.AddMonths(months) < date)
        {
            months++;
        }

        return Math.Max(months, 1);
    }

    private static GoalDeadline? Build(When when, string matched, DateOnly today)
    {
        if (when.IsStart)
        {
            return null;
        }

        if (when.Date is { } date)
        {
            return new GoalDeadline(date, null, matched) { Due = date, HorizonMonths = MonthsUntil(today, date) };
        }

        var (months, due) = Duration(when.Amount, when.Unit, today);
        return new GoalDeadline(null, months, matched) { Due = due, HorizonMonths = months };
    }

    // Days and weeks count 30 days to the month, rounded up: "in 6 weeks" is 42 days, so 2 months.
    private static (int Months, DateOnly Due) Duration(decimal amount, Period unit, DateOnly today)
    {
        if (unit is Period.Day or Period.Week)
        {
            decimal days = unit == Period.Day ? amount : amount * 7m;
            return ((int)Math.Ceiling(days / 30m), today.AddDays((int)Math.Ceiling(days)));
        }

        decimal months = unit switch { Period.Quarter => amount * 3m, Period.Year => amount * 12m, _ => amount };
        var due = months == decimal.Truncate(months) ? today.AddMonths((int)months) : today.AddDays((int)Math.Ceiling(months * 30m));
        return ((int)Math.Ceiling(months), due);
    }

    /// <summary>What a rule read: a day, a duration, or a start that is no deadline.</summary>
    internal readonly record struct When(DateOnly? Date, decimal Amount, Period Unit, bool IsStart)
    {
        public static When On(DateOnly date) => new(date, 0m, Period.Day, false);

        public static When Start => new(null, 0m, Period.Day, true);

        /// <summary>A duration, or null when it is zero or longer than a hundred years (a typo, not a plan).</summary>
        public static When? For(decimal amount, Period unit)
        {
            decimal months = amount * unit switch { Period.Day => 1m / 30m, Period.Week => 7m / 30m, Period.Quarter => 3m, Period.Year => 12m, _ => 1m };
            return amount > 0 && months <= 1200m ? new When(null, amount, unit, false) : null;
        }
    }
}
