using System.Text.RegularExpressions;
using Coach.Core.Parsing;
using When = Coach.Core.Domain.Smart.DeadlineParser.When;

namespace Coach.Core.Domain.Smart;

/// <summary>The patterns <see cref="DeadlineParser"/> tries, each with the way it resolves; the text is already normalised.</summary>
internal static class DeadlineRules
{
    private const string MonthRu = "январ[ьяею]|феврал[ьяею]|март[аеу]?|апрел[ьяею]|ма[йяею]|июн[ьяею]|июл[ьяею]|август[аеу]?|сентябр[ьяею]|октябр[ьяею]|ноябр[ьяею]|декабр[ьяею]";
    private const string MonthEn = "january|february|march|april|may|june|july|august|september|october|november|december";
    private const string MonthEnShort = MonthEn + "|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec";
    private const string YearRu = @"(?<y>20[0-9]{2})(?:\s*(?:года|году|год|г\.?))?";
    private const string StartPrep = @"с|со|от|from|since|starting(?:\s+from)?";
    private const string Prep = @"до|к|ко|по|не\s+позднее|не\s+позже|by|before|until|till|on|no\s+later\s+than|" + StartPrep;
    private const string UnitRu = @"дн(?:я|ей)|день|сутки|недел[юяи]|недель|нед\.?|месяц(?:а|ев)?|мес\.?|квартал(?:а|ов)?|года|год|лет";
    private const string UnitEn = @"days?|weeks?|wks?|months?|mos?|quarters?|years?|yrs?";
    private const string ByEnd = @"(?:(?:by|before|until|till|at|to)\s+)?(?:the\s+)?end\s+of\s+";
    private const string ToEndRu = @"(?:до|к|ко)\s+(?:конц[ау]|исходу)\s+";

