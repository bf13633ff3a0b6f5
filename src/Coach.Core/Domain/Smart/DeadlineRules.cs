using System.Globalization;
using System.Text.RegularExpressions;
using Coach.Core.Domain.Words;
using Coach.Core.Parsing;
using When = Coach.Core.Domain.Smart.DeadlineParser.When;

namespace Coach.Core.Domain.Smart;

/// <summary>
/// The patterns <see cref="DeadlineParser"/> tries, each with the way it resolves; the text is already normalised. The
/// grammar (a preposition, maybe an edge such as "the end of", a month, maybe a year) is here; every word it is made of
/// comes from the "deadline" section of <c>Domain/Smart/Words/{language}.json</c>, and each language gets the same rules
/// built from its own words, so a third language is a word file.
/// </summary>
internal static class DeadlineRules
{
    public static IReadOnlyList<(Regex Pattern, Func<Match, DateOnly, When?> Resolve)> All { get; } = Build();

    private static List<(Regex, Func<Match, DateOnly, When?>)> Build()
    {
        var languages = SmartWords.Deadlines;
        var rules = new List<(Regex, Func<Match, DateOnly, When?>)>();
        foreach (var w in languages)
        {
            rules.AddRange(Durations(w));
        }

        foreach (var w in languages)
        {
            rules.AddRange(Dates(w));
        }

        foreach (var w in languages)
        {
            rules.AddRange(Periods(w));
        }

        foreach (var w in languages)
        {
            rules.AddRange(Relative(w));
        }

        // Named days of the vocabulary: "к Черной пятнице", "by Black Friday", "к Новому году", "by Christmas".
        string prepositions = Alt(languages.SelectMany(w => w.By.Concat(w.Start)));
        string articles = Optional(languages.SelectMany(w => w.Articles));
        var start = languages.SelectMany(w => w.Start).Distinct().ToList();
        rules.AddRange(SmartWords.Holidays.Select(h => (Rx($@"(?:\b(?<p>{prepositions})\s+)?{articles}{h.Pattern}"), Holiday(h.Rule, start))));
        return rules;
    }

    // "за 3 месяца", "within the next 6 weeks", "через полгода", "3 months from now".
    private static IEnumerable<(Regex, Func<Match, DateOnly, When?>)> Durations(SmartWords.DeadlineWords w)
    {
        var halves = Keyed(w.Halves, "half");
        var units = Keyed(w.Units, "unit");
        string amount = GoalText.AmountPattern;
        yield return (Rx($@"\b(?:{Alt(w.Within)})\s+(?:{halves.Pattern}|(?:(?<n>{amount})[\s-]*)?(?<u>{units.Pattern}))(?!\w)"), (m, _) => Span(m, w, halves, units));
        if (w.FromNow.Count > 0)
        {
            yield return (Rx($@"\b(?<n>{amount})\s+(?<u>{units.Pattern})\s+(?:{Alt(w.FromNow)})(?!\w)"), (m, _) => Span(m, w, halves, units));
        }
    }

    // "2026-09-01", "01.09.2026", "к 5 марта", "by March 5th", "the 5th of March, 2027".
    private static IEnumerable<(Regex, Func<Match, DateOnly, When?>)> Dates(SmartWords.DeadlineWords w)
    {
        string prep = $@"(?:\b(?<p>{Alt(w.By.Concat(w.Start))})\s+)?";
        yield return (Rx($@"{prep}\b(?<y>[0-9]{{4}})-(?<m>[0-9]{{1,2}})-(?<d>[0-9]{{1,2}})(?![0-9])"), (m, _) => NumericDate(m, w));
        yield return (Rx($@"{prep}\b(?<d>[0-9]{{1,2}})\.(?<m>[0-9]{{1,2}})\.(?<y>[0-9]{{4}}|[0-9]{{2}})(?![0-9])"), (m, _) => NumericDate(m, w));

        var months = Keyed(Merge(w.Months, w.MonthsShort), "month");
        string suffix = w.DaySuffixes.Count == 0 ? "" : $"(?:{Alt(w.DaySuffixes)})?";
        string dayFirst = $@"(?<d>[0-9]{{1,2}}){suffix}\s+{Optional(w.DayOf)}{months.Pattern}\.?";
        string monthFirst = w.MonthFirst ? $@"{months.Pattern}\.?\s+(?<d>[0-9]{{1,2}}){suffix}|" : "";
        yield return (Rx($@"{prep}{Optional(w.Articles)}\b(?:{monthFirst}{dayFirst})(?:,?\s+{Year(w)})?(?!\w)"), (m, today) => DayOfMonth(m, today, w, months));
    }

