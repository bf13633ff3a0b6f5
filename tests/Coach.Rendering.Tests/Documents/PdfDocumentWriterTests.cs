using Coach.Rendering.Documents;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Coach.Rendering.Tests.Documents;

public class PdfDocumentWriterTests
{
    // A4 and the writer's 56 pt side margins: wrapped text must stay between these, not just inside the paper.
    private const double ContentLeft = 56, ContentRight = 595 - 56, Tolerance = 0.5;

    private static readonly Lazy<byte[]> ReportPdf = new(() => PdfDocumentWriter.Write(DocSamples.Report()));

    [Fact]
    public void Report_spans_at_least_three_A4_pages()
    {
        using var pdf = PdfDocument.Open(ReportPdf.Value);
        Assert.True(pdf.NumberOfPages >= 3, $"{pdf.NumberOfPages} pages");
        Assert.All(pdf.GetPages(), page =>
        {
            Assert.Equal(595, page.Width, 0);
            Assert.Equal(842, page.Height, 0);
        });
    }

    [Fact]
    public void Every_heading_and_the_title_are_in_the_text()
    {
        string text = AllText(ReportPdf.Value);
        Assert.Contains("Отчёт по маркетингу — март 2025", text);
        Assert.Contains("Проект «Альфа» · Marketing report", text);
        Assert.All(DocSamples.Headings, heading => Assert.Contains(heading, text));
    }

