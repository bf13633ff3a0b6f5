namespace Coach.Rendering.Tests;

public class SampleChartTests
{
    /// <summary>Writes the charts to /tmp/coach-charts/ for a human look (COACH_SAVE_CHARTS=1); otherwise only renders them.</summary>
    [Fact]
    public void Sample_charts_are_saved_for_a_look_when_asked()
    {
        var samples = new Dictionary<string, byte[]>
        {
            ["funnel.png"] = KpiCharts.Funnel("Воронка продаж за март", Samples.FunnelStages, Samples.Conversions, Samples.Bottleneck),
            ["comparison.png"] = KpiCharts.Comparison("Стоимость привлечения клиента (CAC) по каналам", "CAC, ₽", Samples.ChannelCac, lowerIsBetter: true),
            ["funnel-long.png"] = KpiCharts.Funnel("Воронка с очень длинными названиями этапов, чтобы проверить перенос строк в заголовке",
                [new("Показы объявлений в поиске и сетях", 2_500_000, "2 500 000"), new("Переходы на сайт", 31_000, "31 000"),
                 new("Заявки", 0, "0"), new("Оплаченные заказы после звонка менеджера", 0, "0"), new("Повторные покупки", 0, "0")],
                ["1.24%", "0%", "—", "—"], 2),
            ["comparison-many.png"] = KpiCharts.Comparison("Конверсия по каналам", "CR, %",
                Enumerable.Range(1, 9).Select(i => new ChartBar($"Канал номер {i}", i * 0.7, $"{i * 0.7:0.0}%")).ToArray(), lowerIsBetter: false),
            ["comparison-negative.png"] = KpiCharts.Comparison("ROMI по каналам", "ROMI, %",
                [new("Контекст", 35, "35%"), new("Блогеры", -20, "−20%"), new("SEO", 120, "120%")], lowerIsBetter: false),
            ["empty.png"] = KpiCharts.Funnel("Воронка", [], [], null),
            ["phone.png"] = KpiCharts.Funnel("Воронка продаж за март", Samples.FunnelStages, Samples.Conversions, Samples.Bottleneck, 360, 224),
        };

        Assert.All(samples.Values, png => Assert.True(PngImage.HasPngSignature(png)));
        if (Environment.GetEnvironmentVariable("COACH_SAVE_CHARTS") != "1") return;

        Directory.CreateDirectory("/tmp/coach-charts");
        foreach (var (name, png) in samples) File.WriteAllBytes(Path.Combine("/tmp/coach-charts", name), png);
    }
}
