namespace Coach.Rendering.Tests;

/// <summary>Realistic chart inputs shared by the tests and the saved samples.</summary>
internal static class Samples
{
    public static readonly ChartBar[] FunnelStages =
    [
        new("Показы", 1_000_000, "1 000 000"),
        new("Клики", 24_000, "24 000"),
        new("Заявки", 1_200, "1 200"),
        new("Продажи", 40, "40"),
    ];

    public static readonly string[] Conversions = ["2.4%", "5%", "3.3%"];

    // Clicks → leads is 5%, leads → sales 3.3%, impressions → clicks 2.4%: the narrowest step leads into "Клики".
    public const int Bottleneck = 1;

    public static readonly ChartBar[] ChannelCac =
    [
        new("Контекстная реклама", 1_125, "1 125 ₽"),
        new("Таргетированная реклама во ВКонтакте", 2_340, "2 340 ₽"),
        new("SEO", 640, "640 ₽"),
        new("Email-рассылки по базе клиентов", 980, "980 ₽"),
        new("Блогеры", 3_900, "3 900 ₽"),
    ];

    public static ChartBar[] Blank(IEnumerable<ChartBar> bars) => bars.Select(b => b with { Label = "", ValueText = "" }).ToArray();
}
