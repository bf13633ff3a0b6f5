using Coach.Core.Domain.Channels;
using Coach.Core.Parsing;
using Coach.Core.Tests.Support;

namespace Coach.Core.Tests.Channels;

public class ChannelPlanCacCurrencyTests
{
    [Fact]
    public void A_dollar_cac_is_not_divided_into_a_rouble_budget()
    {
        var chat = new ChatDriver("ru").Send("/kpi cac $1.2k 37").Send("/start channels").Send("150 000").Choose(":6");
        chat.Send("Telegram, Instagram, Блоги");

        var card = chat.Last.Text;
        Assert.Contains("Ваш последний CAC ($32,43) посчитан в другой валюте, чем бюджет (рубли)", card);
        Assert.DoesNotContain("≈", card);
        Assert.Contains("цель — по итогам пилота", card);
    }

    [Fact]
    public void A_rouble_cac_forecasts_customers_for_a_rouble_budget()
    {
        var chat = new ChatDriver("ru").Send("/kpi cac 90000 ₽ 80").Send("/start channels").Send("150 000").Choose(":6");
        chat.Send("Telegram, Instagram, Блоги");

        var card = chat.Last.Text;
        Assert.Contains("≈ 667 клиентов", card);
        Assert.DoesNotContain("другой валюте", card);
    }

    [Fact]
    public void Only_two_different_named_currencies_keep_the_cac_out()
    {
        Assert.False(ChannelPlanner.CacFitsBudget(NumberUnit.Usd, NumberUnit.Rub));
        Assert.True(ChannelPlanner.CacFitsBudget(NumberUnit.Rub, NumberUnit.Rub));
        Assert.True(ChannelPlanner.CacFitsBudget(NumberUnit.Usd, NumberUnit.None));
    }

    [Fact]
    public void An_english_plan_uses_a_dollar_cac_with_a_bare_budget()
    {
        var chat = new ChatDriver().Send("/kpi cac $90000 80").Send("/start channels").Send("150 000").Choose(":6");
        chat.Send("telegram, instagram, blogs");

        Assert.Contains("≈ 667 customers", chat.Last.Text);
    }
}
