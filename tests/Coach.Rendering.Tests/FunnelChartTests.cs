using Coach.Rendering.Charts;
using Coach.Rendering.Layout;
using SkiaSharp;

namespace Coach.Rendering.Tests;

public class FunnelChartTests
{
    private static byte[] Render(ChartBar[] stages, string title = "Воронка продаж за март", int? bottleneck = Samples.Bottleneck) =>
        KpiCharts.Funnel(title, stages, Samples.Conversions, bottleneck);

    [Fact]
    public void Funnel_is_a_png_of_the_requested_size()
    {
        byte[] png = KpiCharts.Funnel("Воронка", Samples.FunnelStages, Samples.Conversions, Samples.Bottleneck, 720, 480);

        Assert.True(PngImage.HasPngSignature(png));
        using var image = PngImage.Decode(png);
        Assert.Equal((720, 480), (image.Width, image.Height));
    }

    [Fact]
    public void Funnel_title_is_drawn_in_ink()
    {
        using var image = PngImage.Decode(Render(Samples.FunnelStages));

        Assert.True(image.DarkPixels(new SKRectI(0, 0, image.Width, 60)) > 400);
    }

    // Text is the only thing drawn darker than mid-grey (bars and muted notes are lighter), so dark pixels are ink.
    [Fact]
    public void Cyrillic_title_and_stage_names_leave_ink_where_they_are_drawn()
    {
        using var labelled = PngImage.Decode(Render(Samples.FunnelStages));
        using var blank = PngImage.Decode(KpiCharts.Funnel("", Samples.Blank(Samples.FunnelStages), [], null));

        Assert.True(labelled.DarkPixels(new SKRectI(0, 0, 900, 70)) > 500, "title band");
        Assert.True(labelled.DarkPixels(new SKRectI(0, 70, 130, 560)) > 800, "stage-name column");
        Assert.True(blank.DarkPixels(blank.Full) < 50, "without text nothing should be dark");
    }

    [Fact]
    public void The_value_is_written_in_white_inside_the_widest_bar()
    {
        var insideTopBar = new SKRectI(450, 112, 650, 157);
        using var labelled = PngImage.Decode(Render(Samples.FunnelStages));
        using var blank = PngImage.Decode(Render(Samples.Blank(Samples.FunnelStages)));

        Assert.True(labelled.CountColour(SKColors.White, insideTopBar) > 150);
        Assert.Equal(0, blank.CountColour(SKColors.White, insideTopBar));
    }

    [Fact]
    public void The_bottleneck_stage_is_drawn_in_the_warm_colour()
    {
        SKColor warm = SKColor.Parse("#E8702A");
        using var highlighted = PngImage.Decode(Render(Samples.FunnelStages));
        using var plain = PngImage.Decode(Render(Samples.FunnelStages, bottleneck: null));

        Assert.True(highlighted.CountColour(warm, highlighted.Full) > 5_000);
        Assert.Equal(0, plain.CountColour(warm, plain.Full));
    }

    [Fact]
    public void Forty_sales_out_of_a_million_impressions_still_get_a_visible_bar()
    {
        double[] widths = FunnelChart.HalfWidths(Samples.FunnelStages);

        Assert.Equal(1.0, widths[0], 6);
        Assert.True(widths[3] >= 0.2, $"smallest half-width {widths[3]}");
        Assert.True(widths[0] > widths[1] && widths[1] > widths[2] && widths[2] > widths[3]);
    }

    [Fact]
    public void Stages_within_a_decade_look_nearly_equal_rather_than_stretched()
    {
        double[] widths = FunnelChart.HalfWidths([new("A", 100, "100"), new("B", 90, "90")]);

        Assert.True(widths[1] > 0.9, $"90 of 100 drawn at half-width {widths[1]}");
    }

    [Fact]
    public void Empty_and_invalid_stages_get_a_stub_narrower_than_any_real_stage()
    {
        double[] widths = FunnelChart.HalfWidths([new("A", 10, "10"), new("B", 0, "0"), new("C", double.NaN, "?"), new("D", -5, "-5")]);

        Assert.Equal(1.0, widths[0], 6);
        Assert.All(widths.Skip(1), w => Assert.True(w < 0.2));
    }

    [Fact]
    public void A_long_stage_name_is_wrapped_and_shortened_not_spilled_over_the_bars()
    {
        var style = ChartStyle.For(900, 560);
        string[] lines = TextFit.Wrap("Заявки с сайта и из мессенджеров после повторного касания ретаргетингом",
            Fonts.ChartFont.Regular, style.LabelSize, 900 * 0.3f, maxLines: 2);

        Assert.Equal(2, lines.Length);
        Assert.EndsWith("…", lines[1]);
        Assert.All(lines, l => Assert.True(TextFit.Width(l, Fonts.ChartFont.Regular, style.LabelSize) <= 270));
    }
}
