using UglyToad.PdfPig.Core;

namespace Coach.Rendering.Documents;

/// <summary>
/// Lays out a <see cref="DocTable"/> in a <see cref="PdfFlow"/>: columns share the content width in proportion to their
/// content, cells wrap, the bold header row repeats on every page the table spans, and a row taller than a whole page
/// is split between pages rather than drawn off the bottom.
/// </summary>
internal static class PdfTable
{
    private const double Size = 9, Pad = 4, GridWidth = 0.5;
    // A single unbreakable word may claim at most this share of the table before it is hyphenated.
    private const double MaxWordShare = 0.3;
    private const int MaxHeaderLines = 5;
    // A column whose widest line is under this share of an equal split counts as short (see ColumnWidths).
    private const double ShortColumnShare = 0.8;

    /// <summary>A table laid out for the current content width: padded cells, column widths, the wrapped header.</summary>
    private sealed record Prepared(int Columns, bool HasHeader, string[][] Body, double[] Widths, List<string>[] HeaderLines)
    {
        public double HeaderHeight => HasHeader ? RowHeight(HeaderLines) : 0;
    }

    private static Prepared? Prepare(PdfFlow flow, DocTable table)
    {
        IReadOnlyList<string> headers = table.Headers ?? [];
        IReadOnlyList<IReadOnlyList<string>> rows = table.Rows ?? [];
        int columns = Math.Max(headers.Count, rows.Select(r => r?.Count ?? 0).DefaultIfEmpty(0).Max());
        if (columns == 0) return null;
        string Cell(IReadOnlyList<string>? row, int i) => row is not null && i < row.Count ? row[i] ?? "" : "";

        string[] header = Enumerable.Range(0, columns).Select(i => Cell(headers, i)).ToArray();
        bool hasHeader = header.Any(h => h.Trim().Length > 0);
        string[][] body = rows.Select(r => Enumerable.Range(0, columns).Select(i => Cell(r, i)).ToArray()).ToArray();

        double[] widths = ColumnWidths(flow, hasHeader ? header : null, body, columns);
        // Header cells are capped so the header, repeated on every page, can never crowd out the rows.
        List<string>[] headerLines = WrapRow(flow.Bold, header, widths)
            .Select((l, c) => l.Count <= MaxHeaderLines ? l : Cut(l, flow.Bold, widths[c] - 2 * Pad)).ToArray();
        return new Prepared(columns, hasHeader, body, widths, headerLines);
    }

    /// <summary>
    /// The height the table needs to start on a page: its header and (up to half a page of) its first row. A heading
    /// above the table asks for this, so the heading moves to the next page together with the table.
    /// </summary>
    public static double StartHeight(PdfFlow flow, DocTable table) =>
        Prepare(flow, table) is { } t ? StartHeight(flow, t) : 0;

    private static double StartHeight(PdfFlow flow, Prepared t) =>
        t.HeaderHeight + (t.Body.Length > 0 ? Math.Min(RowHeight(WrapRow(flow.Regular, t.Body[0], t.Widths)), flow.PageContentHeight / 2) : 0);

    public static void Draw(PdfFlow flow, DocTable table)
    {
        if (Prepare(flow, table) is not { } t) return;
        var (columns, hasHeader, body, widths, headerLines) = t;
        double headerHeight = t.HeaderHeight;

        void DrawHeader()
        {
            if (hasHeader) DrawSlice(flow, headerLines, new int[columns], LineCount(headerLines), widths, flow.Bold, fill: true);
        }

        // Keep the header with at least the first row, so a table never starts with a lonely header at a page foot.
        flow.EnsureSpace(StartHeight(flow, t));
        DrawHeader();

        foreach (string[] row in body)
        {
            List<string>[] lines = WrapRow(flow.Regular, row, widths);
            int[] done = new int[columns];
            int left = LineCount(lines);
            while (left > 0)
            {
                double height = left * PdfFlow.LineHeight(Size) + 2 * Pad;
                bool fitsFreshPage = height <= flow.PageContentHeight - headerHeight;
                if (height <= flow.Remaining + 0.01)
                {
                    DrawSlice(flow, lines, done, left, widths, flow.Regular, fill: false);
                    break;
                }
                int fitting = (int)Math.Floor((flow.Remaining - 2 * Pad) / PdfFlow.LineHeight(Size));
                // Split only a row no page could hold, and only if a useful piece fits here; otherwise move it whole.
                if (!fitsFreshPage && fitting >= 2)
                {
                    DrawSlice(flow, lines, done, fitting, widths, flow.Regular, fill: false);
                    for (int c = 0; c < columns; c++) done[c] = Math.Min(lines[c].Count, done[c] + fitting);
                    left -= fitting;
                }
                flow.NewPage();
                DrawHeader();
            }
        }
    }