    // Months, years, quarters, half-years and seasons.
    private static IEnumerable<(Regex, Func<Match, DateOnly, When?>)> Periods(SmartWords.DeadlineWords w)
    {
        string edge = $@"(?:(?<edge_end>{Alt(w.End)})|(?<edge_start>{Alt(w.StartEdge)}))";
        var months = Keyed(w.Months, "month");
        yield return (Rx($@"\b(?<p>{Alt(w.MonthPrepositions)})\s+(?:{edge}\s+)?{months.Pattern}(?:\s+{Year(w)})?(?!\w)"), (m, today) => WholeMonth(m, today, w, months));

        string years = Alt(w.YearPrepositions);
        yield return (w.YearNeedsWord
            ? Rx($@"\b(?:(?<p>{years})\s+)?(?:{edge}\s+)?(?<y>20[0-9]{{2}})(?:{Alt(w.YearSuffixes)})?\s*(?:{Alt(w.YearWords)})(?!\w)")
            : Rx($@"\b(?<p>{years})\s+(?:{edge}\s+)?(?<y>20[0-9]{{2}})(?![0-9]|[.,][0-9]|\s*%|\s*k\b{(w.YearNotFollowedBy.Count == 0 ? "" : $@"|\s+(?:{Alt(w.YearNotFollowedBy)})(?!\w)")})"),
            (m, _) => WholeYear(m, w));

        var quarters = Keyed(w.Quarters, "quarter");
        string letters = w.QuarterLetters.Count == 0 ? "" : $@"{Optional(w.Articles)}(?:{Alt(w.QuarterLetters)})(?<qd>[1-4])|(?<qd>[1-4])(?:{Alt(w.QuarterLetters)})|";
        string suffix = w.OrdinalSuffixes.Count == 0 ? "" : $"(?:{Alt(w.OrdinalSuffixes)})?";
        string of = Optional(w.DayOf);
        yield return (
            Rx($@"\b(?:(?<p>{Alt(w.QuarterPrepositions)})\s+)?(?:{edge}\s+{of})?(?:{letters}{Optional(w.Articles)}{quarters.Pattern}{suffix}\s+(?:{Alt(w.QuarterWords)}))(?:\s+{of}{Year(w)})?(?!\w)"),
            (m, today) => Quarter(m, today, quarters));

        var halfYears = Keyed(w.HalfYears, "half_year");
        yield return (
            Rx($@"\b(?:(?:{Alt(w.HalfYearPrepositions)})\s+)?(?:(?:{Alt(w.End)})\s+)?{halfYears.Pattern}(?:\s+{Year(w)})?(?!\w)"),
            (m, today) => HalfYear(m, today, halfYears));

        var by = Keyed(w.Seasons.ToDictionary(s => s.Key, s => s.Value.By), "season_by");
        var during = Keyed(w.Seasons.ToDictionary(s => s.Key, s => s.Value.In), "season_in");
        string before = $"(?:{Alt(w.SeasonInBefore)})\\s+";
        yield return (
            Rx($@"\b(?:(?<p>{Alt(w.Before)})\s+{Optional(w.Articles)}(?:(?<edge_end>{Alt(w.SeasonEnd)})\s+)?{by.Pattern}|{(w.SeasonInNeedsWord ? before : $"(?:{before})?")}{during.Pattern})(?!\w)"),
            (m, today) => Season(m, today, by, during));
    }

    // "в этом году", "by the end of next quarter", "на следующей неделе", "by next week"…
    private static IEnumerable<(Regex, Func<Match, DateOnly, When?>)> Relative(SmartWords.DeadlineWords w)
    {
        foreach (var (kind, phrases) in w.Relative.Where(r => r.Value.Count > 0))
        {
            Func<DateOnly, DateOnly> date = kind switch
            {
                "year_end" => t => EndOfMonth(t.Year, 12),
                "next_year_end" => t => EndOfMonth(t.Year + 1, 12),
                "quarter_end" => t => QuarterEnd(t, 0),
                "next_quarter_end" => t => QuarterEnd(t, 1),
                "month_end" => t => EndOfMonth(t.Year, t.Month),
                "next_month_end" => t => EndOfMonth(t.AddMonths(1).Year, t.AddMonths(1).Month),
                "week_end" => t => t.AddDays((7 - (int)t.DayOfWeek) % 7),
                "half_end" => t => EndOfMonth(t.Year, t.Month <= 6 ? 6 : 12),
                // "By next week" is before it starts (its Monday); "next week" and its end are its Sunday.
                "next_monday" => NextMonday,
                "next_week_end" => t => NextMonday(t).AddDays(6),
                _ => throw new InvalidOperationException($"Unknown relative deadline '{kind}' in a word file."),
            };
            yield return (Rx(PhrasePattern.Source(phrases)), (_, today) => When.On(date(today)));
        }
    }

