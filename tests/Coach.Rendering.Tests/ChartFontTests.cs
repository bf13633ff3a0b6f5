using Coach.Rendering.Charts;
using Coach.Rendering.Fonts;
using Coach.Rendering.Layout;
using ScottPlot;
using ScottPlot.Plottables;

namespace Coach.Rendering.Tests;

public class ChartFontTests
{
    [Fact]
    public void ScottPlot_resolves_our_font_name_to_the_embedded_DejaVu_Sans()
    {
        ChartFont.EnsureRegistered();

        // Same instances as the ones built from the embedded bytes: not a system font that happens to share a name.
        Assert.Same(ChartFont.Regular, ScottPlot.Fonts.GetTypeface(ChartFont.Name, bold: false, italic: false));
        Assert.Same(ChartFont.Bold, ScottPlot.Fonts.GetTypeface(ChartFont.Name, bold: true, italic: false));
        Assert.Equal("DejaVu Sans", ChartFont.Regular.FamilyName);
        Assert.Equal("DejaVu Sans", ChartFont.Bold.FamilyName);
        Assert.True(ChartFont.Bold.FontStyle.Weight >= 700);
    }

    [Fact]
    public void Our_font_name_is_not_an_installed_system_font()
    {
        Assert.DoesNotContain(ChartFont.Name, SkiaSharp.SKFontManager.Default.FontFamilies);
    }

    [Fact]
    public void The_embedded_font_has_cyrillic_the_rouble_sign_and_arrows()
    {
        Assert.True(ChartFont.Regular.ContainsGlyphs("ПоказыКликиЗаявкиПродажиЁё₽→%"));
        Assert.True(ChartFont.Bold.ContainsGlyphs("ПоказыКликиЗаявкиПродажиЁё₽→%"));
    }

    [Fact]
    public void Every_text_of_the_funnel_uses_the_embedded_font()
    {
        Plot plot = FunnelChart.Build(ChartStyle.For(900, 560), "Воронка", Samples.FunnelStages, Samples.Conversions, 1);

        AssertAllTextUsesEmbeddedFont(plot);
    }

    [Fact]
    public void Every_text_of_the_comparison_uses_the_embedded_font()
    {
        Plot plot = ComparisonChart.Build(ChartStyle.For(900, 560), "CAC", "₽", Samples.ChannelCac, lowerIsBetter: true);

        AssertAllTextUsesEmbeddedFont(plot);
    }

    [Fact]
    public void The_no_data_picture_uses_the_embedded_font()
    {
        AssertAllTextUsesEmbeddedFont(ChartStyle.For(900, 560).NoData("Пусто"));
    }

    private static void AssertAllTextUsesEmbeddedFont(Plot plot)
    {
        var styles = new List<(string Where, LabelStyle Style)> { ("title", plot.Axes.Title.Label) };
        foreach (IAxis axis in plot.Axes.GetAxes())
        {
            styles.Add(($"{axis.Edge} axis label", axis.Label));
            styles.Add(($"{axis.Edge} tick labels", axis.TickLabelStyle));
        }
        foreach (IPlottable plottable in plot.GetPlottables())
        {
            if (plottable is BarPlot bars) styles.Add(("bar value labels", bars.ValueLabelStyle));
            if (plottable is Text text) styles.Add(($"text '{text.LabelText}'", text.LabelStyle));
        }

        Assert.Contains(styles, s => s.Where.StartsWith("text") || s.Where == "bar value labels");
        Assert.All(styles, s => Assert.True(s.Style.FontName == ChartFont.Name, $"{s.Where} uses '{s.Style.FontName}'"));
    }
}
