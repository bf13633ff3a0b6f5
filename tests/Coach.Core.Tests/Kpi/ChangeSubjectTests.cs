using Coach.Core.Tests.Support;

namespace Coach.Core.Tests.Kpi;

/// <summary>
/// A card is named by what its numbers are: revenue that grew is not traffic growth, sales that fell are not a fall in
/// traffic, customers out of leads are not buyers out of visitors; traffic and visitors keep their own wording.
/// </summary>
public class ChangeSubjectTests
{
    public static TheoryData<string, string, string[], string[]> Sentences => new()
    {
        // language, typed, in the reply, not in the reply
        { "ru", "выручка выросла с 800 тыс до 1 млн", ["Изменение выручки: +25%", "Рост на 25%: было 800 000, стало 1 000 000."], ["трафик", "Трафик"] },
        { "en", "sales dropped from $20k to $15k", ["Change in sales: −25%", "Down 25%: from $20,000 to $15,000."], ["Traffic"] },
        { "ru", "было 50 клиентов, стало 65", ["Изменение числа клиентов: +30%", "было 50, стало 65"], ["Трафик"] },
        { "en", "profit went from 60k to 60k", ["Change in profit: 0%", "No change: 60,000 both times."], ["Traffic"] },

        // A conversion out of leads is said as that, and still recorded as a conversion; out of visitors or clicks as before.
        { "en", "we have 2,000 leads and 150 of them became customers", ["Conversion = customers ÷ leads × 100% = 150 ÷ 2,000 × 100% = 7.5%", "7.5% of leads become customers: 150 out of 2,000."], ["of visitors"] },
        { "ru", "из 200 заявок 40 стали клиентами", ["Конверсия = клиенты ÷ лиды × 100%", "Клиентами становятся 20% лидов: 40 из 200."], ["посетителей"] },
        { "en", "37 orders from 1,850 visitors", ["2% of visitors buy: 37 out of 1,850."], ["leads"] },
        { "ru", "1 200 кликов, 18 продаж", ["Покупают 1,5% посетителей: 18 из 1 200."], ["лидов"] },

        // Traffic is still traffic.
        { "en", "traffic went from 12,500 visits to 15,000", ["Traffic growth: 20%", "Traffic grew by 20%."], ["Change in"] },
        { "ru", "в ноябре 2000 посетителей, в декабре 2600", ["Рост трафика: 30%", "Трафик вырос на 30%."], ["Изменение"] },
    };

    [Fact]
    public void A_conversion_out_of_leads_is_recorded_as_a_conversion()
    {
        var chat = new ChatDriver().Send("we have 2,000 leads and 150 of them became customers").Send("/status");

        Assert.Contains("Latest KPIs</b>: Conversion 7.5%", chat.Replies[0].Text);
    }

    [Fact]
    public void A_change_in_revenue_is_not_recorded_as_traffic_growth()
    {
        var chat = new ChatDriver("ru").Send("выручка выросла с 800 тыс до 1 млн").Send("/status");

        Assert.DoesNotContain("трафик", chat.Replies[0].Text, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(Sentences))]
    public void A_change_is_named_by_what_changed(string language, string typed, string[] expected, string[] absent) =>
        SentenceTables.MessageGives(language, typed, expected, absent);
}
