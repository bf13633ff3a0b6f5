using Coach.Core.Dialogue;
using Coach.Core.Domain.Kpi;
using Coach.Core.Parsing;
using Coach.Core.Texts;

namespace Coach.Core.Flows.Kpi;

/// <summary>How KPI figures read in each language: values with units, inputs, problems, the formula with the numbers in it.</summary>
public static class KpiText
{
    public static string Name(Texts.Texts t, KpiMetric metric) => t[$"kpi.{metric.Id}.name"];

    public static string InputName(Texts.Texts t, string key) => t[$"kpi.input.{key}.short"];

    /// <summary>What a number in free text stands for, as a noun ("visitors").</summary>
    public static string SlotName(Texts.Texts t, string slot) => t[$"kpi.slot.{slot}"];

    /// <summary>RU money without a typed currency is roubles; EN shows the bare amount.</summary>
    public static NumberUnit Currency(Texts.Texts t, NumberUnit typed) => Currency(t.Language, typed);

    /// <summary>The same rule for code that has the session's language but no texts (the channel plan).</summary>
    public static NumberUnit Currency(string language, NumberUnit typed) =>
        typed != NumberUnit.None ? typed : language == Languages.Russian ? NumberUnit.Rub : NumberUnit.None;

    public static string Number(Texts.Texts t, decimal value, int decimals = 2) => Minus(NumberFormatter.Format(value, t.Language, NumberUnit.None, decimals));

    public static string Money(Texts.Texts t, decimal value, NumberUnit currency) => Minus(NumberFormatter.Money(value, t.Language, Currency(t, currency)));

    public static string Percent(Texts.Texts t, decimal value) => Minus(NumberFormatter.Format(value, t.Language, NumberUnit.Percent));

    // Shown figures take the typographic minus ("−80", "−20%"), as the formulas do; a hyphen reads as a dash.
    private static string Minus(string formatted) => formatted.StartsWith('-') ? "−" + formatted[1..] : formatted;

    public static string Value(Texts.Texts t, KpiUnit unit, decimal value, NumberUnit currency) => unit switch
    {
        KpiUnit.Money => Money(t, value, currency),
        KpiUnit.Percent => Percent(t, value),
        KpiUnit.Months => t.Format("kpi.unit.months", ("n", Number(t, value))),
        KpiUnit.Points => Number(t, value, 1),
        _ => Number(t, value),
    };

    /// <summary>An input as it stands in a formula; several parts show as "(a + b + c)".</summary>
    public static string Input(Texts.Texts t, KpiInput input, KpiValue value, NumberUnit currency, bool totals = false)
    {
        string One(decimal amount) => input.Kind switch
        {
            KpiInputKind.Money => Money(t, amount, value.Currency != NumberUnit.None ? value.Currency : currency),
            KpiInputKind.Percent => Percent(t, amount),
            _ => Number(t, amount),
        };

        return input.Kind switch
        {
            KpiInputKind.Rate => t.Format($"kpi.per.{Key(value.Per)}", ("n", Number(t, value.Amount))),
            KpiInputKind.Duration => Periods(t, value.Amount, value.Per),
            KpiInputKind.MonthlyMoney => Monthly(t, value, currency),
            // The parts of a sum of money keep their cents too, without repeating the currency in the brackets.
            KpiInputKind.Money when value.Parts.Count > 1 && !totals => "(" + string.Join(" + ", value.Parts.Select(part => Minus(NumberFormatter.Money(part, t.Language)))) + ")",
            _ when value.Parts.Count > 1 && !totals => "(" + string.Join(" + ", value.Parts.Select(Number(t))) + ")",
            _ => One(value.Amount),
        };
    }

    public static string Periods(Texts.Texts t, decimal amount, Period? period) =>
        t.Format($"kpi.periods.{Key(period)}.{PluralForm(amount, t.Language)}", ("n", Number(t, amount)));

    /// <summary>"one", "few" or "many": Russian has three forms (1 год, 2 года, 5 лет), English two.</summary>
    public static string PluralForm(decimal amount, string language)
    {
        if (language != Languages.Russian)
        {
            return amount == 1 ? "one" : "many";
        }

        if (amount != decimal.Truncate(amount))
        {
            return "few";
        }

        var n = (long)Math.Abs(amount % 100);
        return (n % 10, n) switch
        {
            (1, not 11) => "one",
            ( >= 2 and <= 4, < 12 or > 14) => "few",
            _ => "many",
        };
    }

    public static string Problem(Texts.Texts t, KpiProblem problem) =>
        t.Format(
            $"kpi.problem.{problem.Code}",
            ("field", InputName(t, problem.InputKey)),
            ("other", problem.OtherKey is null ? "" : InputName(t, problem.OtherKey)),
            ("max", Number(t, KpiCalculator.MaxInput)),
            ("example", t[$"kpi.input.{problem.InputKey}.example"]));

    private static Func<decimal, string> Number(Texts.Texts t) => amount => Number(t, amount);

    // Money per month, shown as typed: "(14 500 ÷ 12)" for a year's figure.
    private static string Monthly(Texts.Texts t, KpiValue value, NumberUnit currency)
    {
        var typed = value.Parts.Count > 0 ? value.Parts[0] : value.Amount;
        var shown = Money(t, typed, value.Currency != NumberUnit.None ? value.Currency : currency);
        return value.Per switch
        {
            null or Period.Month => shown,
            Period.Year => $"({shown} ÷ 12)",
            Period.Quarter => $"({shown} ÷ 3)",
            Period.Week => $"({shown} × 52 ÷ 12)",
            _ => $"({shown} × 365 ÷ 12)",
        };
    }

    private static string Key(Period? period) => (period ?? Period.Year).ToString().ToLowerInvariant();
}
