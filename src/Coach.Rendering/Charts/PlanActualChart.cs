using Coach.Rendering.Layout;
using ScottPlot;

namespace Coach.Rendering.Charts;

/// <summary>
/// Customers a week, plan against actual: a thin line per channel, the total in bold, the plan's total and the goal's
/// pace as dashed horizontal lines, and a legend under the title. Weeks not reported leave a gap in their line.
/// </summary>
internal static class PlanActualChart
{
    private static readonly Color[] Palette = [ChartStyle.Primary, ChartStyle.Warm, Color.FromHex("#8E6BB8"), Color.FromHex("#3BA3A3"), Color.FromHex("#C9A227"), ChartStyle.Muted];

    public static Plot Build(ChartStyle style, string title, string valueAxisLabel, IReadOnlyList<string> weeks, IReadOnlyList<(string Name, double?[] Values)> series,
        (string Name, double?[] Values) total, (string Name, double? Value) plan, (string Name, double? Value) goal)
    {
        Plot plot = style.NewPlot(title, out float titleBand);
        plot.Layout.Fixed(new PixelPadding(style.Margin * 4, style.Margin * 1.5f, style.Margin * 4, titleBand + style.Margin * 2));
        double top = 1;
        for (int i = 0; i < series.Count; i++)
        {
            top = Math.Max(top, Line(plot, series[i].Name, series[i].Values, Palette[i % Palette.Length], 2 * style.Scale));
        }

        top = Math.Max(top, Line(plot, total.Name, total.Values, ChartStyle.Ink, 5 * style.Scale));
        foreach (var (name, value, color) in new[] { (plan.Name, plan.Value, ChartStyle.Best), (goal.Name, goal.Value, ChartStyle.Warm) })
        {
            if (value is { } y && double.IsFinite(y))
            {
                var line = plot.Add.HorizontalLine(y, 3 * style.Scale, color, LinePattern.Dashed);
                line.LegendText = name;
                top = Math.Max(top, y);
            }
        }

        plot.Axes.Bottom.SetTicks(Enumerable.Range(0, weeks.Count).Select(i => (double)i).ToArray(), weeks.ToArray());
        ChartStyle.Apply(plot.Axes.Bottom.TickLabelStyle, style.SmallSize, ChartStyle.Ink, bold: false);
        ChartStyle.Apply(plot.Axes.Left.TickLabelStyle, style.SmallSize, ChartStyle.Muted, bold: false);
        plot.Axes.Left.Label.Text = valueAxisLabel;
        ChartStyle.Apply(plot.Axes.Left.Label, style.SmallSize, ChartStyle.Muted, bold: false);
        ChartStyle.HideAxisChrome(plot.Axes.Top, hideTickLabels: true);
        ChartStyle.HideAxisChrome(plot.Axes.Right, hideTickLabels: true);
        plot.Legend.IsVisible = true;
        plot.Legend.Alignment = Alignment.UpperLeft;
        plot.Legend.FontName = Fonts.ChartFont.Name;
        plot.Legend.FontSize = style.SmallSize;
        plot.Axes.SetLimits(-0.3, Math.Max(weeks.Count - 1, 1) + 0.3, 0, top * 1.35);
        return plot;
    }

    // A line through the weeks reported; a week not reported splits it.
    private static double Line(Plot plot, string name, double?[] values, Color color, float width)
    {
        double top = 0;
        var segment = new List<(double X, double Y)>();
        bool named = false;
        void Flush()
        {
            if (segment.Count == 0) return;
            var line = plot.Add.Scatter(segment.Select(p => p.X).ToArray(), segment.Select(p => p.Y).ToArray(), color);
            line.LineWidth = width;
            line.MarkerSize = width * 3;
            if (!named)
            {
                line.LegendText = name;
                named = true;
            }

            segment.Clear();
        }

        for (int i = 0; i < values.Length; i++)
        {
            if (values[i] is { } v && double.IsFinite(v))
            {
                segment.Add((i, v));
                top = Math.Max(top, v);
            }
            else
            {
                Flush();
            }
        }

        Flush();
        return top;
    }
}
