using Coach.Rendering.Fonts;
using Coach.Rendering.Layout;
using ScottPlot;

namespace Coach.Rendering.Charts;

/// <summary>
/// Funnel layout: centred horizontal bars whose width is the stage's value on a log scale.
/// A linear scale would make 40 sales out of 1 000 000 impressions a sub-pixel sliver, and a fixed-step shape
/// would hide which step loses most. On a log scale every narrowing is proportional to the log of that step's
/// conversion, so the bottleneck is also the biggest visual drop, while the exact figure is carried by the text.
/// </summary>
internal static class FunnelChart
{
    // The narrowest positive stage still has room for a short value inside or beside it.
    private const double MinHalfWidth = 0.2;
    private const double BarThickness = 0.64;
    // Stages within one decade of each other should look nearly equal, not stretched across the full range.
    private const double MinDecadeSpan = 1.0;

    public static Plot Build(ChartStyle style, string title, IReadOnlyList<ChartBar> stages,
        IReadOnlyList<string> stepConversions, int? bottleneckIndex)
    {
        Plot plot = style.NewPlot(title, out float titleBand);
        int n = stages.Count;
        float rowPx = (style.Height - titleBand - style.Margin) / n;
        float labelSize = ChartStyle.Bound(rowPx * 0.3f, style.MinTextSize, style.LabelSize);
        float gapSize = ChartStyle.Bound(rowPx * (1 - (float)BarThickness) * 0.62f, style.MinTextSize, style.SmallSize);

        // Stage names: a row header column on the left, wrapped to two lines within a third of the image.
        float maxColumn = style.Width * 0.3f;
        string[] names = stages.Select(s => string.Join('\n',
            TextFit.Wrap(s.Label, ChartFont.Regular, labelSize, maxColumn, maxLines: rowPx > 2.6f * labelSize ? 2 : 1))).ToArray();
        float column = names.All(string.IsNullOrEmpty) ? 0 : names.Max(t => TextFit.Width(t, ChartFont.Regular, labelSize));
        float left = column > 0 ? column + 1.5f * style.Margin : style.Margin;
        float dataWidth = style.Width - left - style.Margin;

        plot.Layout.Fixed(new PixelPadding(left, style.Margin, style.Margin, titleBand));
        plot.HideGrid();
        foreach (IAxis axis in plot.Axes.GetAxes()) ChartStyle.HideAxisChrome(axis, hideTickLabels: axis != plot.Axes.Left);
        plot.Axes.Left.SetTicks(Enumerable.Range(0, n).Select(i => (double)-i).ToArray(), names);
        ChartStyle.Apply(plot.Axes.Left.TickLabelStyle, labelSize, ChartStyle.Ink, bold: false);

        double[] halfWidths = HalfWidths(stages);
        var bars = Enumerable.Range(0, n).Select(i => new Bar
        {
            Position = -i, ValueBase = -halfWidths[i], Value = halfWidths[i], Size = BarThickness,
            FillColor = !IsPositive(stages[i].Value) ? ChartStyle.Empty : i == bottleneckIndex ? ChartStyle.Warm : ChartStyle.Primary,
            LineWidth = 0, Orientation = Orientation.Horizontal,
        }).ToList();
        var barPlot = plot.Add.Bars(bars);
        barPlot.Horizontal = true;
        // Values are drawn as separate texts (inside or beside each bar); the bar labels still get our font
        // so nothing ScottPlot may draw for them falls back to a missing system font.
        ChartStyle.Apply(barPlot.ValueLabelStyle, labelSize, ChartStyle.Ink, bold: true);

        // Texts after the bars: plottables are drawn in the order they were added.
        for (int i = 0; i < n; i++)
            AddValueText(plot, style, stages[i].ValueText, -i, halfWidths[i] * dataWidth, halfWidths[i],
                labelSize, onDarkFill: IsPositive(stages[i].Value));

        for (int i = 0; i < Math.Min(stepConversions.Count, n - 1); i++)
        {
            string text = Arrowed(stepConversions[i]);
            if (text.Length == 0) continue;
            bool intoBottleneck = i + 1 == bottleneckIndex;
            ChartStyle.AddText(plot, TextFit.Truncate(text, ChartFont.Regular, gapSize, dataWidth), 0, -i - 0.5, gapSize,
                intoBottleneck ? ChartStyle.Warm : ChartStyle.Muted, bold: intoBottleneck, Alignment.MiddleCenter);
        }

        plot.Axes.SetLimits(-1, 1, -(n - 1) - 0.5, 0.5);
        return plot;
    }

    /// <summary>Bar half-widths in [MinHalfWidth, 1] from the log of each value relative to the largest.</summary>
    internal static double[] HalfWidths(IReadOnlyList<ChartBar> stages)
    {
        double[] positive = stages.Select(s => s.Value).Where(IsPositive).ToArray();
        if (positive.Length == 0) return stages.Select(_ => MinHalfWidth / 2).ToArray();
        double max = positive.Max();
        double span = Math.Max(Math.Log10(max / positive.Min()), MinDecadeSpan);
        return stages.Select(s => IsPositive(s.Value)
            ? MinHalfWidth + (1 - MinHalfWidth) * (1 - Math.Log10(max / s.Value) / span)
            : MinHalfWidth / 2).ToArray();
    }

    private static bool IsPositive(double value) => double.IsFinite(value) && value > 0;

    private static void AddValueText(Plot plot, ChartStyle style, string text, double y, double barPx,
        double halfWidth, float size, bool onDarkFill)
    {
        text = TextFit.Truncate(text, ChartFont.Bold, size, style.Width * 0.45f);
        if (text.Length == 0) return;
        float padding = 10 * style.Scale;
        // Inside in white when it fits; otherwise beside the bar in ink, where a narrow bar leaves free space.
        if (onDarkFill && TextFit.Width(text, ChartFont.Bold, size) + 2 * padding <= barPx)
        {
            ChartStyle.AddText(plot, text, 0, y, size, Colors.White, bold: true, Alignment.MiddleCenter);
            return;
        }
        var beside = ChartStyle.AddText(plot, text, halfWidth, y, size, ChartStyle.Ink, bold: true, Alignment.MiddleLeft);
        beside.OffsetX = padding;
    }

    private static string Arrowed(string? conversion)
    {
        string text = (conversion ?? "").Trim();
        return text.Length == 0 || text[0] is '→' or '↓' or '➜' ? text : $"→ {text}";
    }
}
