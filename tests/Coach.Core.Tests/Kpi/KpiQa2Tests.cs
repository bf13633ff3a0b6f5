using Coach.Core.Tests.Support;

namespace Coach.Core.Tests.Kpi;

/// <summary>KPI answers the second QA pass found wrong: a refused number shifting the others, missed free-text metrics.</summary>
public class KpiRefusedNumberTests
{
    [Theory]
    [InlineData("en", "“visits before” can't be zero", "How many visits were there in the earlier period?", "(280 − 200) ÷ 200")]
    [InlineData("ru", "«визиты в прошлом периоде»: значение не может быть нулём", "Сколько визитов было в прошлом периоде?", "(280 − 200) ÷ 200")]
    public void A_zero_in_a_one_shot_kpi_is_refused_in_its_place_and_asked_again(string language, string refusal, string question, string formula)
    {
        var chat = new ChatDriver(language).Send("/start").Send("/kpi traffic_growth 0 280");

        Assert.Contains(refusal, chat.Text);
        Assert.Contains(question, chat.Last.Text);
        Assert.Contains(formula, chat.Send("200").Text);
    }

    [Theory]
    [InlineData("en", "was 0 visits, now 280", "“visits before” can't be zero", "(280 − 200) ÷ 200")]
    [InlineData("ru", "было 0 посетителей, стало 280", "«визиты в прошлом периоде»: значение не может быть нулём", "(280 − 200) ÷ 200")]
    public void A_zero_in_free_text_is_refused_and_its_question_asked(string language, string text, string refusal, string formula)
    {
        var chat = new ChatDriver(language).Send("/start").Send(text);

        Assert.Contains(refusal, chat.Text);
        Assert.Contains(formula, chat.Send("200").Text);
    }
}

public class KpiFreeTextMetricsTests
{
    [Theory]
    [InlineData("en", "revenue 500k, 1250 orders", "Average order value: 400")]
    [InlineData("ru", "выручка 500 тыс, 1250 заказов", "Средний чек: 400")]
    public void Revenue_and_orders_give_the_average_check(string language, string text, string check)
    {
        var chat = new ChatDriver(language).Send("/start").Send(text);

        Assert.Contains(check, chat.Text);
    }

    [Theory]
    [InlineData("en", "spent 30k, 2000 clicks, 100000 impressions", "CPC", "CTR", "CPM")]
    [InlineData("ru", "потратили 30 тыс, 2000 кликов, 100000 показов", "CPC", "CTR", "CPM")]
    public void Spend_clicks_and_impressions_give_cpc_ctr_and_cpm(string language, string text, string cpc, string ctr, string cpm)
    {
        var chat = new ChatDriver(language).Send("/start").Send(text);

        Assert.Contains(cpc, chat.Text);
        Assert.Contains(ctr, chat.Text);
        Assert.Contains(cpm, chat.Text);
        Assert.Contains("2%", chat.Text);
        Assert.Contains("300", chat.Text);
    }
}
