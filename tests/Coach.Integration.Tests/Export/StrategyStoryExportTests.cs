using System.Text;
using Coach.Bot.Rendering;
using Coach.Core.Dialogue;
using Coach.Core.Flows;
using Coach.Core.Texts;
using Coach.Integration.Tests.Support;
using Coach.Storage;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Coach.Integration.Tests.Export;

/// <summary>/export over a real LiteDB session with a whole plan: the summary page, the tables and the PDF layout, read back.</summary>
public class StrategyStoryExportTests
{
    private static async Task Send(DialogueEngine engine, string text)
    {
        var outcome = await engine.HandleAsync(UserInput.Text("t:story", text, "en"));
        Assert.Null(outcome.Fault);
    }

    private static async Task Press(DialogueEngine engine, string data)
    {
        var outcome = await engine.HandleAsync(UserInput.Press("t:story", data, "en"));
        Assert.Null(outcome.Fault);
    }

    internal static async Task<IReadOnlyList<Attachment>> ExportPlan(string language)
    {
        using var folder = new TempFolder();
        using var store = new LiteDbSessionStore(folder.File("coach.db"));
        var engine = new DialogueEngine(store, CoachFlows.Create(), TextCatalog.Default);
        await Send(engine, "/lang " + language);
        foreach (var line in new[] { "/start coverage", "Organic bread", "3", "3", "1", "3", "2", "1", "3", "2 000", "24", "350", "1 000 000" })
        {
            await Send(engine, line);
        }

        await Send(engine, "/personas new");
        foreach (var line in new[] { "Anna, 32", "30", "manager", "no time", "health" })
        {
            await Send(engine, line);
        }

        await Press(engine, "a:persona.channels:telegram");
        await Press(engine, "a:persona.channels:!");
        await Press(engine, "a:persona.depth:add");
        foreach (var line in new[] { "/skip", "2", "/skip", "/skip", "food", "price" })
        {
            await Send(engine, line);
        }

        await Press(engine, "a:persona.decision:compare");
        await Send(engine, "/start smart");
        await Send(engine, "1");
        await Send(engine, "250");
        await Send(engine, language == "ru" ? "увеличить количество заказов с сайта на 20% за три месяца" : "increase orders from the website by 20% in three months");
        await Send(engine, "/kpi cac 90000 80");
        await Send(engine, "/kpi funnel 100000 2000 150 30");
        await Send(engine, "/start channels");
        await Send(engine, "150 000");
        await Send(engine, "6");
        await Press(engine, "a:channels.list:search");
        await Press(engine, "a:channels.list:vk");
        await Press(engine, "a:channels.list:!");
        var outcome = await engine.HandleAsync(UserInput.Text("t:story", "/export", language));
        return ReplyAttachments.Draw(outcome.Replies[^1]).Attachments;
    }

    private static string PageText(Page page) => string.Join(" ", page.GetWords().Select(w => w.Text));

    [Fact]
    public async Task The_pdf_opens_with_the_summary_page_and_the_sections_start_on_the_next()
    {
        var pdf = (await ExportPlan("en")).Single(f => f.FileName.EndsWith(".pdf")).Content;

        using var document = PdfDocument.Open(pdf);
        var first = PageText(document.GetPage(1));
        Assert.Contains("Strategy on one page", first);
        Assert.Contains("Budget: 150,000 a month for 6 months", first);
        Assert.Contains("Month 2 — pilot", first);
        Assert.DoesNotContain("Why, criterion by criterion", first);
        Assert.StartsWith("Coverage strategy", PageText(document.GetPage(2)).TrimStart(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_page_of_the_exported_pdf_ends_with_a_heading()
    {
        var pdf = (await ExportPlan("ru")).Single(f => f.FileName.EndsWith(".pdf")).Content;

        using var document = PdfDocument.Open(pdf);
        Assert.True(document.NumberOfPages >= 3, $"{document.NumberOfPages} pages");
        foreach (var page in document.GetPages().SkipLast(1))
        {
            var words = page.GetWords().Where(w => w.BoundingBox.Bottom > 50).ToList();
            var bottom = words.Min(w => w.BoundingBox.Bottom);
            var last = words.Where(w => w.BoundingBox.Bottom < bottom + 2).ToList();
            // Headings are the bold text larger than the 10.5 pt body.
            Assert.DoesNotContain(last, w => w.Letters.All(l => l.PointSize > 11 && l.FontName?.Contains("Bold", StringComparison.OrdinalIgnoreCase) == true));
        }
    }

    [Fact]
    public async Task The_markdown_has_the_summary_the_restated_goal_the_kpi_inputs_the_media_plan_and_one_journey()
    {
        var files = await ExportPlan("ru");

        var markdown = Encoding.UTF8.GetString(files.Single(f => f.FileName.EndsWith(".md")).Content);
        Assert.StartsWith("# Маркетинговая стратегия", markdown, StringComparison.Ordinal);
        Assert.True(markdown.IndexOf("## Стратегия на одной странице", StringComparison.Ordinal) < markdown.IndexOf("## 🧭 Стратегия охвата", StringComparison.Ordinal));
        Assert.Contains("- Цель: Увеличить число заказов с сайта с 250 до 300 (+20%) к ", markdown);
        Assert.Contains("- Бюджет: 150 000 ₽ в месяц на срок 6 мес.", markdown);
        Assert.Contains("\n---\n", markdown);
        Assert.Contains("| CAC (стоимость привлечения клиента) | 1 125 ₽ | расходы на маркетинг 90 000 ₽, новые клиенты 80 |", markdown);
        Assert.Contains("| Канал | Роль | Месяц запуска | Бюджет в месяц | Активности | Ожидаемо в месяц |", markdown);
        Assert.Contains("| Поиск | привлечение | 2 |", markdown);
        Assert.DoesNotContain("увеличить количество заказов с сайта", markdown);
    }
}
