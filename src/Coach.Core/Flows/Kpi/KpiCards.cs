using Coach.Core.Dialogue;
using Coach.Core.Domain.Kpi;
using Coach.Core.Parsing;
using Coach.Core.Texts;

namespace Coach.Core.Flows.Kpi;

/// <summary>
/// The answer to a KPI: the value with its unit, the formula with the user's numbers in it, a
/// one-line reading, notes and warnings; the funnel also as a chart.
/// </summary>
public static class KpiCards
{
    /// <summary>The card of a computed metric.</summary>
    /// <param name="t">The chat's texts.</param>
    /// <param name="result">The metric computed.</param>
    /// <param name="subject">What the numbers are when not the usual ones: for a change between two numbers, what changed
    /// when it is not traffic ("выручка выросла с 800 тыс до 1 млн" is a change in revenue); for a conversion, "leads"
    /// when it is out of leads (the catalogue's <c>.leads</c> variants).</param>
    public static string Result(Texts.Texts t, KpiResult result, string? subject = null)
    {
        if (subject is not null && result.Metric.Id == "traffic_growth")
        {
            return ChangeOf(t, result, subject);
        }

        var metric = result.Metric;
        var currency = result.Arguments.Currency;
        var value = KpiText.Value(t, metric.Unit, result.Value, currency);
        var placeholders = Placeholders(t, result, value, totals: false);
        var lines = new List<string>
        {
            t.Format("kpi.card.title", ("name", KpiText.Name(t, metric)), ("value", value)),
            t.Format("kpi.card.formula", ("formula", new Markup(Formula(t, result, value, placeholders, subject)))),
            t.Format(Variant(t, VerdictKey(t, result), subject), placeholders),
        };

        if (t.Catalog.Has(t.Language, $"kpi.{metric.Id}.note"))
        {
            lines.Add(t.Format($"kpi.{metric.Id}.note", placeholders));
        }

        lines.AddRange(result.Computation.Warnings.Select(w => t.Format($"kpi.warning.{w}", placeholders)));
        return string.Join("\n\n", lines);
    }

    // "📊 Изменение выручки: +25%", then the formula and "Рост на 25%: было 800 000, стало 1 000 000."
    private static string ChangeOf(Texts.Texts t, KpiResult result, string subject)
    {
        var value = KpiText.Value(t, KpiUnit.Percent, result.Value, NumberUnit.None);
        var signed = result.Value > 0 ? "+" + value : value;
        var change = KpiText.Percent(t, Math.Abs(result.Value));
        string Shown(string key) => result.Arguments.Value(key) is { Currency: not NumberUnit.None } money
            ? KpiText.Money(t, money.Amount, money.Currency)
            : KpiText.Number(t, result.Arguments[key]);

        return string.Join("\n\n",
        [
            t.Format("kpi.change.title", ("subject", t[$"kpi.change.of.{subject}"]), ("value", signed)),
            t.Format("kpi.card.formula", ("formula", new Markup(Formula(t, result)))),
            t.Format($"kpi.change.verdict.{result.Computation.Verdict}", ("change", change), ("old", Shown("old")), ("new", Shown("new"))),
        ]);
    }

    // A count read with its noun ("21 лид", "113 000 контактов") has a text per plural form, for the number as shown.
    [return: TextKey]
    private static string VerdictKey(Texts.Texts t, KpiResult result)
    {
        var key = $"kpi.{result.Metric.Id}.verdict.{result.Computation.Verdict}";
        var plural = $"{key}.{KpiText.PluralForm(Math.Round(result.Value, 2, MidpointRounding.AwayFromZero), t.Language)}";
        return t.Catalog.Has(t.Language, plural) ? plural : key;
    }

    /// <summary>"CAC = spend ÷ new customers = (30 000 + 25 000) ÷ 80 = 55 000 ÷ 80 = 687,5 ₽".</summary>
    public static string Formula(Texts.Texts t, KpiResult result)
    {
        var value = KpiText.Value(t, result.Metric.Unit, result.Value, result.Arguments.Currency);
        return Formula(t, result, value, Placeholders(t, result, value, totals: false));
    }

