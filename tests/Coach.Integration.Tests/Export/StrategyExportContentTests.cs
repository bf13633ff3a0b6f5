using System.Text;
using UglyToad.PdfPig;

namespace Coach.Integration.Tests.Export;

/// <summary>The files /export sends keep the niche warning and each reason's conclusion, in both formats.</summary>
public class StrategyExportContentTests
{
    [Fact]
    public async Task The_russian_markdown_keeps_the_niche_warning_and_the_conclusions()
    {
        var files = await StrategyExportTests.ExportFilledSession("ru");

        var markdown = Encoding.UTF8.GetString(files.Single(f => f.FileName.EndsWith(".md")).Content);
        Assert.Contains("меньше вашей цели 20 000 000 ₽", markdown);
        Assert.Contains("→ нишевая", markdown);
    }

    [Fact]
    public async Task The_english_pdf_keeps_the_niche_warning_and_the_conclusions()
    {
        var files = await StrategyExportTests.ExportFilledSession("en");

        using var document = PdfDocument.Open(files.Single(f => f.FileName.EndsWith(".pdf")).Content);
        var text = string.Join(" ", document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        Assert.Contains("below your target of 20,000,000", text);
        Assert.Contains("→ niche", text);
    }
}
