using Coach.Core.Flows.Kpi;
using Coach.Core.Parsing;

namespace Coach.Core.Tests.Kpi;

public class KpiRecognizerTests
{
    // Sentence → the slots its numbers fill ("slot=value", in any order) and the metric it names, if any.
    [Theory]
    [InlineData("потратили 90 000 на рекламу, пришло 80 клиентов", "spend=90000 customers=80", null)]
    [InlineData("spent $1.2k on ads, 37 sales from 1,850 visitors", "spend=1200 sales=37 visitors=1850", null)]
    [InlineData("spent 90k, got 80 clients", "spend=90000 customers=80", null)]
    [InlineData("Потратили 1,5 млн, получили 300 заказов", "spend=1500000 sales=300", null)]
    [InlineData("бюджет 50 тыс, 25 заявок", "spend=50000 leads=25", null)]
    [InlineData("вложили 200к в рекламу и получили 4000 кликов", "spend=200000 clicks=4000", null)]
    [InlineData("4000 кликов и 200 000 показов", "clicks=4000 impressions=200000", null)]
    [InlineData("1 850 посетителей, 37 покупок", "visitors=1850 sales=37", null)]
    [InlineData("выручка 500 000, 1 000 покупок", "revenue=500000 sales=1000", null)]
    [InlineData("прибыль 60 000, расходы 50 000", "profit=60000 spend=50000", null)]
    [InlineData("было 200 визитов, стало 280", "before=200 after=280", null)]
    [InlineData("traffic was 200 and now 280", "before=200 after=280", null)]
    [InlineData("we had 12,000 visitors and 240 orders", "visitors=12000 sales=240", null)]
    [InlineData("$5,000 budget brought 125 leads", "spend=5000 leads=125", null)]
    [InlineData("revenue $30k from 600 orders", "revenue=30000 sales=600", null)]
    [InlineData("profit 80k on 40k spend", "profit=80000 spend=40000", null)]
    [InlineData("2 500 000 impressions, 50 000 clicks", "impressions=2500000 clicks=50000", null)]
    [InlineData("заработали 150 тыс на рекламе за 50 тыс", "revenue=150000", null)]
    [InlineData("какой cac если потратили 90000 и 80 клиентов", "spend=90000 customers=80", "cac")]
    [InlineData("посчитай конверсию: 37 продаж из 1850 посетителей", "sales=37 visitors=1850", "conversion")]
    [InlineData("roi: прибыль 60 000, затраты 50 000", "profit=60000 spend=50000", "roi")]
    [InlineData("what is my CTR with 300 clicks and 15,000 impressions", "clicks=300 impressions=15000", "ctr")]
    [InlineData("ROAS: revenue 150k, spend 50k", "revenue=150000 spend=50000", "roas")]
    [InlineData("средний чек: выручка 420 000 и 1 200 покупок", "revenue=420000 sales=1200", "average_check")]
    [InlineData("cpc если бюджет 30 000 и 1 500 кликов", "spend=30000 clicks=1500", "cpc")]
    [InlineData("CPM: spent 12k for 400k impressions", "spend=12000 impressions=400000", "cpm")]
    [InlineData("воронка 100 000 показов 2 000 кликов 150 лидов 30 продаж", "impressions=100000 clicks=2000 leads=150 sales=30", "funnel")]
    [InlineData("стоимость клиента: потратили 45 000, пришло 30 клиентов", "spend=45000 customers=30", "cac")]
    [InlineData("cac 90000 80", "", "cac")]
    [InlineData("нужен ltv", "", "ltv")]
    [InlineData("How much is 2 + 2", "", null)]
    [InlineData("привет, как дела?", "", null)]
    public void Numbers_take_the_meaning_of_the_words_next_to_them(string sentence, string expectedSlots, string? expectedMetric)
    {
        var reading = KpiRecognizer.Read(sentence);

        var expected = expectedSlots.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('='))
            .ToDictionary(pair => pair[0], pair => decimal.Parse(pair[1]));
        var actual = reading.Slots.ToDictionary(pair => pair.Key, pair => pair.Value.Value);
        Assert.Equal(expected.OrderBy(p => p.Key), actual.OrderBy(p => p.Key));
        Assert.Equal(expectedMetric, reading.Metric?.Id);
    }

    [Fact]
    public void A_currency_typed_with_a_number_is_kept()
    {
        var reading = KpiRecognizer.Read("spent $1.2k on ads, 37 sales");

        Assert.Equal(NumberUnit.Usd, reading.Slots["spend"].Unit);
    }
}

public class KpiRecognizerSanityTests
{
    [Theory]
    [InlineData("spent 90k, 300 sales from 200 leads", "sales", "leads")]
    [InlineData("5 000 кликов при 1 000 показов и бюджете 10 000", "clicks", "impressions")]
    [InlineData("прибыль 200 000 при выручке 150 000, расходы 50 000", "profit", "revenue")]
    public void Numbers_that_contradict_each_other_are_flagged(string sentence, string part, string whole)
    {
        var reading = KpiRecognizer.Read(sentence);

        Assert.Contains((part, whole), KpiRecognizer.Contradictions(reading.Slots));
    }

    [Fact]
    public void Consistent_numbers_raise_no_flag()
    {
        Assert.Empty(KpiRecognizer.Contradictions(KpiRecognizer.Read("spent $1.2k on ads, 37 sales from 1,850 visitors").Slots));
    }

    [Fact]
    public void The_flag_reaches_the_user_beside_the_result()
    {
        var chat = new Support.ChatDriver().Send("/start").Send("spent 90k, 300 sales from 200 leads");

        Assert.Contains("CPA", chat.Replies[0].Text);
        Assert.DoesNotContain("CAC", chat.Text);
        Assert.Contains("more sales than leads", chat.Last.Text);
    }
}
