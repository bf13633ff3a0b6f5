using Coach.Core.Tests.Support;

namespace Coach.Core.Tests.Kpi;

/// <summary>
/// A metric's own value typed beside one of its inputs is worked backwards to the other input ("average order value is
/// $35 and we had 420 orders" is $14,700 of revenue), never computed as if the value were an input ($0.08).
/// </summary>
public class KpiInverseTests
{
    public static TheoryData<string, string, string[], string[]> Sentences => new()
    {
        // language, typed, in the reply, not in the reply
        { "en", "average order value is $35 and we had 420 orders, what's our revenue?", ["Revenue: $14,700", "Revenue = average order value × purchases = $35 × 420 = $14,700", "Worked back from the average order value you gave: $35."], ["$0.08"] },
        { "ru", "средний чек 2 500 ₽, 300 покупок — какая выручка?", ["Выручка: 750 000 ₽", "Выручка = средний чек × покупки = 2 500 ₽ × 300 = 750 000 ₽", "от вашего значения: средний чек = 2 500 ₽"], ["Какая была выручка?"] },
        { "ru", "у нас средний чек составляет 1 800, было 250 заказов", ["Выручка: 450 000 ₽", "1 800 ₽ × 250 = 450 000 ₽"], [] },
        { "en", "spent 90k, CAC is 1,125, how many customers?", ["New customers: 80", "90,000 ÷ 1,125 = 80"], [] },
        { "en", "CTR 2%, 500 clicks", ["Impressions: 25,000", "500 ÷ 2% = 25,000"], [] },
        { "ru", "конверсия 4%, 2 500 посетителей", ["Покупки: 100", "4% × 2 500 = 100"], [] },

        // Not a value: the number after the name has its own noun, or the sentence names no input.
        { "ru", "конверсия: 37 покупок из 1 850 посетителей", ["37 ÷ 1 850 × 100% = 2%"], ["обратную сторону"] },
        { "ru", "средний чек: выручка 420 000 и 1 200 покупок", ["420 000 ₽ ÷ 1 200 = 350 ₽"], ["обратную сторону"] },
        { "en", "what is my CTR with 300 clicks and 15,000 impressions", ["300 ÷ 15,000 × 100% = 2%"], ["Worked back"] },
    };

    [Theory]
    [MemberData(nameof(Sentences))]
    public void A_value_beside_one_input_gives_the_other(string language, string typed, string[] expected, string[] absent) =>
        SentenceTables.MessageGives(language, typed, expected, absent);
}
