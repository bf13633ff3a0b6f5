using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace Coach.Rendering.Documents;

/// <summary>An RGB colour for PdfPig's byte-based colour calls.</summary>
internal readonly record struct PdfColour(byte R, byte G, byte B)
{
    public static readonly PdfColour Ink = new(0x22, 0x22, 0x22);
    public static readonly PdfColour Heading = new(0x1F, 0x3A, 0x5F);
    public static readonly PdfColour Muted = new(0x6B, 0x6B, 0x6B);
    public static readonly PdfColour Grid = new(0x9A, 0xA5, 0xB1);
    public static readonly PdfColour HeaderFill = new(0xE8, 0xEE, 0xF5);
}

/// <summary>
/// The running layout state of a PDF: A4 pages, margins, the two fonts and a cursor that moves down the page.
/// Blocks ask for space before drawing; when it is not there, a new page starts, so nothing is ever drawn past the
/// bottom margin (the tests check every word lies inside the page).
/// </summary>
internal sealed class PdfFlow
{
    // 2 cm side margins and a bottom band that leaves room for the page number.
    public const double MarginX = 56, MarginTop = 56, MarginBottom = 64, FooterBaseline = 32;
    // DejaVu Sans' ascender and descender in ems (hhea table); used to place a baseline inside a line box.
    private const double Ascent = 0.928, Descent = 0.236;

    private readonly PdfDocumentBuilder _builder;
    private readonly List<PdfPageBuilder> _pages = [];

    public PdfFlow(PdfDocumentBuilder builder)
    {
        _builder = builder;
        NewPage();
        // The fonts measure through a page builder, so they are created after the first page exists.
        Regular = PdfFont.Embed(builder, Page, bold: false);
        Bold = PdfFont.Embed(builder, Page, bold: true);
    }

    public PdfFont Regular { get; }
    public PdfFont Bold { get; }
    public PdfPageBuilder Page { get; private set; } = null!;
    public double PageWidth => Page.PageSize.Width;
    public double Left => MarginX;
    public double Right => PageWidth - MarginX;
    public double ContentWidth => Right - Left;
    public double Top => Page.PageSize.Height - MarginTop;
    public double Bottom => MarginBottom;
    /// <summary>The whole writable height of a page: the most any single piece can ever get.</summary>
    public double PageContentHeight => Top - Bottom;

    /// <summary>Top of the free space on the current page, in PDF points from the page bottom.</summary>
    public double Y { get; set; }
    public bool AtPageTop => Y >= Top - 0.01;
    public double Remaining => Y - Bottom;

    public static double LineHeight(double size) => size * 1.4;

    public void NewPage()
    {
        Page = _builder.AddPage(PageSize.A4);
        _pages.Add(Page);
        Y = Top;
    }

    /// <summary>Starts a new page unless <paramref name="height"/> fits; a fresh page never breaks again (no empty pages).</summary>
    public void EnsureSpace(double height)
    {
        if (height > Remaining + 0.01 && !AtPageTop) NewPage();
    }

    /// <summary>Moves the cursor down by a gap, which simply vanishes at the top of a page.</summary>
    public void Gap(double height)
    {
        if (!AtPageTop) Y = Math.Max(Bottom, Y - height);
    }

    /// <summary>Cleans and wraps text for <paramref name="font"/> into lines no wider than <paramref name="maxWidth"/>.</summary>
    public static List<string> Wrap(string? text, PdfFont font, double size, double maxWidth)
    {
        string clean = font.Clean(text);
        return TextWrap.Wrap(clean, line => font.Width(line, size), maxWidth);
    }

    /// <summary>Draws one line of cleaned text with its line box's top at <paramref name="top"/>.</summary>
    public void Text(string line, double x, double top, PdfFont font, double size, PdfColour colour)
    {
        if (line.Length == 0) return;
        double gap = (LineHeight(size) - size * (Ascent + Descent)) / 2;
        Page.SetTextAndFillColor(colour.R, colour.G, colour.B);
        Page.AddText(line, size, new PdfPoint(x, top - gap - size * Ascent), font.Font);
    }

    /// <summary>Wrapped lines in the flow, breaking pages between lines; <paramref name="x"/> and width set the column.</summary>
    public void Lines(IReadOnlyList<string> lines, double x, PdfFont font, double size, PdfColour colour, bool centred = false)
    {
        double lineHeight = LineHeight(size);
        foreach (string line in lines)
        {
            EnsureSpace(lineHeight);
            double lineX = centred ? Left + (ContentWidth - font.Width(line, size)) / 2 : x;
            Text(line, lineX, Y, font, size, colour);
            Y -= lineHeight;
        }
    }

    /// <summary>"n / N" centred under every page; done last, when the page count is known.</summary>
    public void AddPageNumbers()
    {
        const double size = 8.5;
        for (int i = 0; i < _pages.Count; i++)
        {
            string label = $"{i + 1} / {_pages.Count}";
            PdfPageBuilder page = _pages[i];
            page.SetTextAndFillColor(PdfColour.Muted.R, PdfColour.Muted.G, PdfColour.Muted.B);
            page.AddText(label, size, new PdfPoint((page.PageSize.Width - Regular.Width(label, size)) / 2, FooterBaseline), Regular.Font);
        }
    }

    /// <summary>A thin horizontal rule across the content width at <paramref name="y"/>.</summary>
    public void Rule(double y, PdfColour colour, double width = 0.6)
    {
        Page.SetStrokeColor(colour.R, colour.G, colour.B);
        Page.DrawLine(new PdfPoint(Left, y), new PdfPoint(Right, y), width);
    }
}
