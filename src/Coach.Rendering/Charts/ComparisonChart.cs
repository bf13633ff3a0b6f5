using Coach.Rendering.Fonts;
using Coach.Rendering.Layout;
using ScottPlot;

namespace Coach.Rendering.Charts;

/// <summary>
/// Vertical bars per channel with the best one in green. Category names are wrapped under their bar rather than
/// rotated: rotated Cyrillic is hard to read at phone size, and wrapping keeps the label inside its own slot.
/// There are no tick numbers: every bar carries its exact value, and the width they took is worth more to the names.
/// </summary>
internal static class ComparisonChart
{
    private const double BarWidth = 0.6;
    private const int MaxCategoryLines = 3;

    public static Plot Build(ChartStyle style, string title, string valueAxisLabel, IReadOnlyList<ChartBar> bars, bool lowerIsBetter)
    {
        Plot plot = style.NewPlot(title, out float titleBand);
        int n = bars.Count;
        double[] values = bars.Select(b => double.IsFinite(b.Value) ? b.Value : 0).ToArray();
        int? best = BestIndex(bars, lowerIsBetter);

        // Horizontal budget first: the axis title column, then equal slots for the bars.
        float axisLabelSize = style.SmallSize;
        double top = Math.Max(0, values.Max()), bottom = Math.Min(0, values.Min());
        if (top == bottom) top = 1;
        string axisTitle = TextFit.Truncate(valueAxisLabel, ChartFont.Regular, axisLabelSize, style.Height - titleBand);
        float left = style.Margin + (axisTitle.Length > 0 ? TextFit.LineHeight(ChartFont.Regular, axisLabelSize) + style.Margin / 2 : 0);
        float right = style.Margin * 1.5f;
        float slot = (style.Width - left - right) / n;

        (float categorySize, string[] categories) = FitCategories(style, bars, slot * 0.94f);
        int lines = categories.Max(c => c.Split('\n').Length);
        float bottomBand = lines * TextFit.LineHeight(ChartFont.Regular, categorySize) + style.Margin * 1.2f;

        plot.Layout.Fixed(new PixelPadding(left, right, bottomBand, titleBand));
        float valueSize = FitSize(style, bars.Select(b => b.ValueText), ChartFont.Bold, slot * 0.98f, style.LabelSize);

        var plotted = bars.Select((b, i) => new Bar
        {
            Position = i, Value = values[i], Size = BarWidth, LineWidth = 0,
            FillColor = i == best ? ChartStyle.Best : ChartStyle.Neutral,
            ValueLabel = TextFit.Truncate(b.ValueText, ChartFont.Bold, valueSize, slot * 0.98f),
        }).ToList();
        var barPlot = plot.Add.Bars(plotted);
        ChartStyle.Apply(barPlot.ValueLabelStyle, valueSize, ChartStyle.Ink, bold: true);

        plot.Axes.Bottom.SetTicks(Enumerable.Range(0, n).Select(i => (double)i).ToArray(), categories);
        ChartStyle.Apply(plot.Axes.Bottom.TickLabelStyle, categorySize, ChartStyle.Ink, bold: false);
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        plot.Axes.Bottom.FrameLineStyle.Color = ChartStyle.Muted;

        plot.Axes.Left.Label.Text = axisTitle;
        ChartStyle.Apply(plot.Axes.Left.Label, axisLabelSize, ChartStyle.Muted, bold: false);
        // An empty tick list, not only hidden tick labels: with automatic ticks (labels hidden) ScottPlot 5.1.59
        // did not draw the axis title at all inside our fixed margin.
        ChartStyle.HideAxisChrome(plot.Axes.Left, hideTickLabels: true);
        plot.Axes.Left.SetTicks([], []);
        ChartStyle.HideAxisChrome(plot.Axes.Top, hideTickLabels: true);
        ChartStyle.HideAxisChrome(plot.Axes.Right, hideTickLabels: true);
        plot.HideGrid();
        if (bottom < 0)
        {
            var zero = plot.Add.HorizontalLine(0, 1, ChartStyle.Muted);
            ChartStyle.Apply(zero.LabelStyle, axisLabelSize, ChartStyle.Muted, bold: false);
            plot.Axes.Bottom.FrameLineStyle.Width = 0; // the zero line is the baseline; a second one below reads as an axis
        }

        // Head room in pixels, converted to data units, so the value label above the tallest bar is never clipped.
        float dataHeight = style.Height - titleBand - bottomBand;
        double room = (TextFit.LineHeight(ChartFont.Bold, valueSize) + style.Margin) / Math.Max(dataHeight, 1) * 1.4;
        double span = top - bottom;
        plot.Axes.SetLimits(-0.5, n - 0.5, bottom < 0 ? bottom - span * room : 0, top + span * room);
        return plot;
    }

    /// <summary>The single best bar, or none when there is nothing to choose between (all equal).</summary>
    internal static int? BestIndex(IReadOnlyList<ChartBar> bars, bool lowerIsBetter)
    {
        var finite = bars.Select((b, i) => (b.Value, i)).Where(x => double.IsFinite(x.Value)).ToList();
        if (finite.Count == 0) return null;
        if (finite.Count > 1 && finite.All(x => x.Value == finite[0].Value)) return null;
        var ordered = lowerIsBetter ? finite.OrderBy(x => x.Value) : finite.OrderByDescending(x => x.Value);
        return ordered.First().i;
    }

    // Preference: whole words at 100–75 % size; then hyphenated words at the largest size that fits (a hyphen costs
    // less readability on a phone than tiny type); an ellipsis only when even the smallest size cannot hold the name.
    private static (float Size, string[] Labels) FitCategories(ChartStyle style, IReadOnlyList<ChartBar> bars, float width)
    {
        float floor = Math.Max(style.MinTextSize, style.LabelSize * 0.75f);
        float size = Largest(style.LabelSize, floor, s => bars.All(b => TextFit.Fits(b.Label, ChartFont.Regular, s, width, MaxCategoryLines, false)))
            ?? Largest(style.LabelSize, style.MinTextSize, s => bars.All(b => TextFit.Fits(b.Label, ChartFont.Regular, s, width, MaxCategoryLines, true)))
            ?? style.MinTextSize;
        return (size, bars.Select(b => string.Join('\n', TextFit.Wrap(b.Label, ChartFont.Regular, size, width, MaxCategoryLines))).ToArray());
    }

    private static float? Largest(float from, float to, Func<float, bool> fits)
    {
        for (float size = from; size >= to; size -= 1)
            if (fits(size)) return size;
        return null;
    }

    private static float FitSize(ChartStyle style, IEnumerable<string> texts, SkiaSharp.SKTypeface face, float width, float preferred)
    {
        float widest = texts.Select(t => TextFit.Width(t ?? "", face, preferred)).DefaultIfEmpty(0).Max();
        return widest <= width ? preferred : Math.Max(style.MinTextSize, preferred * width / widest);
    }
}
