namespace Coach.Core.Parsing;

/// <summary>
/// A number read inside a phrase, with what the phrase says about it: "около 3к человек" is 3 000
/// (approximately), "4 раза в месяц" is 4 per month, "раз в 2 недели" is 1 per 2 weeks, "25–35 лет" a range.
/// </summary>
/// <param name="Value">The number (the low end of a range).</param>
/// <param name="Unit">The currency or percent written with it.</param>
/// <param name="Start">Where the quantity starts in the text.</param>
/// <param name="End">Where it ends (its period words included).</param>
public readonly record struct Quantity(decimal Value, NumberUnit Unit, int Start, int End)
{
    /// <summary>The high end of a range ("25–35"), or null.</summary>
    public decimal? High { get; init; }

    /// <summary>The period the value is per ("4 раза в месяц": 1 month; "раз в 2 недели": 2 weeks), or null.</summary>
    public PeriodAmount? Per { get; init; }

    /// <summary>True when the phrase said "about", "около", "~".</summary>
    public bool Approximate { get; init; }

    /// <summary>The value per another period: 4 a month is 48 a year; without a period the value itself.</summary>
    public decimal In(Period period) =>
        Per is { } per ? Value * PeriodAmount.PerYear(per.Period) / per.Amount / PeriodAmount.PerYear(period) : Value;
}

/// <summary>
/// Reads the numbers of a phrase as people write them, in Russian and English: digits with
/// their multiplier and unit (<see cref="NumberParser"/>), number words ("два", "twice"), "times"
/// ("раз", "раза", "times"), a period after "в/за/a/per/every" or a word such as "ежемесячно",
/// ranges ("25–35", "25 to 35") and approximations. The words are data (<see cref="WordTables"/>).
/// A quantity's words do not cross punctuation; a number inside its period ("в 2 недели") is part of it.
/// </summary>
public static class PhraseReader
{
    // Up to this many words may stand between a number and its period: "300 заказов в месяц", "40 new leads a week".
    private const int WordsBeforePeriod = 2;

    private enum Kind { Number, Word, Symbol, Stop }

    private readonly record struct Token(Kind Kind, string Text, int Start, int End, ParsedNumber Number = default);

    /// <summary>Every quantity of the text, in order.</summary>
    public static IReadOnlyList<Quantity> Read(string? text, string? language = null)
    {
        var found = new List<Quantity>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return found;
        }

        var tables = WordTables.For(WordTables.Numbers, language).ToList();
        var tokens = Tokenize(text.ToLowerInvariant().Replace('ё', 'е'), language, tables);
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var times = Is(token, tables, t => t.Times) && (i == 0 || tokens[i - 1].Kind != Kind.Number);
            if (token.Kind != Kind.Number && !times)
            {
                continue;
            }

            var quantity = new Quantity(times ? 1m : token.Number.Value, token.Number.Unit, token.Start, token.End)
            {
                Approximate = tokens.Take(i).TakeLast(2).Any(t => Is(t, tables, w => w.Approximately)),
            };
            var next = i + 1;
            if (!times && next + 1 < tokens.Count && Is(tokens[next], tables, t => t.RangeWords) && tokens[next + 1].Kind == Kind.Number
                && tokens[next + 1].Number.Value > token.Number.Value)
            {
                var high = tokens[next + 1];
                quantity = quantity with { High = high.Number.Value, Unit = quantity.Unit == NumberUnit.None ? high.Number.Unit : quantity.Unit, End = high.End };
                next += 2;
            }

            if (!times && next < tokens.Count && Is(tokens[next], tables, t => t.Times))
            {
                next++;
            }

            if (ReadPer(tokens, next, tables) is { } per)
            {
                quantity = quantity with { Per = per.Per, End = tokens[per.Last].End };
                next = per.Last + 1;
            }

