using Coach.Core.Dialogue;
using Coach.Core.Domain.Kpi;
using Coach.Core.Parsing;

namespace Coach.Core.Flows.Kpi;

/// <summary>The channel comparison's answer: a line per channel, the blended CAC, where to move money, and the CAC chart.</summary>
public static class ChannelCards
{
    public static Reply Result(Texts.Texts t, ChannelComparisonResult result)
    {
        var currency = NumberUnit.None;
        var lines = new List<string> { t["kpi.channels.card.title"] };
        foreach (var channel in result.Channels)
        {
            lines.Add(t.Format(
                channel.Cac is null ? "kpi.channels.card.row_no_customers" : "kpi.channels.card.row",
                ("name", channel.Row.Name),
                ("cac", channel.Cac is { } cac ? KpiText.Money(t, cac, currency) : "—"),
                ("customers", KpiText.Number(t, channel.Row.Customers)),
                ("customer_share", KpiText.Percent(t, Math.Round(channel.CustomerShare, 1))),
                ("spend", KpiText.Money(t, channel.Row.Spend, currency)),
                ("spend_share", KpiText.Percent(t, Math.Round(channel.SpendShare, 1))),
                ("cpl", channel.CostPerLead is { } cpl ? KpiText.Money(t, cpl, currency) : "—")));
        }

        if (result.BlendedCac is { } blended)
        {
            lines.Add(t.Format(
                "kpi.channels.card.blended",
                ("spend", KpiText.Money(t, result.TotalSpend, currency)),
                ("customers", KpiText.Number(t, result.TotalCustomers)),
                ("cac", KpiText.Money(t, blended, currency))));
        }

        if (result.Best is { } best)
        {
            lines.Add(result.Worst is { } worst
                ? t.Format("kpi.channels.card.shift", ("best", best.Row.Name), ("best_cac", KpiText.Money(t, best.Cac!.Value, currency)), ("worst", worst.Row.Name), ("worst_cac", worst.Cac is { } w ? KpiText.Money(t, w, currency) : "—"))
                : t.Format("kpi.channels.card.best", ("best", best.Row.Name), ("best_cac", KpiText.Money(t, best.Cac!.Value, currency))));
        }
        else
        {
            lines.Add(t.Format("kpi.channels.card.no_volume", ("share", KpiText.Percent(t, ChannelComparison.MinShareForVolume))));
        }

        var bars = result.Channels.Where(c => c.Cac is not null)
            .Select(c => new ChartBarSpec(c.Row.Name, c.Cac!.Value, KpiText.Money(t, c.Cac.Value, currency)))
            .ToList();
        return new Reply(string.Join("\n\n", lines))
        {
            Charts = [new ComparisonChart("channels-cac.png", t["kpi.channels.chart.title"], t["kpi.channels.chart.caption"], t["kpi.channels.chart.axis"], bars, LowerIsBetter: true)],
            Buttons = [[new Button(t["kpi.button.another"], ButtonData.Open(KpiFlow.Id)), new Button(t["button.menu"], ButtonData.Command("menu"))]],
        };
    }
}