    public static IReadOnlyList<(Regex Pattern, Func<Match, DateOnly, When?> Resolve)> All { get; } =
    [
        // Durations.
        (Rx($@"\b(?:за|через|в\s+течени[еи]|(?:в|за|на)\s+(?:ближайш|следующ)(?:ие|ий|ую|ее)|на\s+протяжении|в\s+пределах)\s+(?:(?<half>пол\s*года|полугод(?:а|ие|ия)|пол\s*месяца)|(?:(?<n>{GoalText.AmountPattern})\s*)?(?<u>{UnitRu}))(?!\w)"), Span),
        (Rx($@"\b(?:in|within|over|during|for|after)(?:\s+the)?(?:\s+(?:next|coming|following))?\s+(?:(?<half>half\s+a\s+year|a\s+half[- ]year|half\s+a\s+month)|(?:(?<n>{GoalText.AmountPattern})[\s-]*)?(?<u>{UnitEn}))\b"), Span),
        (Rx($@"\b(?<n>{GoalText.AmountPattern})\s+(?<u>{UnitEn})\s+from\s+now\b"), Span),

        // Calendar dates.
        (Rx($@"(?:\b(?<p>{Prep})\s+)?\b(?<y>[0-9]{{4}})-(?<m>[0-9]{{1,2}})-(?<d>[0-9]{{1,2}})(?![0-9])"), NumericDate),
        (Rx($@"(?:\b(?<p>{Prep})\s+)?\b(?<d>[0-9]{{1,2}})\.(?<m>[0-9]{{1,2}})\.(?<y>[0-9]{{4}}|[0-9]{{2}})(?![0-9])"), NumericDate),
        (Rx($@"(?:\b(?<p>{Prep})\s+)?\b(?<d>[0-9]{{1,2}})(?:-?(?:го|е|ое))?\s+(?<mon>{MonthRu})(?:\s+{YearRu})?(?!\w)"), DayOfMonth),
        (Rx($@"(?:\b(?<p>{Prep})\s+)?(?:the\s+)?\b(?:(?<mon>{MonthEnShort})\.?\s+(?<d>[0-9]{{1,2}})(?:st|nd|rd|th)?|(?<d>[0-9]{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<mon>{MonthEnShort})\.?)(?:,?\s+(?<y>20[0-9]{{2}}))?(?!\w)"), DayOfMonth),

        // Months, years, quarters, half-years, seasons.
        (Rx($@"\b(?<p>до|к|ко|в|во|по|с|со)\s+(?:(?<edge>конц[ауе]|начал[ауе])\s+)?(?<mon>{MonthRu})(?:\s+{YearRu})?(?!\w)"), WholeMonth),
        (Rx($@"\b(?<p>by|before|until|till|in|during|through|at|from|since)\s+(?:(?:the\s+)?(?<edge>end|beginning|start)\s+of\s+)?(?<mon>{MonthEn})(?:\s+(?<y>20[0-9]{{2}}))?\b"), WholeMonth),
        (Rx(@"\b(?:(?<p>в|во|к|ко|до|за|на|по|с|со)\s+)?(?:(?<edge>конц[ауе]|начал[ауе]|течение)\s+)?(?<y>20[0-9]{2})(?:-?(?:м|го|ом))?\s*(?:года|году|год|г\.?)(?!\w)"), WholeYear),
        (Rx(@"\b(?<p>in|by|during|before|until|till|for|through|throughout|from|since)\s+(?:(?:the\s+)?(?<edge>end|beginning|start)\s+of\s+)?(?<y>20[0-9]{2})(?![0-9]|[.,][0-9]|\s*%|\s*k\b|\s+(?:new\s+|more\s+)?(?:orders|sales|customers|clients|leads|followers|subscribers|visits|visitors|mentions|users|units|people)\b)"), WholeYear),
        (Rx(@"\b(?:(?<p>by|in|during|before|until|till|for|through|from|since|до|к|ко|в|во|по|с|со)\s+)?(?:(?:the\s+)?(?<edge>end|beginning|start|конц[ауе]|начал[ауе])\s+(?:of\s+)?)?(?:(?:the\s+)?q(?<q>[1-4])|(?<q>[1-4])q|(?:the\s+)?(?<q>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter|(?<q>[1-4]|iv|iii|ii|i|перв\w*|втор\w*|трет\w*|четверт\w*)(?:-?(?:м|й|го|ом|ий))?\s+квартал\w*)(?:\s+(?:of\s+)?(?<y>20[0-9]{2})(?:\s*(?:года|году|год|г\.?))?)?(?!\w)"), Quarter),
        (Rx(@"\b(?:(?:в|во|к|ко|до)\s+)?(?<h>перв|втор)\w*\s+полугоди\w*(?:\s+(?<y>20[0-9]{2})(?:\s*(?:года|году|год|г\.?))?)?(?!\w)"), HalfYear),
        (Rx(@"\b(?:(?:in|by|during|before|until|till)\s+)?(?:(?:the\s+)?end\s+of\s+)?(?:h(?<h>[12])|(?:the\s+)?(?<h>first|second)\s+half\s+of\s+(?:the\s+|this\s+)?year)(?:\s+(?<y>20[0-9]{2}))?\b"), HalfYear),
        (Rx(@"\b(?:(?<p>к|ко|до)\s+(?:(?<edge>конц[ау])\s+)?(?<s>весн[еыу]|лет[уа]|осен[иь]|зим[еыу])|(?:(?:этой|этим)\s+)?(?<s>весной|летом|осенью|зимой))(?!\w)"), Season),
        (Rx(@"\b(?:(?<p>by|before|until|till)\s+(?:the\s+)?(?:(?<edge>end)\s+of\s+(?:the\s+|this\s+)?)?(?<s>spring|summer|autumn|fall|winter)|(?:this|in|during|over)\s+(?:the\s+)?(?<s>spring|summer|autumn|fall|winter))\b"), Season),

        // Periods relative to today.
        (Rx($@"\b(?:в\s+(?:этом|текущем|нынешнем)\s+году|за\s+(?:этот|текущий)\s+год|(?:в\s+)?течение\s+(?:этого|текущего)\s+года|{ToEndRu}(?:этого\s+|текущего\s+)?года|в\s+конце\s+(?:этого\s+|текущего\s+)?года|к\s+новому\s+году|до\s+нового\s+года)(?!\w)"), Fixed(t => EndOfMonth(t.Year, 12))),
        (Rx($@"\b(?:this\s+year|(?:in|during)\s+the\s+current\s+year|{ByEnd}(?:the\s+|this\s+)?year|(?:by\s+)?(?:the\s+)?year[- ]end|by\s+(?:the\s+)?new\s+year|by\s+eoy)\b"), Fixed(t => EndOfMonth(t.Year, 12))),
        (Rx($@"\b(?:в\s+(?:следующем|будущем)\s+году|{ToEndRu}(?:следующего|будущего)\s+года|в\s+течение\s+(?:следующего|будущего)\s+года|{ByEnd}next\s+year|next\s+year)(?!\w)"), Fixed(t => EndOfMonth(t.Year + 1, 12))),
        (Rx($@"\b(?:в\s+(?:этом|текущем)\s+квартале|{ToEndRu}(?:этого\s+|текущего\s+)?квартала|за\s+(?:этот|текущий)\s+квартал|в\s+конце\s+(?:этого\s+)?квартала|this\s+quarter|(?:in\s+)?the\s+current\s+quarter|{ByEnd}(?:the\s+|this\s+)?quarter|(?:by\s+)?(?:the\s+)?quarter[- ]end|by\s+eoq)(?!\w)"), Fixed(t => QuarterEnd(t, 0))),
        (Rx($@"\b(?:в\s+следующем\s+квартале|{ToEndRu}следующего\s+квартала|{ByEnd}next\s+quarter|next\s+quarter)(?!\w)"), Fixed(t => QuarterEnd(t, 1))),
        (Rx($@"\b(?:в\s+(?:этом|текущем)\s+месяце|{ToEndRu}(?:этого\s+|текущего\s+)?месяца|за\s+(?:этот|текущий)\s+месяц|в\s+конце\s+(?:этого\s+)?месяца|this\s+month|{ByEnd}(?:the\s+|this\s+)?month|(?:by\s+)?(?:the\s+)?month[- ]end|by\s+eom)(?!\w)"), Fixed(t => EndOfMonth(t.Year, t.Month))),
        (Rx($@"\b(?:в\s+следующем\s+месяце|{ToEndRu}следующего\s+месяца|{ByEnd}next\s+month|next\s+month)(?!\w)"), Fixed(t => EndOfMonth(t.AddMonths(1).Year, t.AddMonths(1).Month))),
        (Rx($@"\b(?:на\s+(?:этой|текущей)\s+неделе|{ToEndRu}(?:этой\s+|текущей\s+)?недели|this\s+week|{ByEnd}(?:the\s+|this\s+)?week)(?!\w)"), Fixed(t => t.AddDays((7 - (int)t.DayOfWeek) % 7))),
        (Rx($@"\b{ToEndRu}(?:этого\s+|текущего\s+)?полугодия(?!\w)"), Fixed(t => EndOfMonth(t.Year, t.Month <= 6 ? 6 : 12))),

        // Next week: "by next week" is before it starts (its Monday), "next week" and its end are its Sunday.
        (Rx(@"\b(?:(?:к|ко|до)\s+следующей\s+недел[еи]|(?:by|before|until|till)\s+next\s+week)(?!\w)"), Fixed(t => NextMonday(t))),
        (Rx($@"\b(?:на\s+следующей\s+неделе|в\s+течение\s+следующей\s+недели|{ToEndRu}следующей\s+недели|в\s+конце\s+следующей\s+недели|{ByEnd}next\s+week|next\s+week)(?!\w)"), Fixed(t => NextMonday(t).AddDays(6))),

        // Named days of the vocabulary: "к Черной пятнице", "by Black Friday", "к Новому году", "by Christmas".
        .. SmartWords.Holidays.Select(h => (Rx($@"(?:\b(?<p>{Prep})\s+)?(?:the\s+)?{h.Pattern}"), Holiday(h.Rule))),
    ];

