using Coach.Core.Tests.Support;

namespace Coach.Core.Tests.Kpi;

/// <summary>Orders, sales and purchases count purchases, not new customers: they never give CAC.</summary>
public class OrdersAreNotCustomersTests
{
    [Theory]
    [InlineData("ru", "потратили 1,5 млн на рекламу, выручка 4 млн, 300 заказов", "4 000 000 ₽ ÷ 300 = 13 333,33 ₽")]
    [InlineData("ru", "потратили 1,5 млн на рекламу, выручка 4 млн, 300 покупок", "4 000 000 ₽ ÷ 300 = 13 333,33 ₽")]
    [InlineData("en", "spent 1.5m on ads, revenue 4m, 300 orders", "4,000,000 ÷ 300 = 13,333.33")]
    [InlineData("en", "spent 1.5m on ads, revenue 4m, 300 sales", "4,000,000 ÷ 300 = 13,333.33")]
    public void Orders_give_the_average_check_and_never_cac(string language, string sentence, string averageCheck)
    {
        var chat = new ChatDriver(language).Send("/start").Send(sentence);

        Assert.Contains(averageCheck, chat.Text);
        Assert.DoesNotContain("CAC", chat.Text);
        // The spend per order is the cost of a sale (issue 12), never the cost of a new customer.
        Assert.Contains(language == "ru" ? "Стоимость продажи" : "Cost per sale", chat.Text);
    }

    [Theory]
    [InlineData("ru", "потратили 1,5 млн на рекламу, пришло 300 клиентов", "1 500 000 ₽ ÷ 300 = 5 000 ₽")]
    [InlineData("en", "spent 1.5m on ads, got 300 customers", "1,500,000 ÷ 300 = 5,000")]
    public void New_customers_still_give_cac(string language, string sentence, string cac)
    {
        var chat = new ChatDriver(language).Send("/start").Send(sentence);

        Assert.Contains("CAC", chat.Text);
        Assert.Contains(cac, chat.Text);
    }
}
