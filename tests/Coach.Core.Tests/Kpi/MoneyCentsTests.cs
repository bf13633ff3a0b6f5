using Coach.Core.Tests.Support;

namespace Coach.Core.Tests.Kpi;

/// <summary>Money with a fraction is written as a price is: with its cents, typed currency or not.</summary>
public class MoneyCentsTests
{
    [Theory]
    [InlineData("en", "/kpi cac 55000 80", "55,000 ÷ 80 = 687.50")]
    [InlineData("en", "/kpi cac $55000 80", "$55,000 ÷ 80 = $687.50")]
    [InlineData("ru", "/kpi cac 55000 80", "55 000 ₽ ÷ 80 = 687,50 ₽")]
    [InlineData("en", "/kpi cpc 300 40", "300 ÷ 40 = 7.50")]
    [InlineData("en", "/kpi cac 30000+25000.5 80", "(30,000 + 25,000.50) ÷ 80 = 55,000.50 ÷ 80 = 687.51")]
    [InlineData("ru", "/kpi cac 30000+25000,5 80", "(30 000 + 25 000,50) ÷ 80 = 55 000,50 ₽ ÷ 80 = 687,51 ₽")]
    public void A_money_result_and_its_parts_keep_their_cents(string language, string command, string formula)
    {
        var card = new ChatDriver(language).Send(command).Last.Text;

        Assert.Contains(formula, card);
    }

    [Theory]
    [InlineData("en", "/kpi cac 90000 80", "1,125")]
    [InlineData("ru", "/kpi cac 90000 80", "1 125 ₽")]
    public void A_whole_sum_stays_whole(string language, string command, string value)
    {
        var card = new ChatDriver(language).Send(command).Last.Text;

        Assert.Contains($"= {value}", card);
        Assert.DoesNotContain(value + (language == "ru" ? ",00" : ".00"), card);
    }
}
