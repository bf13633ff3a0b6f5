using Coach.Rendering.Fonts;
using Coach.Rendering.Layout;
using SkiaSharp;

namespace Coach.Rendering.Documents;

/// <summary>
/// A table drawn as a PNG, made for a Customer Journey Map sent as a Telegram photo: the first column holds the row
/// names (fields), the other columns the stages; cells wrap, the image is as tall as its content, and cells can be
/// tinted red (negative emotion, pain) to green (delight, growth point) so a phone reader spots them at a glance.
/// </summary>
public static class TableImage
{
    // Sizes are for the default 1200 px width, which a phone shows at about its screen width; others scale from it.
    private const float BaseWidth = 1200, TitleSize = 40, HeaderSize = 25, CellSize = 24, Margin = 28, Pad = 13;
    private const float LineSpacing = 1.22f, StripeWidth = 7, GridWidth = 2;
    // A runaway cell is cut with an ellipsis rather than stretching the photo past what Telegram will show legibly.
    private const int MaxCellLines = 14, MaxTitleLines = 3;

    private static readonly SKColor Ink = SKColor.Parse("#222222");
    private static readonly SKColor HeaderFill = SKColor.Parse("#DCE6F2");
    private static readonly SKColor RowHeaderFill = SKColor.Parse("#F1F3F6");
    private static readonly SKColor Grid = SKColor.Parse("#AEB8C4");

    /// <summary>Cell tints for tones −2…+2 (index tone + 2); tests look for them in the picture.</summary>
    internal static readonly IReadOnlyList<SKColor> ToneFills =
        [SKColor.Parse("#F6C1BB"), SKColor.Parse("#FBE3E0"), SKColors.White, SKColor.Parse("#E2F3DF"), SKColor.Parse("#BFE6B8")];

    // A saturated stripe at the cell's left edge, so the tone still reads after Telegram's JPEG recompression and for
    // colour-blind readers, who may not tell the two tints apart.
    private static readonly IReadOnlyList<SKColor> ToneStripes =
        [SKColor.Parse("#D64541"), SKColor.Parse("#EE9A92"), SKColors.Transparent, SKColor.Parse("#8CCB84"), SKColor.Parse("#2E9E4F")];

    /// <summary>
    /// Renders the table as PNG bytes, <paramref name="width"/> pixels wide (clamped to 480…4000) and as tall as needed.
    /// <paramref name="cellTones"/>, if given, has the shape of <paramref name="rows"/>: tone −2…+2 per cell (0 is
    /// plain; values outside are clamped; missing entries are 0). Rows shorter than the header are padded.
    /// </summary>
    public static byte[] Render(string title, IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> rows,
        IReadOnlyList<IReadOnlyList<int>>? cellTones = null, int width = 1200)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(rows);
        width = Math.Clamp(width, 480, 4000);
        float s = width / BaseWidth;
        int columns = Math.Max(1, Math.Max(headers.Count, rows.Select(r => r?.Count ?? 0).DefaultIfEmpty(0).Max()));

        using var titleFont = new SKFont(ChartFont.Bold, TitleSize * s);
        using var headerFont = new SKFont(ChartFont.Bold, HeaderSize * s);
        using var rowHeaderFont = new SKFont(ChartFont.Bold, CellSize * s);
        using var cellFont = new SKFont(ChartFont.Regular, CellSize * s);
        float margin = Margin * s, pad = Pad * s, tableWidth = width - 2 * margin;

        var titleLines = Wrap(title, titleFont, tableWidth, MaxTitleLines);
        float[] widths = ColumnWidths(rows, columns, rowHeaderFont, tableWidth, pad);
        var headerCells = Enumerable.Range(0, columns).Select(c => Wrap(At(headers, c), headerFont, widths[c] - 2 * pad, MaxCellLines)).ToArray();
        var bodyCells = rows.Select(r => Enumerable.Range(0, columns)
            .Select(c => Wrap(At(r, c), c == 0 ? rowHeaderFont : cellFont, widths[c] - 2 * pad, MaxCellLines)).ToArray()).ToArray();

        float RowHeight(string[][] cells, SKFont font) => Math.Max(1, cells.Max(l => l.Length)) * font.Size * LineSpacing + 2 * pad;
        float titleHeight = titleLines.Length == 0 ? 0 : titleLines.Length * titleFont.Size * LineSpacing + margin * 0.6f;
        float headerHeight = RowHeight(headerCells, headerFont);
        float[] rowHeights = bodyCells.Select(c => RowHeight(c, cellFont)).ToArray();
        int height = (int)Math.Ceiling(margin + titleHeight + headerHeight + rowHeights.Sum() + margin);