    // With the card's own placeholders (the parts as typed), so they are formatted once per card.
    private static string Formula(Texts.Texts t, KpiResult result, string value, (string Name, object? Value)[] parts, string? subject = null)
    {
        var metric = result.Metric;
        var withParts = t.Format($"kpi.{metric.Id}.expression", parts);
        // Totals differ from the parts only where an input was typed as a sum ("30 000 + 25 000").
        var withTotals = HasSums(result.Arguments) ? t.Format($"kpi.{metric.Id}.expression", Placeholders(t, result, value, totals: true)) : withParts;
        var steps = withParts == withTotals ? new List<string> { withParts } : [withParts, withTotals];
        if (steps[^1] != value)
        {
            steps.Add(value);
        }

        return $"{t[Variant(t, $"kpi.{metric.Id}.formula", subject)]} = {string.Join(" = ", steps)}";
    }

    // The text for what the numbers were when the catalogue has one: conversion out of leads says "of leads become
    // customers", not "of visitors buy".
    [return: TextKey]
    private static string Variant(Texts.Texts t, [TextKey] string key, string? subject) =>
        subject is not null && t.Catalog.Has(t.Language, $"{key}.{subject}") ? $"{key}.{subject}" : key;

    private static bool HasSums(KpiArguments arguments)
    {
        foreach (var (_, value) in arguments.Values)
        {
            if (value.Parts.Count > 1)
            {
                return true;
            }
        }

        return false;
    }

    public static Chart? Chart(Texts.Texts t, KpiResult result)
    {
        if (result.Metric.Id != "funnel")
        {
            return null;
        }

        var stages = Funnel.Stages
            .Select(stage => new ChartBarSpec(KpiText.InputName(t, stage), result.Arguments[stage], KpiText.Number(t, result.Arguments[stage])))
            .ToList();
        var steps = Funnel.Steps.ToList();
        var conversions = steps.Select(step => "→ " + KpiText.Percent(t, result.Computation.Extras[step])).ToList();
        return Funnel.Bottleneck(result.Computation.Verdict) is { } bottleneck
            ? new FunnelChart("funnel.png", t["kpi.funnel.name"], t["kpi.funnel.chart_caption"], stages, conversions, steps.IndexOf(bottleneck) + 1)
            : new FunnelChart("funnel.png", t["kpi.funnel.name"], t["kpi.funnel.chart_caption.within_ranges"], stages, conversions, null);
    }

    private static (string Name, object? Value)[] Placeholders(Texts.Texts t, KpiResult result, string value, bool totals)
    {
        var currency = result.Arguments.Currency;
        var list = new List<(string, object?)> { ("value", value) };
        // An index loop: a foreach over the IReadOnlyList would box its enumerator on every card.
        for (var n = 0; n < result.Metric.Inputs.Count; n++)
        {
            var input = result.Metric.Inputs[n];
            list.Add((input.Key, result.Arguments.Has(input.Key) ? KpiText.Input(t, input, result.Arguments.Value(input.Key), currency, totals) : "—"));
        }

        foreach (var (key, extra) in result.Computation.Extras)
        {
            list.Add((key, Extra(t, key, extra, currency)));
        }

        if (result.Computation.Extras.ContainsKey("per_unit"))
        {
            // "На 1 ₽ расходов пришлось 1,20 ₽", "Every $1 you spent": the unit of spend in the spend's own currency. With no
            // currency at all (English, none typed) "every 1 you spent" reads oddly: it is said per 100 ("every 100 … 120").
            list.Add(("one", PerHundred(t, currency) ? KpiText.Number(t, 100m) : KpiText.Money(t, 1m, currency)));
        }

        if (result.Metric.Id == "funnel" && Funnel.Bottleneck(result.Computation.Verdict) is { } step)
        {
            list.Add(("source", t[$"kpi.funnel.source.{FunnelRanges.For(step).Source}"]));
        }

        if (result.Metric.Id == "ltv")
        {
            // The period in the frequency's own unit: "1 year" at "2 a week" reads "52 weeks".
            var per = result.Arguments.Value("frequency").Per;
            var periods = result.Arguments.Value("period").AsPeriod.In(per ?? Period.Year);
            list.Add(("periods", KpiText.Periods(t, periods, per)));
        }

        return list.ToArray();
    }

    private static string Extra(Texts.Texts t, string key, decimal value, NumberUnit currency) => key switch
    {
        "profit" => KpiText.Money(t, value, currency),
        "per_unit" => PerHundred(t, currency) ? KpiText.Number(t, value * 100m) : KpiText.Money(t, value, currency),
        _ => KpiText.Percent(t, value),
    };

    private static bool PerHundred(Texts.Texts t, NumberUnit currency) => KpiText.Currency(t, currency) == NumberUnit.None;
}
