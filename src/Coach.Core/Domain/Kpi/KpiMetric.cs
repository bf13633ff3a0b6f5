using Coach.Core.Parsing;

namespace Coach.Core.Domain.Kpi;

/// <summary>What kind of number an input is; decides how it is read, checked and shown.</summary>
public enum KpiInputKind
{
    /// <summary>An amount of money, never negative.</summary>
    Money,

    /// <summary>A whole number of people, clicks, purchases…</summary>
    Count,

    /// <summary>A share from 0 to 100.</summary>
    Percent,

    /// <summary>Times per period: "2 a week".</summary>
    Rate,

    /// <summary>A length of time: "1 year", "12 months".</summary>
    Duration,

    /// <summary>Money per month; "14 500 a year" is converted to a month.</summary>
    MonthlyMoney,
}

/// <summary>The unit of a metric's value.</summary>
public enum KpiUnit
{
    Count,
    Money,
    Percent,
    Ratio,
    Months,
    Points,
}

/// <summary>One input of a metric. <see cref="Many"/> inputs take several numbers and add them up (spend items, channels).</summary>
public sealed record KpiInput(string Key, KpiInputKind Kind)
{
    public bool Many { get; init; }

    /// <summary>A divisor: zero is refused.</summary>
    public bool Positive { get; init; }

    public bool Optional { get; init; }
}

/// <summary>A value typed for an input: the total, its parts, and the period for rates and durations.</summary>
public sealed record KpiValue(decimal Amount, IReadOnlyList<decimal> Parts, Period? Per = null, NumberUnit Currency = NumberUnit.None)
{
    public static KpiValue Of(decimal amount) => new(amount, [amount]);

    public static KpiValue Sum(IReadOnlyList<decimal> parts, NumberUnit currency = NumberUnit.None) => new(parts.Sum(), parts, null, currency);

    public PeriodAmount AsPeriod => new(Amount, Per ?? Period.Year);
}

/// <summary>What a metric's rule returns: the value, the interpretation code, extra figures and warnings (codes).</summary>
public sealed record KpiComputation(decimal Value, string Verdict)
{
    public IReadOnlyDictionary<string, decimal> Extras { get; init; } = new Dictionary<string, decimal>();

    public IReadOnlyList<string> Warnings { get; init; } = [];
}

/// <summary>
/// A metric of domain §6: its inputs in order, the unit of its value and the pure rule that
/// computes it. Texts by convention: "kpi.{id}.name", ".formula", ".verdict.{code}".
/// </summary>
public sealed record KpiMetric(string Id, KpiUnit Unit, IReadOnlyList<KpiInput> Inputs, Func<KpiArguments, KpiComputation> Rule)
{
    /// <summary>Words that name the metric in a message or after /kpi ("cac", "цена клиента").</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    public IEnumerable<KpiInput> Required => Inputs.Where(input => !input.Optional);
}

/// <summary>The values given for a metric's inputs, by key.</summary>
public sealed class KpiArguments(IReadOnlyDictionary<string, KpiValue> values)
{
    public IReadOnlyDictionary<string, KpiValue> Values => values;

    public decimal this[string key] => values[key].Amount;

    public bool Has(string key) => values.ContainsKey(key);

    public KpiValue Value(string key) => values[key];

    // -1 until found; an int so that a read on another thread sees either nothing yet or the whole value.
    private int _currency = -1;

    /// <summary>The currency the user wrote with any money input; none when they wrote none.</summary>
    /// <remarks>Found once: a card reads it for every number it shows.</remarks>
    public NumberUnit Currency => (NumberUnit)(_currency >= 0 ? _currency : _currency = (int)FirstCurrency(values));

    private static NumberUnit FirstCurrency(IReadOnlyDictionary<string, KpiValue> values)
    {
        foreach (var (_, value) in values)
        {
            if (value.Currency != NumberUnit.None)
            {
                return value.Currency;
            }
        }

        return NumberUnit.None;
    }
}
