using Coach.Rendering.Documents;

namespace Coach.Rendering.Tests.Documents;

public class SampleDocumentTests
{
    /// <summary>Writes a sample report (PDF, Markdown + images) and CJM pictures to /tmp/coach-docs/ when COACH_SAVE_DOCS=1.</summary>
    [Fact]
    public void Sample_documents_are_saved_for_a_look_when_asked()
    {
        DocModel report = DocSamples.Report();
        var images = report.Blocks.OfType<DocImage>().ToList();
        string FileName(DocImage image) => $"report-image-{images.IndexOf(image) + 1}.png";

        var files = new Dictionary<string, byte[]>
        {
            ["report.pdf"] = PdfDocumentWriter.Write(report),
            ["report.md"] = System.Text.Encoding.UTF8.GetBytes(MarkdownDocumentWriter.Write(report, FileName)),
            ["cjm.png"] = TableImage.Render("Customer Journey Map: B2B-клиент", DocSamples.CjmHeaders, DocSamples.CjmRows, DocSamples.CjmTones),
            ["cjm-plain-800.png"] = TableImage.Render("CJM без оттенков", DocSamples.CjmHeaders, DocSamples.CjmRows, width: 800),
            ["cjm-sparse.png"] = TableImage.Render("", ["", "Этап 1", "Этап 2", "Этап 3", "Этап 4", "Этап 5"],
                [["Эмоции", "", "Очень-очень длинное слово Достопримечательность", "😀 ок", "", "x"]], [[0, 2, -2]]),
        };
        foreach (DocImage image in images) files[FileName(image)] = image.Png;

        Assert.All(files.Values, bytes => Assert.NotEmpty(bytes));
        if (Environment.GetEnvironmentVariable("COACH_SAVE_DOCS") != "1") return;

        Directory.CreateDirectory("/tmp/coach-docs");
        foreach (var (name, bytes) in files) File.WriteAllBytes(Path.Combine("/tmp/coach-docs", name), bytes);
    }
}
