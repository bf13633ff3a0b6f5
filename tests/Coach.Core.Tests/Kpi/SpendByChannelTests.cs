using Coach.Core.Tests.Support;

namespace Coach.Core.Tests.Kpi;

/// <summary>
/// Spend given channel by channel in one sentence is one spend, their sum (domain §6: CAC = (30 000 + 25 000 + …) ÷ new
/// customers); an amount that is a period, a count with its own noun or too small to be money stays out.
/// </summary>
public class SpendByChannelTests
{
    public static TheoryData<string, string, string[], string[]> Sentences => new()
    {
        // language, typed, in the reply, not in the reply
        { "ru", "потратили 30к на вк и 25к на директ, пришло 110 новых клиентов", ["(30 000 + 25 000) ÷ 110 = 55 000 ₽ ÷ 110 = 500 ₽"], ["272"] },
        { "ru", "потратили 20 000 ₽ на вк, 30 000 ₽ на директ и 25 000 на блогеров, 125 клиентов", ["(20 000 + 30 000 + 25 000) ÷ 125 = 75 000 ₽ ÷ 125 = 600 ₽"], [] },
        { "ru", "вложили 40 тыс в таргет и ещё 10 тыс на посевы, 50 заявок", ["50 000 ₽ ÷ 50 = 1 000 ₽"], [] },
        { "en", "spent $800 on flyers and $1,200 on google, brought in 40 new clients", ["(800 + 1,200) ÷ 40 = $2,000 ÷ 40 = $50"], ["$20"] },
        { "en", "spent $800 on flyers, $1,200 on google ads, 40 new customers", ["$2,000 ÷ 40 = $50"], [] },
        { "en", "we spent 5k on instagram and 3k on tiktok, got 200 leads", ["(5,000 + 3,000) ÷ 200 = 8,000 ÷ 200 = 40"], [] },

        // Not more spend: a count with its noun, a period, a different currency, a number too small to be money.
        { "en", "spent $300 for 40 clicks", ["$300 ÷ 40 = $7.50"], ["+"] },
        { "ru", "вложили 15 000 ₽ на месяц, 500 кликов", ["15 000 ₽ ÷ 500 = 30 ₽"], ["+"] },
        { "ru", "потратили 40 000 на таргет, 200 на лендинг, 10 продаж", ["40 000 ₽ ÷ 10 = 4 000 ₽"], ["40 200"] },
        { "en", "spent $1,000 on ads and €500 on print, 20 new customers", ["$1,000 ÷ 20 = $50"], ["1,500"] },
        { "ru", "потратили 90 000 на рекламу, пришло 80 клиентов", ["90 000 ₽ ÷ 80 = 1 125 ₽"], ["+"] },
    };

    // "We put in $3,000" said what was spent, as "вложили 40 тысяч" does: a number with no noun after it is asked about.
    [Theory]
    [InlineData("en", "we put in $3,000 and got 60", new[] { "Which metric did you mean?", "CAC" }, new[] { "I didn't catch that" })]
    [InlineData("en", "we invest $2k a month in ads and get 40 customers", new[] { "$2,000 ÷ 40 = $50" }, new string[0])]
    [InlineData("en", "put $500 into facebook, 25 leads", new[] { "$500 ÷ 25 = $20" }, new string[0])]
    [InlineData("ru", "вложили 40 тысяч, получили 100", new[] { "Какую метрику вы имели в виду?" }, new string[0])]
    public void Putting_money_in_is_spending_it(string language, string typed, string[] expected, string[] absent) =>
        SentenceTables.MessageGives(language, typed, expected, absent);

    [Theory]
    [MemberData(nameof(Sentences))]
    public void Spend_by_channel_is_summed_and_nothing_else_is(string language, string typed, string[] expected, string[] absent) =>
        SentenceTables.MessageGives(language, typed, expected, absent);
}
