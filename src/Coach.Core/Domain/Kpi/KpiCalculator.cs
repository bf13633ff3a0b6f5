namespace Coach.Core.Domain.Kpi;

/// <summary>A computed metric: the inputs as given and what the rule made of them.</summary>
public sealed record KpiResult(KpiMetric Metric, KpiArguments Arguments, KpiComputation Computation)
{
    public decimal Value => Computation.Value;
}

/// <summary>Either a result, or the problem that stopped it, or the inputs still missing.</summary>
public sealed record KpiOutcome(KpiResult? Result, KpiProblem? Problem, IReadOnlyList<KpiInput> Missing)
{
    public bool Ok => Result is not null;
}

/// <summary>
/// Checks the inputs of a metric (signs, whole counts, shares within 100 %, non-zero divisors,
/// parts within their wholes) and runs its rule. Every figure Coach shows comes from here.
/// </summary>
public static class KpiCalculator
{
    /// <summary>Past this a product of inputs stops being a plausible business figure (and nears decimal's range).</summary>
    public const decimal MaxResult = 1e24m;

    /// <summary>The largest figure one input takes, the same cap as the wizards' number questions: more is a typo.</summary>
    public const decimal MaxInput = 1_000_000_000_000m;

    public static KpiOutcome Compute(KpiMetric metric, IReadOnlyDictionary<string, KpiValue> values)
    {
        // Plain loops: every KPI card runs this, and the LINQ chains were most of its allocations.
        List<KpiInput>? missing = null;
        // An index loop: a foreach over the IReadOnlyList would box its enumerator on every card.
        for (var n = 0; n < metric.Inputs.Count; n++)
        {
            var input = metric.Inputs[n];
            if (!input.Optional && !values.ContainsKey(input.Key))
            {
                (missing ??= []).Add(input);
            }
        }

        if (missing is not null)
        {
            return new KpiOutcome(null, null, missing);
        }

        var given = new Dictionary<string, KpiValue>(metric.Inputs.Count);
        for (var n = 0; n < metric.Inputs.Count; n++)
        {
            var input = metric.Inputs[n];
            if (!values.TryGetValue(input.Key, out var value))
            {
                continue;
            }

            if (CheckInput(input, value) is { } code)
            {
                return new KpiOutcome(null, new KpiProblem(input.Key, code), []);
            }

            given[input.Key] = value;
        }

        var arguments = new KpiArguments(given);
        if (KpiChecks.Check(metric, arguments) is { } problem)
        {
            return new KpiOutcome(null, problem, []);
        }

        try
        {
            var computation = metric.Rule(arguments);
            return Math.Abs(computation.Value) > MaxResult
                ? new KpiOutcome(null, new KpiProblem(metric.Inputs[0].Key, "too_large"), [])
                : new KpiOutcome(new KpiResult(metric, arguments, computation), null, []);
        }
        catch (OverflowException)
        {
            return new KpiOutcome(null, new KpiProblem(metric.Inputs[0].Key, "too_large"), []);
        }
    }

    /// <summary>The problem code of one value for its input, or null when it fits.</summary>
    public static string? CheckInput(KpiInput input, KpiValue value)
    {
        var (negative, aboveMax, fraction) = (false, value.Amount > MaxInput, false);
        for (var i = 0; i < value.Parts.Count; i++)
        {
            var part = value.Parts[i];
            negative |= part < 0;
            aboveMax |= part > MaxInput;
            fraction |= part != decimal.Truncate(part);
        }

        if (negative)
        {
            return "negative";
        }

        if (aboveMax)
        {
            return "above_max";
        }

        if (input.Kind == KpiInputKind.Count && fraction)
        {
            return "whole";
        }

        if (input.Kind == KpiInputKind.Percent && value.Amount > 100m)
        {
            return "above_100";
        }

        if ((input.Positive || input.Kind is KpiInputKind.Rate or KpiInputKind.Duration) && value.Amount == 0)
        {
            return "zero";
        }

        return null;
    }
}
