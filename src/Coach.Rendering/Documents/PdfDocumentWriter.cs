using System.Buffers.Binary;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace Coach.Rendering.Documents;

/// <summary>
/// Writes a <see cref="DocModel"/> as an A4 PDF with PdfPig: DejaVu Sans embedded (so Cyrillic, ₽ and dashes render
/// on any reader), text wrapped by measured width, page breaks wherever content runs out of room, tables with
/// proportional wrapped columns, images scaled to the text width and page numbers in the footer.
/// </summary>
public static class PdfDocumentWriter
{
    private const double BodySize = 10.5, CaptionSize = 9, TitleSize = 20, SubtitleSize = 11.5;
    private const double BlockGap = 7, BulletIndent = 16;
    // Room for a one-line level-1 heading with its gaps (see ImageLayout).
    private const double HeadingAllowance = 16 * 1.4 + 3 + 16;
    private static readonly double[] HeadingSizes = [16, 13.5, 11.5];
    private static readonly double[] HeadingGaps = [16, 12, 9];

    /// <summary>The PDF file bytes for <paramref name="model"/>. Never throws for odd text; throws for a non-PNG image.</summary>
    public static byte[] Write(DocModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        using var builder = new PdfDocumentBuilder();
        builder.DocumentInformation.Title = model.Title;
        builder.DocumentInformation.Creator = "Coach";

        var flow = new PdfFlow(builder);
        WriteTitle(flow, model);
        var blocks = model.Blocks ?? [];
        for (int i = 0; i < blocks.Count; i++)
        {
            switch (blocks[i])
            {
                case DocHeading heading: WriteHeading(flow, heading, i + 1 < blocks.Count ? blocks[i + 1] : null); break;
                case DocParagraph paragraph: WriteParagraph(flow, paragraph); break;
                case DocBullets bullets: WriteBullets(flow, bullets); break;
                case DocTable table: PdfTable.Draw(flow, table); flow.Gap(BlockGap * 1.5); break;
                case DocImage image: WriteImage(flow, image); break;
                case DocPageBreak when !flow.AtPageTop: flow.NewPage(); break;
                case DocPageBreak: break;
                case null: break;
                default: throw new NotSupportedException($"No PDF layout for {blocks[i].GetType().Name}.");
            }
        }
        flow.AddPageNumbers();
        return builder.Build();
    }

    private static void WriteTitle(PdfFlow flow, DocModel model)
    {
        flow.Lines(PdfFlow.Wrap(model.Title, flow.Bold, TitleSize, flow.ContentWidth), flow.Left, flow.Bold, TitleSize, PdfColour.Heading);
        if (!string.IsNullOrWhiteSpace(model.Subtitle))
            flow.Lines(PdfFlow.Wrap(model.Subtitle, flow.Regular, SubtitleSize, flow.ContentWidth), flow.Left, flow.Regular, SubtitleSize, PdfColour.Muted);
        flow.Y -= 6;
        flow.Rule(flow.Y, PdfColour.Grid);
        flow.Y -= 14;
    }

    private static void WriteHeading(PdfFlow flow, DocHeading heading, DocBlock? next)
    {
        int level = Math.Clamp(heading.Level, 1, 3) - 1;
        double size = HeadingSizes[level];
        flow.Gap(HeadingGaps[level]);
        var lines = PdfFlow.Wrap(heading.Text, flow.Bold, size, flow.ContentWidth);
        // Keep with next: a heading goes to the next page unless the start of what it introduces fits under it
        // (a whole image, a table's header and first row, a sub-heading with its first lines, or three lines of text).
        double follow = next switch
        {
            DocImage image => Layout(flow, image).Total,
            DocTable table => PdfTable.StartHeight(flow, table),
            DocHeading sub => HeadingGaps[Math.Clamp(sub.Level, 1, 3) - 1] + PdfFlow.LineHeight(HeadingSizes[Math.Clamp(sub.Level, 1, 3) - 1])
                + 3 + 3 * PdfFlow.LineHeight(BodySize),
            _ => 3 * PdfFlow.LineHeight(BodySize),
        };
        flow.EnsureSpace(lines.Count * PdfFlow.LineHeight(size) + 3 + follow);
        flow.Lines(lines, flow.Left, flow.Bold, size, PdfColour.Heading);
        flow.Y -= 3;
    }

