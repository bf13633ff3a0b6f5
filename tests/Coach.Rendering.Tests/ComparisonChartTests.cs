using Coach.Rendering.Charts;
using SkiaSharp;

namespace Coach.Rendering.Tests;

public class ComparisonChartTests
{
    private static readonly SKColor Green = SKColor.Parse("#2E9E4F");

    [Fact]
    public void Comparison_is_a_png_of_the_requested_size()
    {
        byte[] png = KpiCharts.Comparison("CAC по каналам", "CAC, ₽", Samples.ChannelCac, lowerIsBetter: true, 1000, 600);

        Assert.True(PngImage.HasPngSignature(png));
        using var image = PngImage.Decode(png);
        Assert.Equal((1000, 600), (image.Width, image.Height));
    }

    // Text is the only thing drawn darker than mid-grey (bars, grid and tick numbers are lighter), so dark pixels are ink.
    [Fact]
    public void Title_values_and_wrapped_cyrillic_channel_names_leave_ink_where_they_are_drawn()
    {
        using var labelled = PngImage.Decode(KpiCharts.Comparison("CAC по каналам", "CAC, ₽", Samples.ChannelCac, true));
        using var blank = PngImage.Decode(KpiCharts.Comparison("", "", Samples.Blank(Samples.ChannelCac), true));

        Assert.True(labelled.DarkPixels(new SKRectI(0, 0, 900, 60)) > 300, "title band");
        Assert.True(labelled.DarkPixels(new SKRectI(0, 470, 900, 560)) > 1_000, "channel names under the bars");
        Assert.True(labelled.DifferingPixels(blank, new SKRectI(0, 150, 40, 450)) > 100, "value axis title on the left");
        Assert.True(blank.DarkPixels(blank.Full) < 50, "without text nothing should be dark");
    }

    [Fact]
    public void Long_channel_names_are_wrapped_into_at_most_three_lines_under_their_bar()
    {
        var plot = ComparisonChart.Build(Layout.ChartStyle.For(900, 560), "CAC", "₽", Samples.ChannelCac, lowerIsBetter: true);
        plot.GetImageBytes(900, 560, ScottPlot.ImageFormat.Png); // manual ticks are materialised on render
        string[] labels = plot.Axes.Bottom.TickGenerator.Ticks.OrderBy(t => t.Position).Select(t => t.Label).ToArray();

        Assert.StartsWith("Контекстная\nреклама", labels[0]);
        Assert.Contains("ВКонтакте", labels[1]);
        Assert.All(labels, l => Assert.True(l.Split('\n').Length <= 3, l));
    }

    [Fact]
    public void The_cheapest_channel_is_green_when_lower_is_better()
    {
        Assert.Equal(2, ComparisonChart.BestIndex(Samples.ChannelCac, lowerIsBetter: true));
        using var image = PngImage.Decode(KpiCharts.Comparison("CAC", "₽", Samples.ChannelCac, lowerIsBetter: true));
        Assert.True(image.CountColour(Green, image.Full) > 2_000);
    }

    [Fact]
    public void The_highest_value_wins_when_higher_is_better()
    {
        Assert.Equal(4, ComparisonChart.BestIndex(Samples.ChannelCac, lowerIsBetter: false));
    }

    [Fact]
    public void Nothing_is_highlighted_when_all_channels_are_equal()
    {
        ChartBar[] equal = [new("А", 5, "5"), new("Б", 5, "5")];

        Assert.Null(ComparisonChart.BestIndex(equal, lowerIsBetter: true));
        using var image = PngImage.Decode(KpiCharts.Comparison("Равные", "", equal, lowerIsBetter: true));
        Assert.Equal(0, image.CountColour(Green, image.Full));
    }

    [Fact]
    public void Not_a_number_never_wins()
    {
        ChartBar[] bars = [new("А", double.NaN, "—"), new("Б", 7, "7"), new("В", 3, "3")];

        Assert.Equal(2, ComparisonChart.BestIndex(bars, lowerIsBetter: true));
    }
}
