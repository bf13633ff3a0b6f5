using Coach.Core.Dialogue;
using Coach.Core.Domain.Kpi;
using Coach.Core.Parsing;

namespace Coach.Core.Flows.Kpi;

/// <summary>The KPI part of /status: the latest computed metrics with their values.</summary>
public static class KpiHistory
{
    public const int Shown = 5;

    /// <summary>In the /status line: this many latest metrics, "CAC 1 125 ₽, ROI 20%".</summary>
    public const int InLine = 2;

    public static StatusPart? Status(FeatureContext context)
    {
        var t = context.Texts;
        // The same metric computed again to the same value on the same day is one line, not two identical ones.
        var latest = context.Session.KpiHistory.AsEnumerable().Reverse()
            .DistinctBy(r => (r.Metric, r.Value, r.Currency, r.Utc.Date))
            .Take(Shown).ToList();
        if (latest.Count == 0)
        {
            return null;
        }

        var lines = new List<string> { t["kpi.status.title"] };
        // The one-line summary names each metric once, at its latest value: "CAC 1 125 ₽, CAC 687,50 ₽" leaves the reader
        // asking which one holds. The lines below keep the history, each with its date.
        var brief = new List<string>();
        var briefed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in latest)
        {
            var first = briefed.Add(record.Metric);
            var currency = Enum.TryParse<NumberUnit>(record.Currency, out var unit) ? unit : NumberUnit.None;
            var date = t.Date(record.Utc);
            if (record.Metric == KpiFlow.Channels)
            {
                lines.Add(t.Format("kpi.status.line", ("metric", t["kpi.metric.opt.channels"]), ("value", KpiText.Money(t, record.Value, currency)), ("date", date)));
                if (first)
                {
                    brief.Add(t.Format("kpi.status.brief", ("metric", t["kpi.metric.opt.channels"]), ("value", KpiText.Money(t, record.Value, currency))));
                }

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
            if (first)
            {
                brief.Add(t.Format("kpi.status.brief", ("metric", t[$"kpi.metric.opt.{metric.Id}"]), ("value", KpiText.Value(t, metric.Unit, record.Value, currency))));
            }
        }

        var line = t.Format("status.line", ("title", t.Html("kpi.status.title")), ("result", new Texts.Markup(string.Join(", ", brief.Take(InLine)))));
        return new StatusPart("kpi", line, lines.Skip(1).ToList());
    }
}
