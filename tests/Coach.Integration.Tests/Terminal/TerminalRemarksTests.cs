using Coach.Integration.Tests.Support;

namespace Coach.Integration.Tests.Terminal;

/// <summary>Consultant remarks in the terminal chat.</summary>
public class TerminalRemarksTests
{
    [Fact]
    public async Task A_russian_cac_card_remarks_on_a_thin_ltv_to_cac_from_the_ltv_computed_before()
    {
        using var folder = new TempFolder();

        // LTV 29 120 ₽ at a 50% margin is 14 560 ₽ of profit; a CAC of 7 000 ₽ leaves 2.1.
        var output = await TerminalChatTests.Run(folder, "/kpi ltv 280 2/нед 1 год 50%\n/kpi cac 70000 10\n/kpi cac 70000 10\n", language: "ru");

        Assert.Contains("7 000 ₽", output);
        Assert.Contains("💬 Замечание консультанта. LTV/CAC = 2,1: ниже 3 клиент едва возвращает то, что стоило его привлечь", output);
        Assert.Equal(1, output.Split("Замечание консультанта").Length - 1);
    }
}
