using Coach.Core.Dialogue;
using Coach.Rendering;

namespace Coach.Bot.Rendering;

/// <summary>
/// Draws the charts a reply describes (Coach.Rendering, ScottPlot) and attaches them as PNG
/// pictures, so every transport sends pictures the same way.
/// </summary>
public static class ChartAttachments
{
    public static Reply Draw(Reply reply)
    {
        if (reply.Charts.Count == 0)
        {
            return reply;
        }

        var pictures = reply.Charts.Select(chart => new Attachment(chart.FileName, "image/png", Render(chart), chart.Caption));
        return reply with { Attachments = [.. reply.Attachments, .. pictures], Charts = [] };
    }

    public static byte[] Render(Chart chart) => chart switch
    {
        FunnelChart funnel => KpiCharts.Funnel(funnel.Title, Bars(funnel.Stages), funnel.StepConversions, funnel.BottleneckIndex),
        ComparisonChart comparison => KpiCharts.Comparison(comparison.Title, comparison.ValueAxisLabel, Bars(comparison.Bars), comparison.LowerIsBetter),
        _ => throw new NotSupportedException($"No renderer for {chart.GetType().Name}."),
    };

    private static List<ChartBar> Bars(IEnumerable<ChartBarSpec> bars) =>
        bars.Select(bar => new ChartBar(bar.Label, (double)bar.Value, bar.ValueText)).ToList();
}