    [Fact]
    public void Table_cells_with_Cyrillic_are_readable_including_wrapped_ones()
    {
        using var pdf = PdfDocument.Open(ReportPdf.Value);
        var words = pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text).ToHashSet();
        string text = AllText(ReportPdf.Value);
        // One-line cells read back whole (words of a line come out in order).
        Assert.Contains("Контекстная реклама 450 000 400 1 125", text);
        Assert.Contains("SEO 96 000 150 640 Самый дешёвый канал. Long-tail articles", text);
        // Wrapped cells share their lines with neighbouring cells in reading order, so check them word by word.
        var cells = DocSamples.ChannelRows.SelectMany(r => r).Concat(DocSamples.ChannelHeaders);
        Assert.All(cells.SelectMany(c => c.Split(' ')), word => Assert.Contains(word, words));
    }

    [Fact]
    public void Long_paragraph_wraps_without_losing_words()
    {
        using var pdf = PdfDocument.Open(ReportPdf.Value);
        Page first = pdf.GetPage(1);
        string text = Text(first);
        Assert.Contains(DocSamples.LongParagraph, text);
        // It takes several lines: the words of the paragraph sit on more than one baseline.
        var lines = first.GetWords().Where(w => w.Text is "Конверсия" or "контакта" or "бюджета.")
            .Select(w => Math.Round(w.BoundingBox.Bottom)).Distinct();
        Assert.True(lines.Count() >= 2);
    }

    [Fact]
    public void No_word_runs_off_the_page_or_into_the_side_margins()
    {
        using var pdf = PdfDocument.Open(ReportPdf.Value);
        AssertInsidePages(pdf);
    }

    [Fact]
    public void Every_page_has_its_number_in_the_footer()
    {
        using var pdf = PdfDocument.Open(ReportPdf.Value);
        foreach (Page page in pdf.GetPages())
        {
            Assert.EndsWith($"{page.Number} / {pdf.NumberOfPages}", page.Text);
            var footer = page.GetWords().Where(w => w.BoundingBox.Top < 50).Select(w => w.Text);
            Assert.Equal([$"{page.Number}", "/", $"{pdf.NumberOfPages}"], footer);
        }
    }

    [Fact]
    public void Images_are_embedded_at_the_text_width()
    {
        using var pdf = PdfDocument.Open(ReportPdf.Value);
        var images = pdf.GetPages().SelectMany(p => p.GetImages()).ToList();
        Assert.Equal(2, images.Count);
        // The 900×560 funnel fills the width between the margins; the tall CJM may be shrunk to fit a page.
        Assert.Equal(ContentRight - ContentLeft, images[0].BoundingBox.Width, 0);
        Assert.All(images, image => Assert.True(image.BoundingBox.Left >= ContentLeft - Tolerance && image.BoundingBox.Right <= ContentRight + Tolerance));
        Assert.All(images, image => Assert.True(image.BoundingBox.Bottom >= 56 && image.BoundingBox.Top <= 842 - 50));
    }

    [Fact]
    public void A_table_longer_than_a_page_repeats_its_header_on_every_page()
    {
        var rows = Enumerable.Range(1, 90).Select(i => (IReadOnlyList<string>)[$"Строка {i}", "Значение", $"{i * 10}"]).ToArray();
        byte[] bytes = PdfDocumentWriter.Write(new DocModel("Длинная таблица", "", [new DocTable(["Показатель", "Описание", "Число"], rows)]));

        using var pdf = PdfDocument.Open(bytes);
        Assert.True(pdf.NumberOfPages >= 2);
        Assert.All(pdf.GetPages(), page => Assert.Contains("Показатель", Text(page)));
        string text = AllText(bytes);
        Assert.All(rows, row => Assert.Contains($"{row[0]} Значение {row[2]}", text));
        AssertInsidePages(pdf);
    }

    [Fact]
    public void A_cell_taller_than_a_page_is_split_across_pages_not_clipped()
    {
        string huge = string.Join("\n", Enumerable.Range(1, 120).Select(i => $"строка{i}"));
        byte[] bytes = PdfDocumentWriter.Write(new DocModel("Огромная ячейка", "",
            [new DocParagraph("Вступление."), new DocTable(["A", "B"], [["короткая", huge], ["после", "конец"]])]));

        using var pdf = PdfDocument.Open(bytes);
        Assert.True(pdf.NumberOfPages >= 2);
        var words = pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text).ToHashSet();
        Assert.All(Enumerable.Range(1, 120), i => Assert.Contains($"строка{i}", words));
        Assert.Contains("конец", words);
        AssertInsidePages(pdf);
    }

    [Fact]
    public void Characters_the_font_lacks_do_not_break_the_document()
    {
        var model = new DocModel("Эмодзи 🚀 и ✅ галочки", "tab\there\r\nnext",
            [new DocHeading(7, "Уровень за пределами 1..3"), new DocParagraph("Рост 📈 на 20 %\u200D\uFE0F, 中文 ок"),
             new DocBullets(["👍 хорошо", ""]), new DocTable([], []), new DocTable(["", ""], [[""]])]);
        string text = AllText(PdfDocumentWriter.Write(model));
        Assert.Contains("Эмодзи и галочки", text);
        Assert.Contains("Рост на 20 %", text);
        Assert.Contains("хорошо", text);
    }

    [Fact]
    public void A_non_png_image_is_rejected_with_a_clear_message()
    {
        var model = new DocModel("T", "", [new DocImage([1, 2, 3], "broken")]);
        var error = Assert.Throws<ArgumentException>(() => PdfDocumentWriter.Write(model));
        Assert.Contains("PNG", error.Message);
    }

    private static void AssertInsidePages(PdfDocument pdf)
    {
        foreach (Page page in pdf.GetPages())
        {
            var media = page.MediaBox.Bounds;
            foreach (Word word in page.GetWords())
            {
                var box = word.BoundingBox;
                string where = $"'{word.Text}' on page {page.Number} at {box}";
                Assert.True(box.Left >= media.Left && box.Right <= media.Right && box.Bottom >= media.Bottom && box.Top <= media.Top, where);
                Assert.True(box.Left >= ContentLeft - Tolerance && box.Right <= ContentRight + Tolerance, where);
            }
        }
    }

    /// <summary>The page's words joined by single spaces: line breaks and wrapping become plain spaces.</summary>
    internal static string Text(Page page) => string.Join(" ", page.GetWords().Select(w => w.Text));

    internal static string AllText(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join(" ", document.GetPages().Select(Text));
    }
}
