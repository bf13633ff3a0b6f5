using SkiaSharp;

namespace Coach.Rendering.Tests;

public class EdgeCaseTests
{
    public static TheoryData<string, ChartBar[]> AwkwardBars => new()
    {
        { "empty", [] },
        { "single", [new("Показы", 1_000, "1 000")] },
        { "all zeros", [new("Показы", 0, "0"), new("Клики", 0, "0"), new("Продажи", 0, "0")] },
        { "zero in the middle", [new("Показы", 500, "500"), new("Клики", 0, "0"), new("Продажи", 3, "3")] },
        { "not a number", [new("Показы", double.NaN, "—"), new("Клики", double.PositiveInfinity, "∞"), new("Продажи", -4, "-4")] },
        { "very long labels", [
            new(new string('Щ', 300), 10, new string('9', 80)),
            new("Очень длинное название канала продвижения, которое никак не помещается в одну строку", 5, "5 ₽"),
            new("", 1, "")] },
        { "many bars", Enumerable.Range(1, 25).Select(i => new ChartBar($"Канал {i}", i * 37, $"{i * 37} ₽")).ToArray() },
    };

    [Theory]
    [MemberData(nameof(AwkwardBars))]
    public void Funnel_renders_awkward_input_as_a_png(string _, ChartBar[] bars)
    {
        byte[] png = KpiCharts.Funnel("Воронка", bars, ["1%", "2%"], bottleneckIndex: 7);

        AssertPng(png, 900, 560);
    }

    [Theory]
    [MemberData(nameof(AwkwardBars))]
    public void Comparison_renders_awkward_input_as_a_png(string _, ChartBar[] bars)
    {
        AssertPng(KpiCharts.Comparison("Сравнение", "CAC, ₽", bars, lowerIsBetter: true), 900, 560);
        AssertPng(KpiCharts.Comparison("Сравнение", "CR, %", bars, lowerIsBetter: false), 900, 560);
    }

    [Fact]
    public void An_empty_funnel_says_there_is_no_data_in_the_middle()
    {
        using var image = PngImage.Decode(KpiCharts.Funnel("Воронка", [], [], null));

        Assert.True(image.DarkPixels(new SKRectI(0, 0, 900, 60)) > 100, "title");
        Assert.True(image.NonWhitePixels(new SKRectI(250, 250, 650, 330)) > 300, "the grey note in the middle");
    }

    [Fact]
    public void Nulls_from_loosely_typed_callers_are_drawn_as_blanks()
    {
        ChartBar[] bars = [new(null!, 3, null!), null!, new("Клики", 2, "2")];

        AssertPng(KpiCharts.Funnel(null!, bars, null!, null), 900, 560);
        AssertPng(KpiCharts.Comparison(null!, null!, bars, true), 900, 560);
        AssertPng(KpiCharts.Funnel("Воронка", null!, [], null), 900, 560);
    }

    [Theory]
    [InlineData(0, 0, 240, 180)]
    [InlineData(-5, 10_000, 240, 4000)]
    [InlineData(400, 300, 400, 300)]
    public void Unreasonable_sizes_are_clamped_instead_of_failing(int width, int height, int expectedWidth, int expectedHeight)
    {
        AssertPng(KpiCharts.Funnel("В", Samples.FunnelStages, Samples.Conversions, 1, width, height), expectedWidth, expectedHeight);
        AssertPng(KpiCharts.Comparison("С", "₽", Samples.ChannelCac, true, width, height), expectedWidth, expectedHeight);
    }

    private static void AssertPng(byte[] png, int width, int height)
    {
        Assert.True(PngImage.HasPngSignature(png));
        using var image = PngImage.Decode(png);
        Assert.Equal((width, height), (image.Width, image.Height));
    }
}
