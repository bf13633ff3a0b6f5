using Coach.Rendering.Charts;
using Coach.Rendering.Layout;
using ScottPlot;

namespace Coach.Rendering;

/// <summary>
/// KPI charts as PNG bytes for chat: pure functions of their arguments, in an embedded font (DejaVu Sans),
/// so Cyrillic labels render the same on any host, including one without system fonts.
/// Bad input (no bars, zeros, NaN, very long labels, odd sizes) yields a readable picture, never an exception.
/// </summary>
public static class KpiCharts
{
    /// <summary>
    /// A horizontal funnel, first stage on top. Bar width is the stage value on a log scale, so 40 sales stay visible
    /// next to a million impressions; each bar carries its <see cref="ChartBar.ValueText"/>.
    /// </summary>
    /// <param name="title">Drawn at the top, wrapped to two lines.</param>
    /// <param name="stages">Stages in funnel order (e.g. impressions, clicks, leads, sales).</param>
    /// <param name="stepConversions">Formatted conversion of step i → i+1 (e.g. "2.4%"), drawn between the bars
    /// with an arrow; missing or extra entries are ignored.</param>
    /// <param name="bottleneckIndex">The stage after the narrowest step, drawn in a warm colour; out of range means none.</param>
    /// <param name="width">Image width in pixels.</param>
    /// <param name="height">Image height in pixels.</param>
    public static byte[] Funnel(string title, IReadOnlyList<ChartBar> stages, IReadOnlyList<string> stepConversions,
        int? bottleneckIndex, int width = 900, int height = 560)
    {
        ChartStyle style = ChartStyle.For(width, height);
        IReadOnlyList<ChartBar> clean = Clean(stages);
        Plot plot = clean.Count == 0
            ? style.NoData(title ?? "")
            : FunnelChart.Build(style, title ?? "", clean, stepConversions ?? [], bottleneckIndex);
        return Render(plot, style);
    }

    /// <summary>
    /// Vertical bars comparing categories (e.g. CAC per channel); the best bar is green, values are written above
    /// the bars and category names are wrapped under them.
    /// </summary>
    /// <param name="title">Drawn at the top, wrapped to two lines.</param>
    /// <param name="valueAxisLabel">Name of the value axis (e.g. "CAC, ₽").</param>
    /// <param name="bars">One bar per category.</param>
    /// <param name="lowerIsBetter">True when the lowest value wins (costs), false when the highest does (conversions).</param>
    /// <param name="width">Image width in pixels.</param>
    /// <param name="height">Image height in pixels.</param>
    public static byte[] Comparison(string title, string valueAxisLabel, IReadOnlyList<ChartBar> bars, bool lowerIsBetter,
        int width = 900, int height = 560)
    {
        ChartStyle style = ChartStyle.For(width, height);
        IReadOnlyList<ChartBar> clean = Clean(bars);
        Plot plot = clean.Count == 0
            ? style.NoData(title ?? "")
            : ComparisonChart.Build(style, title ?? "", valueAxisLabel ?? "", clean, lowerIsBetter);
        return Render(plot, style);
    }

    /// <summary>
    /// Customers a week, plan against actual: a line per channel, the total, the plan's total and the goal's pace.
    /// </summary>
    public static byte[] PlanActual(string title, string valueAxisLabel, IReadOnlyList<string> weeks, IReadOnlyList<(string Name, double?[] Values)> series,
        (string Name, double?[] Values) total, (string Name, double? Value) plan, (string Name, double? Value) goal, int width = 900, int height = 560)
    {
        ChartStyle style = ChartStyle.For(width, height);
        Plot plot = weeks is not { Count: > 0 }
            ? style.NoData(title ?? "")
            : Charts.PlanActualChart.Build(style, title ?? "", valueAxisLabel ?? "", weeks, series ?? [], total, plan, goal);
        return Render(plot, style);
    }

    // Callers outside nullable contexts (or deserialised data) may hand us nulls; draw them as blanks.
    private static IReadOnlyList<ChartBar> Clean(IReadOnlyList<ChartBar>? bars) =>
        (bars ?? []).Where(b => b is not null)
            .Select(b => b with { Label = b.Label ?? "", ValueText = b.ValueText ?? "" }).ToList();

    private static byte[] Render(Plot plot, ChartStyle style) =>
        plot.GetImageBytes(style.Width, style.Height, ImageFormat.Png);
}
