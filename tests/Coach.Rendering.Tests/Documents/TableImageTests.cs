using Coach.Rendering.Documents;
using SkiaSharp;

namespace Coach.Rendering.Tests.Documents;

public class TableImageTests
{
    private static readonly SKColor GridColour = SKColor.Parse("#AEB8C4");

    private static byte[] Cjm(IReadOnlyList<IReadOnlyList<int>>? tones = null, int width = 1200) =>
        TableImage.Render("Customer Journey Map: B2B-клиент", DocSamples.CjmHeaders, DocSamples.CjmRows, tones, width);

    [Fact]
    public void Renders_a_png_of_the_requested_width()
    {
        byte[] png = Cjm();
        Assert.True(PngImage.HasPngSignature(png));
        using var image = PngImage.Decode(png);
        Assert.Equal(1200, image.Width);
        Assert.InRange(image.Height, 400, 4000);

        using var narrow = PngImage.Decode(Cjm(width: 800));
        Assert.Equal(800, narrow.Width);
    }

    [Fact]
    public void Height_follows_the_content()
    {
        int Height(IReadOnlyList<IReadOnlyList<string>> rows)
        {
            using var image = PngImage.Decode(TableImage.Render("CJM", DocSamples.CjmHeaders, rows));
            return image.Height;
        }

        int two = Height(DocSamples.CjmRows.Take(2).ToArray());
        int five = Height(DocSamples.CjmRows);
        int longCells = Height(DocSamples.CjmRows.Take(2).Select(r => (IReadOnlyList<string>)r.Select(c => c + " " + c + " " + c).ToArray()).ToArray());
        Assert.True(five > two, $"{five} vs {two}");
        Assert.True(longCells > two, $"{longCells} vs {two}");
    }

    [Fact]
    public void Every_column_has_text_in_the_header_and_the_body()
    {
        using var image = PngImage.Decode(Cjm(DocSamples.CjmTones));
        int[] verticals = GridLines(image, vertical: true);
        int[] horizontals = GridLines(image, vertical: false);
        // Six columns (row names + five stages) and header + five rows.
        Assert.Equal(DocSamples.CjmHeaders.Length + 1, verticals.Length);
        Assert.Equal(DocSamples.CjmRows.Length + 2, horizontals.Length);

        for (int c = 0; c + 1 < verticals.Length; c++)
        {
            var header = new SKRectI(verticals[c] + 3, horizontals[0] + 3, verticals[c + 1] - 2, horizontals[1] - 2);
            var body = new SKRectI(verticals[c] + 12, horizontals[1] + 3, verticals[c + 1] - 2, horizontals[^1] - 2);
            if (c > 0) Assert.True(image.DarkPixels(header) > 100, $"header of column {c}");
            Assert.True(image.DarkPixels(body) > 500, $"body of column {c}");
        }
    }

    [Fact]
    public void Tones_tint_cells_red_to_green_only_when_given()
    {
        using var toned = PngImage.Decode(Cjm(DocSamples.CjmTones));
        using var plain = PngImage.Decode(Cjm());

        Assert.True(toned.CountColour(TableImage.ToneFills[0], toned.Full) > 1000, "strong red");
        Assert.True(toned.CountColour(TableImage.ToneFills[1], toned.Full) > 1000, "light red");
        Assert.True(toned.CountColour(TableImage.ToneFills[4], toned.Full) > 1000, "strong green");
        Assert.True(toned.CountColour(TableImage.ToneFills[3], toned.Full) > 1000, "light green");
        Assert.All(new[] { 0, 1, 3, 4 }, i => Assert.Equal(0, plain.CountColour(TableImage.ToneFills[i], plain.Full)));
    }

    [Fact]
    public void Odd_input_still_renders()
    {
        byte[][] images =
        [
            TableImage.Render("", ["A"], []),
            TableImage.Render("Рваные строки 🚀", ["", "Этап 1", "Этап 2"], [["Эмоции"], ["Боли", null!, "x", "лишняя"]], [[5, -9], []], width: 100),
            TableImage.Render("Очень длинный текст", ["", "Этап"], [["Поле", string.Join(" ", Enumerable.Repeat("слово", 400))]]),
        ];
        Assert.All(images, png => Assert.True(PngImage.HasPngSignature(png)));
        using var clamped = PngImage.Decode(images[1]);
        Assert.Equal(480, clamped.Width);
        // A runaway cell is cut with an ellipsis instead of producing a photo Telegram would shrink to nothing.
        using var capped = PngImage.Decode(images[2]);
        Assert.InRange(capped.Height, 300, 1000);
    }

    /// <summary>Positions of grid lines: pixel columns (or rows) that are grid-coloured along most of the table.</summary>
    private static int[] GridLines(PngImage image, bool vertical)
    {
        int length = vertical ? image.Width : image.Height;
        int span = vertical ? image.Height : image.Width;
        var hits = new List<int>();
        for (int i = 0; i < length; i++)
        {
            var line = vertical ? new SKRectI(i, 0, i + 1, image.Height) : new SKRectI(0, i, image.Width, i + 1);
            if (image.CountColour(GridColour, line) > span * 0.5) hits.Add(i);
        }
        // A 2 px line covers one or two pixel rows: merge neighbours into one position.
        return hits.Where((x, k) => k == 0 || hits[k - 1] != x - 1).ToArray();
    }
}