        using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul))
            ?? throw new InvalidOperationException("Skia could not create a drawing surface.");
        SKCanvas canvas = surface.Canvas;
        canvas.Clear(SKColors.White);

        float y = margin;
        DrawLines(canvas, titleLines, margin, y, titleFont, Ink);
        y += titleHeight;

        float top = y;
        DrawRow(canvas, headerCells, widths, margin, y, headerHeight, _ => (HeaderFill, SKColors.Transparent), _ => headerFont, pad);
        y += headerHeight;
        for (int r = 0; r < bodyCells.Length; r++)
        {
            int row = r;
            DrawRow(canvas, bodyCells[r], widths, margin, y, rowHeights[r], c =>
            {
                int tone = Tone(cellTones, row, c);
                return (tone == 0 && c == 0 ? RowHeaderFill : ToneFills[tone + 2], ToneStripes[tone + 2]);
            }, c => c == 0 ? rowHeaderFont : cellFont, pad);
            y += rowHeights[r];
        }
        DrawGrid(canvas, widths, margin, top, headerHeight, rowHeights, Math.Max(1, GridWidth * s));

        using SKImage image = surface.Snapshot();
        using SKData png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    private static string At(IReadOnlyList<string>? cells, int i) => cells is not null && i < cells.Count ? cells[i] ?? "" : "";

    private static int Tone(IReadOnlyList<IReadOnlyList<int>>? tones, int row, int column) =>
        tones is not null && row < tones.Count && tones[row] is { } r && column < r.Count ? Math.Clamp(r[column], -2, 2) : 0;

    /// <summary>
    /// The first column (field names) gets what its longest word needs, within 14–26 % of the table; the stages share
    /// the rest equally, because a journey map reads as equal steps.
    /// </summary>
    private static float[] ColumnWidths(IReadOnlyList<IReadOnlyList<string>> rows, int columns, SKFont rowHeaderFont, float tableWidth, float pad)
    {
        if (columns == 1) return [tableWidth];
        float longestWord = rows.SelectMany(r => At(r, 0).Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries))
            .Select(word => rowHeaderFont.MeasureText(word)).DefaultIfEmpty(0).Max();
        float first = Math.Clamp(longestWord + 2 * pad, tableWidth * 0.14f, tableWidth * 0.26f);
        float rest = (tableWidth - first) / (columns - 1);
        return [first, .. Enumerable.Repeat(rest, columns - 1)];
    }

    // Newlines are kept as line breaks (TextFit treats them as spaces), and the line budget is shared across them.
    private static string[] Wrap(string? text, SKFont font, float maxWidth, int maxLines)
    {
        string clean = TextWrap.Clean(text, rune => font.Typeface.ContainsGlyph(rune.Value));
        var lines = new List<string>();
        foreach (string paragraph in clean.Split('\n').Where(p => p.Trim().Length > 0))
        {
            if (lines.Count >= maxLines)
            {
                lines[^1] = TextFit.Truncate(lines[^1] + " …", font.Typeface, font.Size, maxWidth);
                break;
            }
            lines.AddRange(TextFit.Wrap(paragraph, font.Typeface, font.Size, maxWidth, maxLines - lines.Count));
        }
        return [.. lines];
    }

    private static void DrawRow(SKCanvas canvas, string[][] cells, float[] widths, float left, float top, float height,
        Func<int, (SKColor Fill, SKColor Stripe)> colours, Func<int, SKFont> font, float pad)
    {
        using var paint = new SKPaint { IsAntialias = true };
        float x = left;
        for (int c = 0; c < cells.Length; c++)
        {
            var (fill, stripe) = colours(c);
            paint.Color = fill;
            canvas.DrawRect(x, top, widths[c], height, paint);
            if (stripe.Alpha > 0)
            {
                paint.Color = stripe;
                canvas.DrawRect(x, top, StripeWidth * font(c).Size / CellSize, height, paint);
            }
            DrawLines(canvas, cells[c], x + pad, top + pad, font(c), Ink);
            x += widths[c];
        }
    }

    private static void DrawLines(SKCanvas canvas, IEnumerable<string> lines, float x, float top, SKFont font, SKColor colour)
    {
        using var paint = new SKPaint { Color = colour, IsAntialias = true };
        float lineHeight = font.Size * LineSpacing;
        // Centre the glyph box (ascent..descent) in each line box so wrapped lines look evenly spaced.
        float baseline = top + (lineHeight - (font.Metrics.Descent - font.Metrics.Ascent)) / 2 - font.Metrics.Ascent;
        foreach (string line in lines)
        {
            canvas.DrawText(line, x, baseline, SKTextAlign.Left, font, paint);
            baseline += lineHeight;
        }
    }

    private static void DrawGrid(SKCanvas canvas, float[] widths, float left, float top, float headerHeight, float[] rowHeights, float stroke)
    {
        using var paint = new SKPaint { Color = Grid, StrokeWidth = stroke, IsAntialias = true, Style = SKPaintStyle.Stroke };
        float right = left + widths.Sum(), bottom = top + headerHeight + rowHeights.Sum();
        float y = top;
        foreach (float h in rowHeights.Prepend(headerHeight).Prepend(0f))
        {
            y += h;
            canvas.DrawLine(left, y, right, y, paint);
        }
        float x = left;
        foreach (float w in widths.Prepend(0f))
        {
            x += w;
            canvas.DrawLine(x, top, x, bottom, paint);
        }
    }
}