    private static void WriteParagraph(PdfFlow flow, DocParagraph paragraph)
    {
        var lines = PdfFlow.Wrap(paragraph.Text, flow.Regular, BodySize, flow.ContentWidth);
        // An empty line in the source is a half-line gap, not a full blank line (paragraph spacing, not a hole).
        foreach (string line in lines)
        {
            if (line.Length == 0) flow.Gap(PdfFlow.LineHeight(BodySize) / 2);
            else flow.Lines([line], flow.Left, flow.Regular, BodySize, PdfColour.Ink);
        }
        flow.Gap(BlockGap);
    }

    private static void WriteBullets(PdfFlow flow, DocBullets bullets)
    {
        double lineHeight = PdfFlow.LineHeight(BodySize);
        // Blank items are skipped: a lone bullet reads as a rendering fault, not as content.
        foreach (string item in (bullets.Items ?? []).Where(i => !string.IsNullOrWhiteSpace(i)))
        {
            var lines = PdfFlow.Wrap(item, flow.Regular, BodySize, flow.ContentWidth - BulletIndent);
            // The bullet and the item's first line must land on the same page.
            flow.EnsureSpace(lineHeight);
            flow.Text("•", flow.Left + 4, flow.Y, flow.Regular, BodySize, PdfColour.Heading);
            flow.Lines(lines, flow.Left + BulletIndent, flow.Regular, BodySize, PdfColour.Ink);
            flow.Y -= 2;
        }
        flow.Gap(BlockGap);
    }

    /// <summary>Where an image goes: its size in points and its wrapped caption.</summary>
    private sealed record ImageLayout(double Width, double Height, List<string> Caption, double CaptionHeight)
    {
        public const double LeadGap = BlockGap / 2;
        public double Total => LeadGap + Height + CaptionHeight;
    }

    // Full text width; a tall image is shrunk (keeping its aspect) so it, its caption and a heading above it fit on
    // one page; otherwise keep-with-next would leave the heading alone on a page.
    private static ImageLayout Layout(PdfFlow flow, DocImage image)
    {
        var (pixelWidth, pixelHeight) = PngSize(image.Png);
        var caption = string.IsNullOrWhiteSpace(image.Caption) ? [] : PdfFlow.Wrap(image.Caption, flow.Regular, CaptionSize, flow.ContentWidth);
        double captionHeight = caption.Count * PdfFlow.LineHeight(CaptionSize) + 4;
        double width = flow.ContentWidth;
        double height = width * pixelHeight / pixelWidth;
        double maxHeight = flow.PageContentHeight - captionHeight - ImageLayout.LeadGap - HeadingAllowance;
        if (height > maxHeight) (width, height) = (width * maxHeight / height, maxHeight);
        return new ImageLayout(width, height, caption, captionHeight);
    }

    private static void WriteImage(PdfFlow flow, DocImage image)
    {
        ImageLayout layout = Layout(flow, image);
        flow.EnsureSpace(layout.Total);
        flow.Gap(ImageLayout.LeadGap);
        double x = flow.Left + (flow.ContentWidth - layout.Width) / 2;
        var placement = new PdfRectangle(new PdfPoint(x, flow.Y - layout.Height), new PdfPoint(x + layout.Width, flow.Y));
        // PdfPig decodes the PNG itself (palette, grey, 16-bit and interlaced files all work) and stores it as an
        // image XObject scaled into this rectangle.
        flow.Page.AddPng(image.Png, placement);
        flow.Y -= layout.Height + 4;
        flow.Lines(layout.Caption, flow.Left, flow.Regular, CaptionSize, PdfColour.Muted, centred: true);
        flow.Gap(BlockGap * 1.5);
    }

    // Placement needs the aspect ratio before PdfPig decodes the image; the PNG header has it at fixed offsets.
    private static (int Width, int Height) PngSize(byte[]? png)
    {
        ReadOnlySpan<byte> signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        if (png is null || png.Length < 24 || !png.AsSpan(0, 8).SequenceEqual(signature) || png[12] != 'I' || png[15] != 'R')
            throw new ArgumentException("DocImage.Png is not a PNG file.", nameof(png));
        int width = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4));
        int height = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4));
        if (width <= 0 || height <= 0) throw new ArgumentException("DocImage.Png has no pixels.", nameof(png));
        return (width, height);
    }
}
