using Coach.Rendering.Fonts;
using ScottPlot;

namespace Coach.Rendering.Layout;

/// <summary>
/// Colours, sizes and the plot set-up shared by every chart. Every text element gets the shipped font explicitly:
/// ScottPlot draws nothing (and reports nothing) for text whose font it cannot find.
/// </summary>
internal sealed class ChartStyle
{
    public static readonly Color Ink = Color.FromHex("#222222");
    public static readonly Color Muted = Color.FromHex("#6B6B6B");
    public static readonly Color Primary = Color.FromHex("#4C78A8");
    public static readonly Color Warm = Color.FromHex("#E8702A");
    public static readonly Color Best = Color.FromHex("#2E9E4F");
    public static readonly Color Neutral = Color.FromHex("#A9BCD0");
    public static readonly Color Empty = Color.FromHex("#D5D5D5");

    private ChartStyle(int width, int height)
    {
        Width = width;
        Height = height;
        // Sizes were tuned at 900×560, which Telegram shows about 2.5× smaller on a phone; scale from there.
        Scale = Math.Clamp(Math.Min(width / 900f, height / 560f), 0.35f, 4f);
    }

    public int Width { get; }
    public int Height { get; }
    public float Scale { get; }
    // At these sizes a 900 px chart shown full-width on a phone gives labels close to body-text size.
    public float TitleSize => 34 * Scale;
    public float LabelSize => 26 * Scale;
    public float SmallSize => 22 * Scale;
    public float Margin => 18 * Scale;
    public float MinTextSize => Math.Max(9f, 11 * Scale);

    /// <summary>Sizes outside a sane range are clamped rather than rejected: a chart is never worth an exception.</summary>
    public static ChartStyle For(int width, int height) =>
        new(Math.Clamp(width, 240, 4000), Math.Clamp(height, 180, 4000));

    /// <summary>A white plot with the title wrapped to the image width; returns the pixel height the title needs.</summary>
    public Plot NewPlot(string title, out float titleBand)
    {
        ChartFont.EnsureRegistered();
        var plot = new Plot();
        plot.FigureBackground.Color = Colors.White;
        plot.DataBackground.Color = Colors.White;

        string[] lines = TextFit.Wrap(title, ChartFont.Bold, TitleSize, Width - 2 * Margin, maxLines: 2);
        string text = string.Join('\n', lines);
        plot.Axes.Title.Label.Text = text;
        plot.Axes.Title.IsVisible = text.Length > 0;
        // Centred on the image, not on the data area, which a wide label column pushes to the right.
        plot.Axes.Title.FullFigureCenter = true;
        Apply(plot.Axes.Title.Label, TitleSize, Ink, bold: true);
        // ScottPlot puts the title's baseline on top of the (empty) top axis panel, whose measured size does not scale
        // with the image; pinning that panel to our gap makes the band below exact at every size.
        plot.Axes.Top.MinimumSize = Margin;
        plot.Axes.Top.MaximumSize = Margin;
        plot.Axes.Title.VerticalPadding = Margin;
        titleBand = text.Length > 0 ? lines.Length * TextFit.LineHeight(ChartFont.Bold, TitleSize) + 2 * Margin : Margin;

        foreach (IAxis axis in plot.Axes.GetAxes())
        {
            Apply(axis.Label, LabelSize, Ink, bold: false);
            Apply(axis.TickLabelStyle, LabelSize, Ink, bold: false);
        }
        return plot;
    }

    /// <summary>Like Math.Clamp, but the minimum wins when the bounds cross (tiny images), instead of throwing.</summary>
    public static float Bound(float value, float min, float max) => Math.Max(min, Math.Min(value, max));

    public static void Apply(LabelStyle style, float size, Color color, bool bold)
    {
        style.FontName = ChartFont.Name;
        style.FontSize = size;
        style.ForeColor = color;
        style.Bold = bold;
    }

    /// <summary>Free text in data coordinates, in the shipped font.</summary>
    public static ScottPlot.Plottables.Text AddText(Plot plot, string text, double x, double y, float size,
        Color color, bool bold, Alignment alignment)
    {
        var label = plot.Add.Text(text, x, y);
        Apply(label.LabelStyle, size, color, bold);
        label.LabelStyle.Alignment = alignment;
        return label;
    }

    public static void HideAxisChrome(IAxis axis, bool hideTickLabels)
    {
        axis.FrameLineStyle.Width = 0;
        axis.MajorTickStyle.Length = 0;
        axis.MinorTickStyle.Length = 0;
        axis.TickLabelStyle.IsVisible = !hideTickLabels;
    }

    /// <summary>The picture for an empty data set: the title and a neutral bilingual note, since this layer has no locale.</summary>
    public Plot NoData(string title)
    {
        Plot plot = NewPlot(title, out float titleBand);
        foreach (IAxis axis in plot.Axes.GetAxes()) HideAxisChrome(axis, hideTickLabels: true);
        plot.HideGrid();
        plot.Layout.Fixed(new PixelPadding(Margin, Margin, Margin, titleBand));
        plot.Axes.SetLimits(-1, 1, -1, 1);
        AddText(plot, "Нет данных · No data", 0, 0, LabelSize, Muted, bold: false, Alignment.MiddleCenter);
        return plot;
    }
}
