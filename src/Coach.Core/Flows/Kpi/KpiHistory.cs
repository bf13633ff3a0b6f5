using Coach.Core.Dialogue;
using Coach.Core.Domain.Kpi;
using Coach.Core.Parsing;

namespace Coach.Core.Flows.Kpi;

/// <summary>The KPI part of /status: the latest computed metrics with their values.</summary>
public static class KpiHistory
{
    public const int Shown = 5;

    public static string? Status(FeatureContext context)
    {
        var t = context.Texts;
        var latest = context.Session.KpiHistory.AsEnumerable().Reverse().Take(Shown).ToList();
        if (latest.Count == 0)
        {
            return null;
        }

        var lines = new List<string> { t["kpi.status.title"] };
        foreach (var record in latest)
        {
            var currency = Enum.TryParse<NumberUnit>(record.Currency, out var unit) ? unit : NumberUnit.None;
            var date = record.Utc.ToString(t.Language == Languages.Russian ? "dd.MM.yyyy" : "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            if (record.Metric == KpiFlow.Channels)
            {
                lines.Add(t.Format("kpi.status.line", ("metric", t["kpi.metric.opt.channels"]), ("value", KpiText.Money(t, record.Value, currency)), ("date", date)));
                continue;
            }

            if (KpiCatalog.Find(record.Metric) is not { } metric)
            {
                continue;
            }

            lines.Add(t.Format(
                "kpi.status.line",
                ("metric", t[$"kpi.metric.opt.{metric.Id}"]),
                ("value", KpiText.Value(t, metric.Unit, record.Value, currency)),
                ("date", date)));
        }

        return string.Join("\n", lines);
    }
}
