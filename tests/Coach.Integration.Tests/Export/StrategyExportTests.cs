using System.Text;
using Coach.Bot.Rendering;
using Coach.Core.Dialogue;
using Coach.Core.Flows;
using Coach.Core.Texts;
using Coach.Integration.Tests.Support;
using Coach.Storage;
using UglyToad.PdfPig;

namespace Coach.Integration.Tests.Export;

/// <summary>/export over a real LiteDB session: the PDF and Markdown files, read back.</summary>
public class StrategyExportTests
{
    private static async Task<Reply> Send(DialogueEngine engine, string text)
    {
        var outcome = await engine.HandleAsync(UserInput.Text("t:1", text, "en"));
        Assert.Null(outcome.Fault);
        return outcome.Replies[^1];
    }

    internal static async Task<IReadOnlyList<Attachment>> ExportFilledSession(string language)
    {
        using var folder = new TempFolder();
        using var store = new LiteDbSessionStore(folder.File("coach.db"));
        var engine = new DialogueEngine(store, CoachFlows.Create(), TextCatalog.Default);
        await Send(engine, "/lang " + language);
        foreach (var line in new[] { "/start coverage", "Organic bread", "3", "3", "1", "3", "2", "1", "3", "2 000", "24", "350", "20 000 000" })
        {
            await Send(engine, line);
        }

        await Send(engine, "/start smart");
        await Send(engine, "1");
        await Send(engine, "250");
        await Send(engine, language == "ru" ? "увеличить количество заказов с сайта на 20% за три месяца" : "increase orders from the website by 20% in three months");
        await Send(engine, "/kpi cac 90000 80");
        await Send(engine, "/kpi roi 60000 50000");
        await Send(engine, "/kpi funnel 100000 2000 150 30");
        var export = await Send(engine, "/export");
        return ReplyAttachments.Draw(export).Attachments;
    }

    [Fact]
    public async Task The_pdf_holds_every_section_and_the_saved_values()
    {
        var files = await ExportFilledSession("en");

        var pdf = files.Single(f => f.FileName.EndsWith(".pdf"));
        using var document = PdfDocument.Open(pdf.Content);
        var text = string.Join("\n", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        Assert.Contains("Marketing strategy", text);
        Assert.Contains("Coverage strategy", text);
        Assert.Contains("SMART goal", text);
        Assert.Contains("Next steps", text);
        Assert.Contains("16,800,000", text);
        Assert.Contains("1,125", text);
        Assert.Contains("250", text);
        Assert.Contains("persona", text);
        Assert.Contains(document.GetPages(), page => page.GetImages().Any());
    }

    [Fact]
    public async Task The_russian_markdown_holds_the_same_sections()
    {
        var files = await ExportFilledSession("ru");

        var markdown = Encoding.UTF8.GetString(files.Single(f => f.FileName.EndsWith(".md")).Content);
        Assert.Contains("# Маркетинговая стратегия", markdown);
        Assert.Contains("Стратегия охвата", markdown);
        Assert.Contains("концентрированный (нишевый) маркетинг", markdown);
        Assert.Contains("250 → 300", markdown);
        Assert.Contains("| CAC (стоимость привлечения клиента) | 1 125 ₽ |", markdown);
        Assert.Contains("20%", markdown);
        Assert.Contains("## Следующие шаги", markdown);
    }

    [Theory]
    [InlineData("en", "The picture “")]
    [InlineData("ru", "Рисунок «")]
    public async Task The_markdown_links_no_picture_file_it_is_not_sent_with_and_points_to_the_pdf(string language, string note)
    {
        var files = await ExportFilledSession(language);

        var markdown = Encoding.UTF8.GetString(files.Single(f => f.FileName.EndsWith(".md")).Content);
        Assert.DoesNotContain("![", markdown);
        Assert.DoesNotContain(".png", markdown);
        Assert.Contains(note, markdown);
        Assert.Equal(2, files.Count);
    }

    [Fact]
    public async Task An_empty_session_exports_next_steps_not_blanks()
    {
        using var folder = new TempFolder();
        using var store = new LiteDbSessionStore(folder.File("coach.db"));
        var engine = new DialogueEngine(store, CoachFlows.Create(), TextCatalog.Default);

        var files = ReplyAttachments.Draw(await Send(engine, "/export")).Attachments;

        var markdown = Encoding.UTF8.GetString(files.Single(f => f.FileName.EndsWith(".md")).Content);
        Assert.Contains("Not done yet", markdown);
        Assert.Contains("Choose the coverage strategy", markdown);
        Assert.Contains("Set a SMART goal", markdown);
    }
}