    /// <summary>An alternation of named groups, one per key ("month3": the words of March), to tell which key matched.</summary>
    private sealed record KeyedWords(string Pattern, IReadOnlyList<(string Group, string Key)> Groups)
    {
        public string? Matched(Match m) => Groups.FirstOrDefault(g => m.Groups[g.Group].Success).Key;
    }

    private static KeyedWords Keyed(IReadOnlyDictionary<string, List<string>> words, string prefix)
    {
        var groups = words.Where(w => w.Value.Count > 0)
            .Select((w, i) => (Group: $"{prefix}{i}", w.Key, Words: w.Value))
            .ToList();
        // Longest words first across keys, so "мая" is not cut to a shorter word of another key.
        var ordered = groups.SelectMany(g => g.Words.Select(word => (g.Group, Word: word)))
            .OrderByDescending(x => x.Word.Split(' ').Length).ThenByDescending(x => x.Word.Length);
        string pattern = groups.Count == 0 ? "(?!)" : $"(?:{string.Join("|", ordered.Select(x => $"(?<{x.Group}>{PhrasePattern.Body(x.Word)})"))})";
        return new KeyedWords(pattern, groups.Select(g => (g.Group, g.Key)).ToList());
    }

    private static Dictionary<string, List<string>> Merge(Dictionary<string, List<string>> a, Dictionary<string, List<string>> b) =>
        a.Keys.Union(b.Keys).ToDictionary(k => k, k => a.GetValueOrDefault(k, []).Concat(b.GetValueOrDefault(k, [])).ToList());

    // The phrases as one alternation, longest first, without word boundaries (the rules place them).
    private static string Alt(IEnumerable<string> phrases)
    {
        var bodies = PhrasePattern.Ordered(phrases.Distinct()).Select(PhrasePattern.Body).ToList();
        return bodies.Count == 0 ? "(?!)" : string.Join("|", bodies);
    }

    // Words that may stand before what follows ("the"), or nothing when the language has none.
    private static string Optional(IEnumerable<string> words)
    {
        var list = words.Distinct().ToList();
        return list.Count == 0 ? "" : $@"(?:(?:{Alt(list)})\s+)?";
    }

    private static string Year(SmartWords.DeadlineWords w) =>
        $@"(?<y>20[0-9]{{2}})" + (w.YearWords.Count == 0 ? "" : $@"(?:\s*(?:{Alt(w.YearWords)}))?");

    // Whole-word matchers of the word lists the resolvers test ("к" is a "before" preposition), built once per list: the
    // resolvers run for every deadline of every goal.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<List<string>, Regex> Matchers = new(ReferenceEqualityComparer.Instance);

    private static bool In(string word, List<string> phrases) =>
        word.Length > 0 && Matchers.GetOrAdd(phrases, list => Rx($"^(?:{Alt(list)})$")).IsMatch(word);