    private static DateOnly NextMonday(DateOnly today) => today.AddDays(8 - (today.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)today.DayOfWeek));

    private static Func<Match, DateOnly, When?> Holiday(string rule) =>
        (m, today) => Upcoming(today, year => HolidayDate(rule, year)) is { } date ? StartOr(m, When.On(date)) : null;

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

    private static Func<Match, DateOnly, When?> Fixed(Func<DateOnly, DateOnly> date) => (_, today) => When.On(date(today));

    private static When? Span(Match m, DateOnly today)
    {
        if (m.Groups["half"].Success)
        {
            return m.Groups["half"].Value.Contains("мес") || m.Groups["half"].Value.Contains("month")
                ? When.For(0.5m, Period.Month)
                : When.For(6m, Period.Month);
        }

        string unit = m.Groups["u"].Value;
        bool plural = unit.EndsWith('s') || unit is "месяцев" or "недель" or "дней" or "лет" or "кварталов";
        decimal amount = 1m;
        if (m.Groups["n"].Success ? !GoalText.TryAmount(m.Groups["n"].Value, out amount) : plural)
        {
            return null; // "in months", "over the coming weeks": no number, no deadline.
        }

        return When.For(amount, UnitOf(unit));
    }

    private static When? NumericDate(Match m, DateOnly today)
    {
        int year = int.Parse(m.Groups["y"].Value);
        return Date(year < 100 ? 2000 + year : year, int.Parse(m.Groups["m"].Value), int.Parse(m.Groups["d"].Value)) is { } date
            ? StartOr(m, When.On(date))
            : null;
    }

    private static When? DayOfMonth(Match m, DateOnly today)
    {
        string p = m.Groups["p"].Value;
        string mon = m.Groups["mon"].Value;
        if (mon.StartsWith("may") && p.Length == 0)
        {
            return null; // "we may 2x sales": the modal verb, not the month.
        }

        int month = MonthNumber(mon), day = int.Parse(m.Groups["d"].Value);
        var date = m.Groups["y"].Success ? Date(int.Parse(m.Groups["y"].Value), month, day) : Upcoming(today, y => Date(y, month, day));
        return date is { } d ? StartOr(m, When.On(d)) : null;
    }

    private static When? WholeMonth(Match m, DateOnly today)
    {
        int month = MonthNumber(m.Groups["mon"].Value);
        string p = m.Groups["p"].Value, edge = m.Groups["edge"].Value;
        bool first = edge.Length > 0 ? !IsEnd(edge) : p is "до" or "к" or "ко" or "by" or "before" or "until" or "till";
        Func<int, DateOnly?> inYear = y => first ? new DateOnly(y, month, 1) : EndOfMonth(y, month);
        var date = m.Groups["y"].Success ? inYear(int.Parse(m.Groups["y"].Value)) : Upcoming(today, inYear);
        return StartOr(m, When.On(date!.Value));
    }

    private static When? WholeYear(Match m, DateOnly today)
    {
        int year = int.Parse(m.Groups["y"].Value);
        string p = m.Groups["p"].Value, edge = m.Groups["edge"].Value;
        bool first = edge.Length > 0 ? edge.StartsWith("начал") || edge is "beginning" or "start"
            : p is "к" or "ко" or "до" or "by" or "before" or "until" or "till";
        return StartOr(m, When.On(first ? new DateOnly(year, 1, 1) : EndOfMonth(year, 12)));
    }

    private static When? Quarter(Match m, DateOnly today)
    {
        string q = m.Groups["q"].Value;
        int quarter = q switch
        {
            "1" or "i" or "first" or "1st" => 1,
            "2" or "ii" or "second" or "2nd" => 2,
            "3" or "iii" or "third" or "3rd" => 3,
            "4" or "iv" or "fourth" or "4th" => 4,
            _ when q.StartsWith("перв") => 1,
            _ when q.StartsWith("втор") => 2,
            _ when q.StartsWith("трет") => 3,
            _ => 4,
        };
        bool first = m.Groups["edge"].Success && !IsEnd(m.Groups["edge"].Value);
        Func<int, DateOnly?> inYear = y => first ? new DateOnly(y, (quarter * 3) - 2, 1) : EndOfMonth(y, quarter * 3);
        var date = m.Groups["y"].Success ? inYear(int.Parse(m.Groups["y"].Value)) : Upcoming(today, inYear);
        return StartOr(m, When.On(date!.Value));
    }

    private static When? HalfYear(Match m, DateOnly today)
    {
        int month = m.Groups["h"].Value is "1" or "first" or "перв" ? 6 : 12;
        return When.On(m.Groups["y"].Success ? EndOfMonth(int.Parse(m.Groups["y"].Value), month) : Upcoming(today, y => EndOfMonth(y, month))!.Value);
    }

    // Seasons start in March, June, September and December; winter ends in the next year's February.
    private static When? Season(Match m, DateOnly today)
    {
        string s = m.Groups["s"].Value;
        int start = s[..2] switch { "ве" or "sp" => 3, "ле" or "su" => 6, "ос" or "au" or "fa" => 9, _ => 12 };
        bool first = m.Groups["p"].Success && !m.Groups["edge"].Success;
        Func<int, DateOnly?> inYear = y => first ? new DateOnly(y, start, 1) : EndOfMonth(y + ((start + 1) / 12), ((start + 1) % 12) + 1);
        return When.On(Upcoming(today, inYear)!.Value);
    }

    private static When StartOr(Match m, When when) =>
        m.Groups["p"].Value is "с" or "со" or "от" or "from" or "since" || m.Groups["p"].Value.StartsWith("starting") ? When.Start : when;

    private static bool IsEnd(string edge) => edge.StartsWith("конц") || edge == "end";

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

    private static int MonthNumber(string name) => name.Length < 3 ? 5 : name[..3] switch
    {
        "янв" or "jan" => 1,
        "фев" or "feb" => 2,
        "мар" or "mar" => 3,
        "апр" or "apr" => 4,
        "июн" or "jun" => 6,
        "июл" or "jul" => 7,
        "авг" or "aug" => 8,
        "сен" or "sep" => 9,
        "окт" or "oct" => 10,
        "ноя" or "nov" => 11,
        "дек" or "dec" => 12,
        _ => 5,
    };

    private static Period UnitOf(string unit) => unit switch
    {
        _ when unit.StartsWith("дн") || unit.StartsWith("ден") || unit.StartsWith("сут") || unit.StartsWith("day") => Period.Day,
        _ when unit.StartsWith("нед") || unit.StartsWith("week") || unit.StartsWith("wk") => Period.Week,
        _ when unit.StartsWith("квартал") || unit.StartsWith("quarter") => Period.Quarter,
        _ when unit.StartsWith("год") || unit == "лет" || unit.StartsWith("year") || unit.StartsWith("yr") => Period.Year,
        _ => Period.Month,
    };
}
