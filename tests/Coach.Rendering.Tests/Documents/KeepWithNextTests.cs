using Coach.Rendering.Documents;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Coach.Rendering.Tests.Documents;

/// <summary>A heading never ends a page: it moves to the next page with the start of what it introduces.</summary>
public class KeepWithNextTests
{
    // Headings are bold and larger than body text (10.5 pt); the title (page 1) and captions are not headings.
    private const double BodySize = 10.5;

    /// <summary>The words of every page's last line of content (above the page number).</summary>
    internal static IEnumerable<(int Page, IReadOnlyList<Word> Line)> LastLines(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        foreach (var page in document.GetPages())
        {
            // The page number sits in the footer band, below the bottom margin.
            var words = page.GetWords().Where(w => w.BoundingBox.Bottom > 50).ToList();
            if (words.Count == 0)
            {
                continue;
            }

            var bottom = words.Min(w => w.BoundingBox.Bottom);
            yield return (page.Number, words.Where(w => w.BoundingBox.Bottom < bottom + 2).ToList());
        }
    }

    internal static bool IsHeading(Word word) =>
        word.Letters.All(l => l.PointSize > BodySize + 0.5 && l.FontName?.Contains("Bold", StringComparison.OrdinalIgnoreCase) == true);

    private static DocModel Sections(int shift)
    {
        var blocks = new List<DocBlock> { new DocParagraph(string.Join("\n", Enumerable.Range(1, shift).Select(i => $"Строка {i}"))) };
        for (var section = 1; section <= 6; section++)
        {
            blocks.Add(new DocHeading(1, $"Раздел {section}"));
            blocks.Add(new DocParagraph("Короткий абзац: одна строка текста."));
            blocks.Add(new DocHeading(2, $"Подраздел {section}.1"));
            blocks.Add(new DocBullets(["первый пункт", "второй пункт"]));
            blocks.Add(new DocHeading(2, $"Таблица {section}"));
            blocks.Add(new DocTable(DocSamples.ChannelHeaders, DocSamples.ChannelRows.Take(2).ToList()));
            blocks.Add(new DocHeading(1, $"Итог {section}"));
            blocks.Add(new DocHeading(3, $"Детали {section}"));
            blocks.Add(new DocParagraph(DocSamples.LongParagraph));
        }

        return new DocModel("Стратегия", "", blocks);
    }

    [Fact]
    public void The_probe_finds_headings_by_their_bold_large_font()
    {
        var pdf = PdfDocumentWriter.Write(new DocModel("T", "", [new DocParagraph("текст"), new DocHeading(2, "Заголовок")]));

        var (_, line) = LastLines(pdf).Single();
        Assert.Equal("Заголовок", Assert.Single(line).Text);
        Assert.True(IsHeading(line[0]));
    }

    [Theory]
    [MemberData(nameof(Shifts))]
    public void No_page_ends_with_a_heading_wherever_the_breaks_fall(int shift)
    {
        var pdf = PdfDocumentWriter.Write(Sections(shift));

        var pages = LastLines(pdf).ToList();
        Assert.True(pages.Count >= 3, $"{pages.Count} pages");
        Assert.All(pages.SkipLast(1), page => Assert.DoesNotContain(page.Line, IsHeading));
    }

    // Every few lines of lead-in moves each break to another point of the sections.
    public static TheoryData<int> Shifts() => [.. Enumerable.Range(0, 10).Select(i => i * 4)];
}
