using System.Text.RegularExpressions;

namespace Coach.Core.Parsing;

/// <summary>A calendar period, for purchase frequencies and durations.</summary>
public enum Period
{
    Day,
    Week,
    Month,
    Quarter,
    Year,
}

/// <summary>An amount per period ("2 a week") or an amount of periods ("52 weeks").</summary>
public readonly record struct PeriodAmount(decimal Amount, Period Period)
{
    public static decimal PerYear(Period period) => period switch
    {
        Period.Day => 365m,
        Period.Week => 52m,
        Period.Month => 12m,
        Period.Quarter => 4m,
        _ => 1m,
    };

    /// <summary>The same length of time in another period: 1 year → 52 weeks.</summary>
    public decimal In(Period other) => Amount * PerYear(other) / PerYear(Period);
}

/// <summary>
/// Reads purchase frequencies ("2/week", "2 раза в неделю", "24 a year", "раз в месяц") and
/// durations ("1y", "12 месяцев", "52 weeks", "год") in Russian and English.
/// </summary>
public static class PeriodParser
{
    public static bool TryParseRate(string? text, out PeriodAmount rate)
    {
        rate = default;
        var match = Rate().Match(Normalize(text));
        return match.Success && TryAmount(match.Groups["n"].Value, out var amount) && TryPeriod(match.Groups["p"].Value, out var period)
            && Assign(out rate, amount, period);
    }

    public static bool TryParseDuration(string? text, out PeriodAmount duration)
    {
        duration = default;
        var match = Duration().Match(Normalize(text));
        return match.Success && TryAmount(match.Groups["n"].Value, out var amount) && TryPeriod(match.Groups["p"].Value, out var period)
            && Assign(out duration, amount, period);
    }

    public static bool TryPeriod(string word, out Period period)
    {
        var trimmed = word.Trim().TrimEnd('.');
        foreach (var table in WordTables.Numbers.Values)
        {
            foreach (var (candidate, words) in table.Periods)
            {
                if (words.Any(w => w.TrimEnd('.') == trimmed))
                {
                    period = candidate;
                    return true;
                }
            }
        }

        period = default;
        return false;
    }

    private static bool TryAmount(string text, out decimal amount)
    {
        amount = 1m;
        var trimmed = text.Trim();
        if (trimmed.Length == 0 || WordTables.Numbers.Values.Any(t => t.Once.Contains(trimmed)))
        {
            return true;
        }

        if (WordTables.Numbers.Values.Select(t => t.NumberWordValues.GetValueOrDefault(trimmed)).FirstOrDefault(v => v > 0) is > 0 and var word)
        {
            amount = word;
            return true;
        }

        return NumberParser.TryParse(trimmed, out var number, out _) && number.Unit == NumberUnit.None && (amount = number.Value) > 0;
    }

    private static bool Assign(out PeriodAmount value, decimal amount, Period period)
    {
        value = new PeriodAmount(amount, period);
        return true;
    }

    private static string Normalize(string? text) => (text ?? "").Trim().ToLowerInvariant().Replace('ё', 'е');

    // The words are every language's (Parsing/Words/numbers_*.json): a number or a word for one or for a count, "times",
    // a word for "per", the period. "2/week", "2 per week", "2 times a week", "2 раза в неделю", "раз в месяц", "twice a month".
    private static readonly Regex RatePattern = new(
        $@"^(?<n>[\d\s.,]*\d|{WordTables.Alternation(t => [.. t.Once, .. t.NumberWordValues.Keys])})?\s*(?:{WordTables.Alternation(t => t.Times)})?\s*(?:{WordTables.Alternation(t => t.Per)})\s*(?<p>[\p{{L}}.]+)$",
        RegexOptions.CultureInvariant);

    // "1y", "12 months", "52 недели", "год", "a year", "один год".
    private static readonly Regex DurationPattern = new(
        $@"^(?:(?<n>[\d\s.,]*\d|{WordTables.Alternation(t => t.Once)})\s*)?(?<p>[\p{{L}}.]+)$",
        RegexOptions.CultureInvariant);

    private static Regex Rate() => RatePattern;

    private static Regex Duration() => DurationPattern;
}