    private static DateOnly NextMonday(DateOnly today) => today.AddDays(8 - (today.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)today.DayOfWeek));

    private static Func<Match, DateOnly, When?> Holiday(string rule, List<string> start) =>
        (m, today) => Upcoming(today, year => HolidayDate(rule, year)) is { } date ? StartOr(m, When.On(date), start) : null;

    // "12-25" is a day of the year; Black Friday follows the fourth Thursday of November, Cyber Monday is three days later.
    private static DateOnly? HolidayDate(string rule, int year)
    {
        if (rule is "black_friday" or "cyber_monday")
        {
            var first = new DateOnly(year, 11, 1);
            var thanksgiving = first.AddDays((((int)DayOfWeek.Thursday - (int)first.DayOfWeek + 7) % 7) + 21);
            return thanksgiving.AddDays(rule == "black_friday" ? 1 : 4);
        }

        var parts = rule.Split('-');
        return parts.Length == 2 && int.TryParse(parts[0], out int month) && int.TryParse(parts[1], out int day) ? Date(year, month, day) : null;
    }

    private static Regex Rx(string pattern) => new(pattern, RegexOptions.CultureInvariant);

    private static When? Span(Match m, SmartWords.DeadlineWords w, KeyedWords halves, KeyedWords units)
    {
        if (halves.Matched(m) is { } half)
        {
            return When.For(decimal.Parse(half, CultureInfo.InvariantCulture), Period.Month);
        }

        string unit = m.Groups["u"].Value;
        decimal amount = 1m;
        if (m.Groups["n"].Success ? !GoalText.TryAmount(m.Groups["n"].Value, out amount) : In(unit, w.Plural))
        {
            return null; // "in months", "over the coming weeks": no number, no deadline.
        }

        return When.For(amount, Enum.Parse<Period>(units.Matched(m)!, ignoreCase: true));
    }

    private static When? NumericDate(Match m, SmartWords.DeadlineWords w)
    {
        int year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        return Date(year < 100 ? 2000 + year : year, int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture)) is { } date
            ? StartOr(m, When.On(date), w.Start)
            : null;
    }

    private static When? DayOfMonth(Match m, DateOnly today, SmartWords.DeadlineWords w, KeyedWords months)
    {
        if (!m.Groups["p"].Success && m.Value.Split(' ', '.', ',').Any(word => In(word, w.NeedsPreposition)))
        {
            return null; // "we may 2x sales": the modal verb, not the month.
        }

        int month = int.Parse(months.Matched(m)!, CultureInfo.InvariantCulture), day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        var date = m.Groups["y"].Success ? Date(int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture), month, day) : Upcoming(today, y => Date(y, month, day));
        return date is { } d ? StartOr(m, When.On(d), w.Start) : null;
    }

    private static When? WholeMonth(Match m, DateOnly today, SmartWords.DeadlineWords w, KeyedWords months)
    {
        int month = int.Parse(months.Matched(m)!, CultureInfo.InvariantCulture);
        bool first = FirstDay(m, w);
        Func<int, DateOnly?> inYear = y => first ? new DateOnly(y, month, 1) : EndOfMonth(y, month);
        var date = m.Groups["y"].Success ? inYear(int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture)) : Upcoming(today, inYear);
        return StartOr(m, When.On(date!.Value), w.Start);
    }

    private static When? WholeYear(Match m, SmartWords.DeadlineWords w)
    {
        int year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        return StartOr(m, When.On(FirstDay(m, w) ? new DateOnly(year, 1, 1) : EndOfMonth(year, 12)), w.Start);
    }

    // "к июню", "by 2027", "с начала марта": the first day; "в июне", "к концу марта", "in 2027": the last.
    private static bool FirstDay(Match m, SmartWords.DeadlineWords w) =>
        m.Groups["edge_end"].Success ? false : m.Groups["edge_start"].Success || In(m.Groups["p"].Value, w.Before);

    private static When? Quarter(Match m, DateOnly today, KeyedWords quarters)
    {
        int quarter = int.Parse(m.Groups["qd"].Success ? m.Groups["qd"].Value : quarters.Matched(m)!, CultureInfo.InvariantCulture);
        bool first = m.Groups["edge_start"].Success;
        Func<int, DateOnly?> inYear = y => first ? new DateOnly(y, (quarter * 3) - 2, 1) : EndOfMonth(y, quarter * 3);
        var date = m.Groups["y"].Success ? inYear(int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture)) : Upcoming(today, inYear);
        return When.On(date!.Value);
    }

    private static When? HalfYear(Match m, DateOnly today, KeyedWords halfYears)
    {
        int month = halfYears.Matched(m) == "1" ? 6 : 12;
        return When.On(m.Groups["y"].Success ? EndOfMonth(int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture), month) : Upcoming(today, y => EndOfMonth(y, month))!.Value);
    }

    // Seasons start in March, June, September and December; winter ends in the next year's February.
    private static When? Season(Match m, DateOnly today, KeyedWords by, KeyedWords during)
    {
        int start = int.Parse(by.Matched(m) ?? during.Matched(m)!, CultureInfo.InvariantCulture);
        bool first = m.Groups["p"].Success && !m.Groups["edge_end"].Success;
        Func<int, DateOnly?> inYear = y => first ? new DateOnly(y, start, 1) : EndOfMonth(y + ((start + 1) / 12), ((start + 1) % 12) + 1);
        return When.On(Upcoming(today, inYear)!.Value);
    }

    private static When StartOr(Match m, When when, List<string> start) => In(m.Groups["p"].Value, start) ? When.Start : when;

    /// <summary>The first of last year's, this year's or next year's date that is not before today.</summary>
    private static DateOnly? Upcoming(DateOnly today, Func<int, DateOnly?> inYear) =>
        new[] { today.Year - 1, today.Year, today.Year + 1, today.Year + 4 }.Select(inYear).FirstOrDefault(d => d >= today);

    private static DateOnly? Date(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    private static DateOnly EndOfMonth(int year, int month) => new(year, month, DateTime.DaysInMonth(year, month));

    private static DateOnly QuarterEnd(DateOnly today, int quartersAhead)
    {
        var month = new DateOnly(today.Year, ((today.Month - 1) / 3 * 3) + 1, 1).AddMonths(3 * quartersAhead);
        return EndOfMonth(month.AddMonths(2).Year, month.AddMonths(2).Month);
    }
}
