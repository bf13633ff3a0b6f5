using Coach.Core.Tests.Support;

namespace Coach.Core.Tests.Kpi;

/// <summary>
/// ROAS from the business's revenue, not said to be the ads' own, counts all of it as the ads' and says so next to the
/// result; revenue named as the ads' gets no such line.
/// </summary>
public class RoasRevenueTests
{
    public static TheoryData<string, string, string[], string[]> Sentences => new()
    {
        // language, typed, in the reply, not in the reply
        { "ru", "за месяц 1,2 млн выручки, вложили в рекламу 300к", ["ROAS (окупаемость рекламных расходов): 400%", "Здесь ROAS считает рекламе всю выручку, 1 200 000 ₽."], [] },
        { "en", "spent 1.5m on ads, revenue 4m, 300 orders", ["ROAS", "ROAS here counts all 4,000,000 of revenue as the ads'."], [] },
        { "en", "we spent $1.5M on ads, revenue 4.2M", ["ROAS here counts all $4,200,000 of revenue as the ads'."], [] },
        { "en", "Ad revenue was $36k on $9k ad spend", ["$36,000 ÷ $9,000 × 100% = 400%"], ["counts all"] },
        { "ru", "выручка с рекламы 480 000, потратили на таргет 120 000", ["480 000 ₽ ÷ 120 000 ₽ × 100% = 400%"], ["всю выручку"] },
        { "ru", "выручка 500 тыс, 1250 заказов", ["500 000 ₽ ÷ 1 250 = 400 ₽"], ["ROAS"] },
    };

    [Theory]
    [MemberData(nameof(Sentences))]
    public void Roas_from_all_revenue_says_it_is_an_upper_bound(string language, string typed, string[] expected, string[] absent) =>
        SentenceTables.MessageGives(language, typed, expected, absent);
}