    private static List<string> Cut(List<string> lines, PdfFont font, double maxWidth)
    {
        string last = lines[MaxHeaderLines - 1].TrimEnd('-');
        while (last.Length > 0 && font.Width(last + "…", Size) > maxWidth) last = last[..^1];
        return [.. lines.Take(MaxHeaderLines - 1), last + "…"];
    }

    private static List<string>[] WrapRow(PdfFont font, string[] cells, double[] widths) =>
        cells.Select((cell, i) => PdfFlow.Wrap(cell, font, Size, widths[i] - 2 * Pad)).ToArray();

    // An empty row still takes one line, so it stays visible as a row.
    private static int LineCount(List<string>[] lines) => Math.Max(1, lines.Max(l => l.Count));

    private static double RowHeight(List<string>[] lines) => LineCount(lines) * PdfFlow.LineHeight(Size) + 2 * Pad;

    private static void DrawSlice(PdfFlow flow, List<string>[] lines, int[] from, int count, double[] widths, PdfFont font, bool fill)
    {
        double height = count * PdfFlow.LineHeight(Size) + 2 * Pad;
        double x = flow.Left;
        for (int c = 0; c < widths.Length; c++)
        {
            // Fill first (PdfPig fills and strokes in one go), then the text on top in ink colour.
            flow.Page.SetStrokeColor(PdfColour.Grid.R, PdfColour.Grid.G, PdfColour.Grid.B);
            if (fill) flow.Page.SetTextAndFillColor(PdfColour.HeaderFill.R, PdfColour.HeaderFill.G, PdfColour.HeaderFill.B);
            flow.Page.DrawRectangle(new PdfPoint(x, flow.Y - height), widths[c], height, GridWidth, fill);
            double top = flow.Y - Pad;
            for (int i = from[c]; i < Math.Min(lines[c].Count, from[c] + count); i++)
            {
                flow.Text(lines[c][i], x + Pad, top, font, Size, PdfColour.Ink);
                top -= PdfFlow.LineHeight(Size);
            }
            x += widths[c];
        }
        flow.Y -= height;
    }

    /// <summary>
    /// Column widths that fill the content width: each column wants its widest line (natural width) and needs its
    /// longest word (minimum). If everything fits naturally, the spare width is shared in proportion; otherwise each
    /// column gets its minimum plus a share of the rest in proportion to how much more it wanted.
    /// </summary>
    private static double[] ColumnWidths(PdfFlow flow, string[]? header, string[][] body, int columns)
    {
        double available = flow.ContentWidth;
        var natural = new double[columns];
        var minimum = new double[columns];
        for (int c = 0; c < columns; c++)
        {
            var cells = body.Select(r => (Text: flow.Regular.Clean(r[c]), Font: flow.Regular));
            if (header is not null) cells = cells.Append((flow.Bold.Clean(header[c]), flow.Bold));
            foreach (var (text, font) in cells)
            {
                foreach (string line in text.Split('\n'))
                {
                    natural[c] = Math.Max(natural[c], font.Width(line, Size));
                    foreach (string word in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                        minimum[c] = Math.Max(minimum[c], Math.Min(font.Width(word, Size), available * MaxWordShare));
                }
            }
            // A column of empty cells still gets a sliver, so its grid lines do not collapse into one.
            natural[c] = Math.Max(natural[c], Size) + 2 * Pad;
            minimum[c] = Math.Max(minimum[c], Size) + 2 * Pad;
            // Short columns (numbers, "Бюджет, ₽") are never wrapped: a number split over two lines misreads.
            if (natural[c] <= available / columns * ShortColumnShare) minimum[c] = natural[c];
        }

        double sumNatural = natural.Sum(), sumMinimum = minimum.Sum();
        if (sumNatural <= available) return natural.Select(n => n * available / sumNatural).ToArray();
        if (sumMinimum >= available) return minimum.Select(m => m * available / sumMinimum).ToArray();
        double extra = sumNatural - sumMinimum;
        return natural.Select((n, c) => minimum[c] + (available - sumMinimum) * (n - minimum[c]) / extra).ToArray();
    }
}
