using Coach.Core.Domain.Kpi;
using Coach.Core.Texts;

namespace Coach.Core.Flows.Kpi;

/// <summary>
/// A KPI typed after the bot's name in any chat ("@CoachBot cac 90000 80"): computed with the
/// reading of /kpi (the metric and its numbers in order, else the free-text recognizer) and no
/// session. Pure: nothing is stored and nothing is asked; what cannot be computed gets the format
/// with an example.
/// </summary>
public static class KpiInline
{
    /// <summary>The answer to an inline query, in the language of <paramref name="t"/>.</summary>
    public static KpiInlineAnswer Answer(Texts.Texts t, string query)
    {
        if (Result(query, t.Language) is { } result)
        {
            var value = KpiText.Value(t, result.Metric.Unit, result.Value, result.Arguments.Currency);
            return new KpiInlineAnswer(
                TextCatalog.Plain(t.Format("kpi.inline.title", ("name", KpiText.Name(t, result.Metric)), ("value", value))),
                TextCatalog.Plain(KpiCards.Formula(t, result)),
                KpiCards.Result(t, result),
                Computed: true);
        }

        return new KpiInlineAnswer(t["kpi.inline.help.title"], TextCatalog.Plain(t["kpi.inline.help.description"]), t["kpi.inline.help.text"], Computed: false);
    }

    private static KpiResult? Result(string query, string language)
    {
        var text = query.Trim();
        if (text.Length == 0)
        {
            return null;
        }

        if (KpiCommand.TrySplitMetric(text, out var metric, out var rest))
        {
            var split = KpiCommand.ReadSplit(metric, rest, language);
            if (split.Problem is null && split.Readings.Count <= 1 && KpiCalculator.Compute(metric, split.Values).Result is { } typed)
            {
                return typed;
            }
        }

        // "spent 90k on ads, got 80 clients": the recognizer's reading, when it gives exactly one metric.
        var complete = KpiRecognizer.Complete(KpiRecognizer.Read(text, language));
        return complete.Count == 1 ? KpiCalculator.Compute(complete[0].Metric, complete[0].Values).Result : null;
    }
}

/// <summary>One inline article: a plain title and description, and the HTML message it posts.</summary>
public sealed record KpiInlineAnswer(string Title, string Description, string Html, bool Computed);
