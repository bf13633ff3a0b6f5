using Coach.Core.Dialogue;
using Coach.Core.Tests.Support;

namespace Coach.Core.Tests.Parsing;

/// <summary>
/// Forty sentences as people write them (issue 12), written before the phrase reader: number
/// answers at a question, /kpi lines and free text at the menu, in Russian and English.
/// A number answer expects the saved value (or null: refused and asked again); the other rows
/// expect every fragment in the replies' texts or buttons.
/// </summary>
public class PeopleWriteNumbersTests
{
    public static TheoryData<string, string, string, string?> Answers => new()
    {
        // state, language, typed, saved answer (null: refused)
        { "coverage.size", "ru", "примерно 5к человек", "5000" },
        { "coverage.size", "en", "about 12k people", "12000" },
        { "coverage.size", "ru", "около 2,5 тыс. семей", "2500" },
        { "coverage.size", "ru", "около 3к человек в день проходит мимо", null },
        { "coverage.size", "en", "about 500 people a week", null },
        { "coverage.size", "en", "$5000", null },
        { "coverage.purchases", "ru", "два раза в месяц", "24" },
        { "coverage.purchases", "ru", "раз в квартал", "4" },
        { "coverage.purchases", "en", "once a week", "52" },
        { "coverage.purchases", "en", "3 times a month", "36" },
        { "coverage.purchases", "ru", "раз в 2 недели", "26" },
        { "coverage.purchases", "ru", "12 000 ₽", null },
        { "coverage.check", "ru", "средний чек около 2 500 рублей", "2500" },
        { "coverage.check", "en", "roughly $45 per order", "45" },
        { "coverage.target", "ru", "хотим 6 млн в год", "6000000" },
        { "channels.budget", "ru", "150 тыс в месяц", "150000" },
        { "channels.budget", "ru", "1,2 млн в год", "100000" },
        { "smart.baseline", "ru", "сейчас 180 заявок в месяц", "180" },
        { "smart.baseline", "en", "we get 40 leads a week", "40" },
        { "channels.budget", "ru", "150 к", "150000" },
        { "channels.budget", "ru", "150к в месяц", "150000" },
        { "coverage.size", "ru", "примерно 5 к человек", "5000" },
        // "к" before a deadline is "by", not "thousand".
        { "smart.baseline", "ru", "сейчас 300 к концу месяца", "300" },
        { "coverage.target", "ru", "хотим 500 к июню", "500" },
        { "coverage.target", "ru", "500 к следующему месяцу", "500" },
        { "channels.budget", "ru", "300 тыр", "300000" },
        { "coverage.target", "ru", "полтора ляма в год", "1500000" },
        // Tens and hundreds in words are left to the reader of last resort: "тридцать с хвостиком" is no 30.
        { "persona.age", "ru", "тридцать с хвостиком", null },
        { "channels.budget", "ru", "пять тысяч в месяц", "5000" },
        { "coverage.target", "ru", "хотим пять к июню", "5" },
        { "channels.budget", "en", "five thousand a month", "5000" },
        // Money in another currency than the question's is refused, never shown as roubles.
        { "channels.budget", "ru", "$2.5k в месяц", null },
        { "channels.budget", "ru", "150 000 ₽ в месяц", "150000" },
        { "coverage.check", "ru", "около 20 евро", null },
        { "persona.age", "ru", "ей 29", "29" },
        { "persona.age", "ru", "25-35 лет", "25–35" },
        { "persona.age", "en", "she's around 40", "40" },
        { "persona.age", "ru", "ну где-то 300", null },
        { "persona.age", "en", "young mums", null },
    };

