using Coach.Integration.Tests.Support;

namespace Coach.Integration.Tests.Terminal;

/// <summary>Russian dotted thousands, orders that are not customers, and a number that completes free text, in the terminal chat.</summary>
public class TerminalKpiNumbersTests
{
    [Fact]
    public async Task A_russian_terminal_reads_dotted_thousands_in_kpi()
    {
        using var folder = new TempFolder();

        var output = await TerminalChatTests.Run(folder, "/kpi cac 90.000 80\n", language: "ru");

        Assert.Contains("90 000 ₽ ÷ 80 = 1 125 ₽", output);
    }

    [Fact]
    public async Task Orders_in_free_text_give_no_cac_in_the_terminal()
    {
        using var folder = new TempFolder();

        var output = await TerminalChatTests.Run(folder, "потратили 1,5 млн на рекламу, выручка 4 млн, 300 заказов\n", language: "ru");

        Assert.Contains("4 000 000 ₽ ÷ 300", output);
        Assert.DoesNotContain("CAC", output);
    }

    [Theory]
    [InlineData("ru", "потратили 90 000 на рекламу", "90 000 ₽ ÷ 80 = 1 125 ₽")]
    [InlineData("en", "spent 90000 on ads", "90,000 ÷ 80 = 1,125")]
    public async Task A_number_typed_after_ad_spend_completes_cac_in_the_terminal(string language, string spend, string cac)
    {
        using var folder = new TempFolder();

        var output = await TerminalChatTests.Run(folder, spend + "\n80\n", language);

        Assert.Contains(cac, output);
    }
}
