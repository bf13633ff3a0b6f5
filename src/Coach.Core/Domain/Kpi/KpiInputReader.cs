using System.Text.RegularExpressions;
using Coach.Core.Parsing;

namespace Coach.Core.Domain.Kpi;

/// <summary>
/// Reads what a user typed for one input: one number, several to add up ("30 000 + 25 000",
/// "30k, 25k"), a frequency ("2/week") or a duration ("1y"). Returns a problem code when it can't.
/// </summary>
public static partial class KpiInputReader
{
    /// <summary>
    /// Reads one input's answer. <paramref name="phrase"/>: the answer to the input's own question, so a number inside a
    /// phrase counts ("около 90к", "90к на таргет"); a "/kpi" line's cuts are read strictly, or every cut would fit.
    /// </summary>
    public static bool TryRead(KpiInput input, string text, out KpiValue value, out string problem, string? language = null, bool phrase = false)
    {
        value = KpiValue.Of(0);
        problem = "";
        switch (input.Kind)
        {
            case KpiInputKind.Rate:
                if (PeriodParser.TryParseRate(text, out var rate))
                {
                    value = new KpiValue(rate.Amount, [rate.Amount], rate.Period);
                    return Fits(input, value, out problem);
                }

                // "два раза в месяц", "раз в 2 недели", "3 times every month": the phrase reader, when it covers the whole text.
                var trimmed = text.Trim();
                if (PhraseReader.ReadOne(trimmed, language) is { Per: { } per, Unit: NumberUnit.None, High: null, Start: 0 } frequency && frequency.End == trimmed.Length)
                {
                    var amount = frequency.Value / per.Amount;
                    value = new KpiValue(amount, [amount], per.Period);
                    return Fits(input, value, out problem);
                }

                problem = "rate";
                return false;
            case KpiInputKind.Duration:
                if (PeriodParser.TryParseDuration(text, out var duration))
                {
                    value = new KpiValue(duration.Amount, [duration.Amount], duration.Period);
                    return Fits(input, value, out problem);
                }

                problem = "duration";
                return false;
            case KpiInputKind.MonthlyMoney:
                return TryReadMonthly(input, text, out value, out problem, language);
        }

        var pieces = input.Many ? ListSeparator().Split(text).Where(p => p.Trim().Length > 0).ToList() : [text];
        var parts = new List<decimal>();
        var currency = NumberUnit.None;
        foreach (var piece in pieces)
        {
            if (!NumberParser.TryParse(piece, out var number, out var error, allowNegative: true, language))
            {
                // "около 90к", "90к на таргет", "90 000 за март": the one number of a phrase, as a number question reads it.
                if (phrase && error is NumberParseError.NotANumber or NumberParseError.MoreThanOneNumber
                    && PhraseReader.ReadOne(piece, language) is { High: null } one)
                {
                    number = new ParsedNumber(one.Value, one.Unit);
                }
                else
                {
                    problem = error == NumberParseError.MoreThanOneNumber && !input.Many ? "one_number" : error.ToString().ToLowerInvariant();
                    return false;
                }
            }

            if (number.Unit is NumberUnit.Rub or NumberUnit.Usd or NumberUnit.Eur)
            {
                currency = number.Unit;
            }

            parts.Add(number.Value);
        }

        if (parts.Count == 0)
        {
            problem = "empty";
            return false;
        }

        value = KpiValue.Sum(parts, currency);
        return Fits(input, value, out problem);
    }

    // "14 500", "14 500/year", "14 500 в год": the amount is kept per month, the period as typed.
    private static bool TryReadMonthly(KpiInput input, string text, out KpiValue value, out string problem, string? language)
    {
        value = KpiValue.Of(0);
        var match = PerPeriod().Match(text.Trim().ToLowerInvariant());
        var amountText = match.Success && PeriodParser.TryPeriod(match.Groups["p"].Value, out _) ? match.Groups["n"].Value : text;
        var period = match.Success && PeriodParser.TryPeriod(match.Groups["p"].Value, out var p) ? p : Period.Month;
        if (!NumberParser.TryParse(amountText, out var number, out var error, allowNegative: true, language))
        {
            problem = error.ToString().ToLowerInvariant();
            return false;
        }

        var monthly = new PeriodAmount(number.Value, period).Amount * PeriodAmount.PerYear(period) / 12m;
        value = new KpiValue(monthly, [number.Value], period, number.Unit is NumberUnit.Percent ? NumberUnit.None : number.Unit);
        return Fits(input, value, out problem);
    }

    private static bool Fits(KpiInput input, KpiValue value, out string problem)
    {
        problem = KpiCalculator.CheckInput(input, value) ?? "";
        return problem.Length == 0;
    }

    // "14 500/year", "14 500 в год": the words for "per" are every language's (Parsing/Words/numbers_*.json).
    private static readonly Regex PerPeriodPattern = new(
        $@"^(?<n>.+?)\s*(?:{WordTables.Alternation(t => t.Per)})\s*(?<p>[\p{{L}}.]+)$", RegexOptions.CultureInvariant);

    private static Regex PerPeriod() => PerPeriodPattern;

    // "+", ";", a new line, or a comma followed by a space separate amounts; a bare comma may be a decimal mark.
    [GeneratedRegex(@"\s*(?:\+|;|\n|,\s)\s*")]
    private static partial Regex ListSeparator();
}