    public static TheoryData<string, string, string[]> Messages => new()
    {
        // language, typed at the menu, fragments expected in the replies
        { "ru", "/kpi romi 1 200 000 800 000", ["(1 200 000 ₽ − 800 000 ₽)", "50"] },
        { "en", "/kpi roas 45 000 15 000", ["45,000 ÷ 15,000", "300"] },
        { "en", "/kpi payback 4 500 1 500", ["4,500 ÷ 1,500", "= 3 months"] },
        { "ru", "/kpi ltv 2 400 раз в месяц 2 года", ["2 400 ₽ × 1 в месяц", "57 600 ₽"] },
        { "ru", "/kpi каналы Яндекс Директ 60 000 150 20; Посевы в Telegram 30 000 100 12", ["Яндекс Директ", "Посевы в Telegram", "3 000", "2 500"] },
        { "en", "/kpi channels Google Ads 12 000 300 24; Meta Ads 8 000 200 10", ["Google Ads", "Meta Ads", "500", "800"] },
        { "en", "/kpi roi 100 200 300", ["100 and 200,300", "100,200 and 300"] },
        { "ru", "/kpi conversion 300 15 000", ["300 ÷ 15 000", "2"] },
        { "en", "We spent $4k on Facebook ads and they brought $14k in sales", ["ROAS", "350"] },
        { "ru", "на рекламу ушло 60 тыс, выручка с рекламы 240 тыс", ["ROAS", "400"] },
        { "ru", "из 400 MQL в SQL перешли 88", ["MQL → SQL", "22"] },
        { "en", "120 MQLs, 30 turned into SQLs", ["MQL → SQL", "25"] },
        { "ru", "из 2 500 покупателей 600 вернулись за повторной покупкой", ["600 ÷ 2 500", "24"] },
        { "en", "out of 800 customers, 200 bought again", ["200 ÷ 800", "25"] },
        { "ru", "в марте было 8 000 визитов, в апреле 10 000", ["(10 000 − 8 000) ÷ 8 000", "25"] },
        { "en", "sessions grew from 4,000 in May to 5,000 in June", ["(5,000 − 4,000) ÷ 4,000", "25"] },
        { "en", "spent 30k on Google Ads: 1,500 clicks, 75 leads, 15 sales", ["30,000 ÷ 15 = 2,000", "15 ÷ 1,500", "Build the funnel"] },
        // Numbers of different periods are asked about, never divided.
        { "ru", "потратили 120к за квартал, клиентов 50 в месяц", ["числа за разные периоды", "«120к за квартал»", "«50 в месяц»"] },
        { "en", "we spend $3k/month on FB ads and get around 10 customers a week", ["numbers are for different periods", "“$3k/month”"] },
        { "ru", "потратили 40 000 за месяц, пришло 50 клиентов за месяц", ["40 000 ₽ ÷ 50 = 800 ₽"] },
        { "ru", "слили 90к на таргет, пришло 80 клиентов", ["90 000 ₽ ÷ 80 = 1 125 ₽"] },
    };

    [Theory]
    [MemberData(nameof(Answers))]
    public void A_number_answer_is_read_in_its_phrase(string state, string language, string typed, string? saved) =>
        SentenceTables.AnswerIsSaved(state, language, typed, saved);

    [Fact]
    public void A_persona_name_with_an_age_keeps_the_age()
    {
        var chat = new ChatDriver("ru");
        chat.Store.Save(new Session { Id = chat.ChatId, Language = "ru", LanguageChosen = true, State = "persona.name" });

        chat.Send("Марина, 41");

        Assert.Equal("Марина", chat.Session.Answers["persona.name"]);
        Assert.Equal("41", chat.Session.Answers.GetValueOrDefault("persona.age"));
    }

    [Theory]
    [InlineData("ru", "Оля, около 30", "Оля", "30")]
    [InlineData("ru", "Офисная Оля, лет 25-30", "Офисная Оля", "25–30")]
    [InlineData("ru", "Оля, ей 30", "Оля", "30")]
    [InlineData("en", "Emma, about 32", "Emma", "32")]
    [InlineData("en", "Emma, aged 32", "Emma", "32")]
    public void A_persona_name_keeps_none_of_the_words_that_lead_to_the_age(string language, string typed, string name, string age)
    {
        var chat = new ChatDriver(language);
        chat.Store.Save(new Session { Id = chat.ChatId, Language = language, LanguageChosen = true, State = "persona.name" });

        chat.Send(typed);

        Assert.Equal(name, chat.Session.Answers["persona.name"]);
        Assert.Equal(age, chat.Session.Answers.GetValueOrDefault("persona.age"));
    }

    [Theory]
    [MemberData(nameof(Messages))]
    public void A_message_with_numbers_gives_the_metric_it_names(string language, string typed, string[] fragments) =>
        SentenceTables.MessageGives(language, typed, fragments, []);
}