            found.Add(quantity);
            i = next - 1;
        }

        // "every week", "каждую неделю", "daily", "ежемесячно": a period alone after "every", or a word for every period,
        // is once a period; "every other week", "каждую вторую неделю" once in two. Only when the phrase has no number.
        if (found.Count == 0)
        {
            for (var i = 0; i < tokens.Count; i++)
            {
                if (Is(tokens[i], tables, t => t.Every) && i + 2 < tokens.Count && Is(tokens[i + 1], tables, t => t.EveryOther)
                    && Period(tokens[i + 2], tables, t => t.Periods) is { } second)
                {
                    found.Add(new Quantity(1m, NumberUnit.None, tokens[i].Start, tokens[i + 2].End) { Per = new PeriodAmount(2m, second) });
                    break;
                }

                if (Is(tokens[i], tables, t => t.EveryOtherAlone) && i + 1 < tokens.Count && Period(tokens[i + 1], tables, t => t.Periods) is { } other)
                {
                    found.Add(new Quantity(1m, NumberUnit.None, tokens[i].Start, tokens[i + 1].End) { Per = new PeriodAmount(2m, other) });
                    break;
                }

                if ((Is(tokens[i], tables, t => t.Every) || Period(tokens[i], tables, t => t.EveryPeriod) is not null) && ReadPer(tokens, i, tables) is { } every)
                {
                    found.Add(new Quantity(1m, NumberUnit.None, tokens[i].Start, tokens[every.Last].End) { Per = every.Per });
                    break;
                }
            }
        }

        return found;
    }

    // The words of periods ("месяц", "week"), every language's, looked up by span: most messages name none or one, and
    // then the full reading (a dozen KB a message) is not run.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PeriodWords = WordTables.Numbers.Values
        .SelectMany(table => table.Periods.Values.SelectMany(words => words))
        .Select(word => word.TrimEnd('.'))
        .ToHashSet(StringComparer.OrdinalIgnoreCase)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool NamesTwoPeriods(string text)
    {
        var count = 0;
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetter(text[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                if (PeriodWords.Contains(text.AsSpan(start, i - start)) && ++count == 2)
                {
                    return true;
                }

                start = -1;
            }
        }

        return false;
    }

    /// <summary>
    /// Two quantities of the text each said per a different period ("120к за квартал", "50 в месяц"), or null: a ratio
    /// of the two would be wrong.
    /// </summary>
    public static (Quantity First, Quantity Second)? DifferentPeriods(string text, string? language)
    {
        if (!NamesTwoPeriods(text))
        {
            return null;
        }

        Quantity? first = null;
        foreach (var quantity in Read(text, language))
        {
            if (quantity.Per is not { } per)
            {
                continue;
            }

            if (first is not { Per: { } seen } earlier)
            {
                first = quantity;
            }
            else if (seen != per)
            {
                return (earlier, quantity);
            }
        }

        return null;
    }

    /// <summary>The one quantity of the text, or null when it has none or several.</summary>
    public static Quantity? ReadOne(string? text, string? language = null) =>
        Read(text, language) is [var one] ? one : null;

    // "в месяц", "a week", "/week", "в 2 недели", "every 3 months", "ежемесячно", after at most two other words.
    private static (PeriodAmount Per, int Last)? ReadPer(List<Token> tokens, int from, List<NumberWords> tables)
    {
        for (var skipped = 0; skipped <= WordsBeforePeriod && from + skipped < tokens.Count; skipped++)
        {
            var at = from + skipped;
            var token = tokens[at];
            if (Period(token, tables, t => t.EveryPeriod) is { } every)
            {
                return (new PeriodAmount(1m, every), at);
            }

            if (Is(token, tables, t => t.Per))
            {
                var count = at + 1 < tokens.Count && tokens[at + 1].Kind == Kind.Number && tokens[at + 1].Number is { Unit: NumberUnit.None, Value: >= 1 } n
                    && n.Value == decimal.Truncate(n.Value) ? n.Value : (decimal?)null;
                var periodAt = at + (count is null ? 1 : 2);
                if (periodAt < tokens.Count && Period(tokens[periodAt], tables, t => t.Periods) is { } period)
                {
                    return (new PeriodAmount(count ?? 1m, period), periodAt);
                }

                if (periodAt < tokens.Count && Length(tokens[periodAt], tables) is { } length)
                {
                    return (length with { Amount = length.Amount * (count ?? 1m) }, periodAt);
                }
            }

            if (token.Kind is Kind.Number or Kind.Stop)
            {
                return null;
            }
        }

        return null;
    }

    private static bool Is(Token token, List<NumberWords> tables, Func<NumberWords, string[]> words) =>
        token.Kind is Kind.Word or Kind.Symbol && tables.Any(t => words(t).Contains(token.Text));

    private static Period? Period(Token token, List<NumberWords> tables, Func<NumberWords, Dictionary<Period, string[]>> periods)
    {
        if (token.Kind != Kind.Word)
        {
            return null;
        }

        foreach (var table in tables)
        {
            foreach (var (period, words) in periods(table))
            {
                if (words.Contains(token.Text) || words.Contains(token.Text.TrimEnd('.')))
                {
                    return period;
                }
            }
        }

        return null;
    }

    // "полгода", "fortnight": one word for several periods.
    private static PeriodAmount? Length(Token token, List<NumberWords> tables) => token.Kind != Kind.Word ? null : tables
        .SelectMany(t => t.PeriodLengths)
        .SelectMany(p => p.Value.Where(w => w.Key == token.Text).Select(w => (PeriodAmount?)new PeriodAmount(w.Value, p.Key)))
        .FirstOrDefault();

    private static List<Token> Tokenize(string s, string? language, List<NumberWords> tables)
    {
        var numbers = NumberParser.FindAll(s, language);
        var tokens = new List<Token>();
        var n = 0;
        for (var i = 0; i < s.Length;)
        {
            if (n < numbers.Count && numbers[n].Start == i)
            {
                var match = numbers[n++];
                var after = match.Start + match.Length;
                if (after < s.Length && char.IsLetterOrDigit(s[after]))
                {
                    // "1e309", "5kg": digits glued to a word are no number anyone wrote for this.
                    tokens.Add(new Token(Kind.Word, s.Substring(match.Start, match.Length), match.Start, after));
                    i = after;
                    continue;
                }

                tokens.Add(new Token(Kind.Number, s.Substring(match.Start, match.Length), match.Start, match.Start + match.Length, match.Number));
                i = match.Start + match.Length;
                continue;
            }

            var c = s[i];
            if (char.IsLetter(c))
            {
                var end = i;
                while (end < s.Length && (char.IsLetter(s[end]) || (s[end] is '-' or '.' && end + 1 < s.Length && char.IsLetter(s[end + 1])) || (s[end] == '.' && end > i)))
                {
                    end++;
                }

                var word = s[i..end];
                var trimmed = word.TrimEnd('.');
                var value = tables.Select(t => t.NumberWordValues.GetValueOrDefault(word)).FirstOrDefault(v => v > 0);
                if (value > 0 && end < s.Length && s[end] == ' ' && NumberParser.MultiplierAfter(s, end) is var (factor, after))
                {
                    // "пять тысяч", "полтора ляма", "fifty thousand": the number word times the word after it.
                    tokens.Add(new Token(Kind.Number, s[i..after], i, after, new ParsedNumber(value * factor, NumberUnit.None)));
                    i = after;
                    continue;
                }

                tokens.Add(value > 0
                    ? new Token(Kind.Number, word, i, end, new ParsedNumber(value, NumberUnit.None))
                    : new Token(Kind.Word, tables.Any(t => AllWords(t).Contains(word)) ? word : trimmed, i, end));
                i = end;
                continue;
            }

            if (c is ',' or ';' or '.' or '!' or '?' or ':' or '\n' or '(' or ')')
            {
                tokens.Add(new Token(Kind.Stop, c.ToString(), i, i + 1));
            }
            else if (!char.IsWhiteSpace(c) && !char.IsDigit(c))
            {
                tokens.Add(new Token(Kind.Symbol, c.ToString(), i, i + 1));
            }

            // A digit no number covers (over the magnitude cap) is skipped, like the parser skips it.
            i++;
        }

        return tokens;
    }

    private static IEnumerable<string> AllWords(NumberWords t) =>
        t.Periods.Values.SelectMany(w => w).Concat(t.PeriodLengths.Values.SelectMany(w => w.Keys)).Concat(t.EveryPeriod.Values.SelectMany(w => w)).Concat(t.Approximately).Concat(t.Age);
}
