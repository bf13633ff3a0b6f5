using System.Text;
using Coach.Core.Dialogue;
using Coach.Rendering;
using Coach.Rendering.Documents;

namespace Coach.Bot.Rendering;

/// <summary>
/// Draws the charts and writes the documents a reply describes (Coach.Rendering) and attaches
/// them as files: charts as PNG pictures, documents as PDF and Markdown. Every transport sends
/// attachments the same way.
/// </summary>
public static class ReplyAttachments
{
    public static bool HasWork(Reply reply) => reply.Charts.Count > 0 || reply.Documents.Count > 0;

    public static Reply Draw(Reply reply)
    {
        if (!HasWork(reply))
        {
            return reply;
        }

        var files = new List<Attachment>(reply.Attachments);
        files.AddRange(reply.Charts.Select(chart => new Attachment(chart.FileName, "image/png", Render(chart), chart.Caption)));
        foreach (var document in reply.Documents)
        {
            var model = Model(document);
            files.Add(new Attachment(document.FileName + ".pdf", "application/pdf", PdfDocumentWriter.Write(model), document.Title));
            files.Add(new Attachment(document.FileName + ".md", "text/markdown", Encoding.UTF8.GetBytes(MarkdownDocumentWriter.Write(model)), document.Title));
        }

        return reply with { Attachments = files, Charts = [], Documents = [] };
    }

    public static byte[] Render(Chart chart) => chart switch
    {
        FunnelChart funnel => KpiCharts.Funnel(funnel.Title, Bars(funnel.Stages), funnel.StepConversions, funnel.BottleneckIndex),
        ComparisonChart comparison => KpiCharts.Comparison(comparison.Title, comparison.ValueAxisLabel, Bars(comparison.Bars), comparison.LowerIsBetter),
        TableChart table => TableImage.Render(table.Title, table.Headers, table.Rows, table.Tones),
        PlanActualChart weekly => KpiCharts.PlanActual(
            weekly.Title,
            weekly.ValueAxisLabel,
            weekly.Weeks,
            weekly.Series.Select(s => (s.Name, Values(s))).ToList(),
            (weekly.Total.Name, Values(weekly.Total)),
            (weekly.PlanName, (double?)weekly.Plan),
            (weekly.GoalName, (double?)weekly.Goal)),
        _ => throw new NotSupportedException($"No renderer for {chart.GetType().Name}."),
    };

    public static DocModel Model(DocumentSpec document) => new(
        document.Title,
        document.Subtitle,
        document.Blocks.Select(Block).ToList());

    private static DocBlock Block(DocumentBlock block) => block switch
    {
        DocumentHeading heading => new DocHeading(heading.Level, heading.Text),
        DocumentParagraph paragraph => new DocParagraph(paragraph.Text),
        DocumentBullets bullets => new DocBullets(bullets.Items),
        DocumentTable table => new DocTable(table.Headers, table.Rows),
        DocumentPageBreak => new DocPageBreak(),
        DocumentChart chart => new DocImage(Render(chart.Chart), chart.Chart.Caption ?? chart.Chart.Title) { MarkdownNote = chart.MarkdownNote },
        _ => throw new NotSupportedException($"No document block for {block.GetType().Name}."),
    };

    private static double?[] Values(ChartSeriesSpec series) => series.Values.Select(v => (double?)v).ToArray();

    private static List<ChartBar> Bars(IEnumerable<ChartBarSpec> bars) =>
        bars.Select(bar => new ChartBar(bar.Label, (double)bar.Value, bar.ValueText)).ToList();
}
