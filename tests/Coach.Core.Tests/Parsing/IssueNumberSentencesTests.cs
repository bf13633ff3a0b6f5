using Coach.Core.Dialogue;
using Coach.Core.Tests.Support;

namespace Coach.Core.Tests.Parsing;

/// <summary>The sentences quoted in issue 12 (numbers), through the engine: each was refused or misread before.</summary>
public class IssueNumberSentencesTests
{
    public static TheoryData<string, string, string, string> Answers => new()
    {
        { "coverage.size", "ru", "около 3к человек", "3000" },
        { "coverage.purchases", "ru", "раз в неделю", "52" },
        { "coverage.purchases", "ru", "4 раза в месяц", "48" },
        { "smart.baseline", "ru", "300 заказов в месяц", "300" },
        { "channels.budget", "ru", "80 тыс в месяц", "80000" },
        { "coverage.size", "ru", "пришло 12 человек", "12" },
        { "persona.age", "ru", "ну я же написала 34", "34" },
    };

    public static TheoryData<string, string, string[], string[]> Messages => new()
    {
        { "ru", "/kpi romi 375 500 250 000", ["Читаю числа так: 375 500 и 250 000", "(375 500 ₽ − 250 000 ₽) ÷ 250 000 ₽ × 100% = 50,2%"], [] },
        { "ru", "/kpi payback 3 200 800", ["Читаю числа так: 3 200 и 800", "3 200 ₽ ÷ 800 ₽ = 4"], [] },
        { "ru", "/kpi ltv 3 500 раз в квартал 3 года", ["3 500 ₽ × 1 в квартал", "42 000 ₽"], ["3 ₽ ×"] },
        { "ru", "/kpi каналы Яндекс Директ 48 000 120 16; Telegram 22 500 90 15", ["Яндекс Директ", "Telegram", "3 000 ₽", "1 500 ₽"], ["ровно три числа"] },
        { "en", "Ad revenue was $36k on $9k ad spend", ["ROAS", "$36,000 ÷ $9,000 × 100% = 400%"], [] },
        { "ru", "потратили 120 тыс на таргет, пришло 95 клиентов, выручка 480 000", ["CAC", "Выручка на клиента", "480 000 ₽ ÷ 95", "ROAS", "400%"], ["Средний чек"] },
        { "en", "230 MQLs and 46 of them became SQLs", ["MQL → SQL", "46 ÷ 230 × 100% = 20%"], [] },
        { "ru", "из 1 040 клиентов 312 купили повторно", ["312 ÷ 1 040 × 100% = 30%"], [] },
        { "en", "traffic went from 12,500 visits to 15,000", ["(15,000 − 12,500) ÷ 12,500 × 100% = 20%"], [] },
        { "ru", "в ноябре 2000 посетителей, в декабре 2600", ["(2 600 − 2 000) ÷ 2 000 × 100% = 30%"], [] },
        { "ru", "вложили 50к в директ, 1200 кликов, 60 заявок, 18 продаж", ["Стоимость продажи", "50 000 ₽ ÷ 18 = 2 777,78 ₽", "18 ÷ 1 200", "Построить воронку"], [] },
    };

    [Theory]
    [MemberData(nameof(Answers))]
    public void A_quoted_number_answer_is_read(string state, string language, string typed, string saved)
    {
        var chat = new ChatDriver(language);
        chat.Store.Save(new Session { Id = chat.ChatId, Language = language, LanguageChosen = true, State = state });

        chat.Send(typed);

        Assert.Equal(saved, chat.Session.Answers.GetValueOrDefault(state));
    }

    [Fact]
    public void A_persona_name_with_an_age_is_not_asked_the_age_again()
    {
        var chat = new ChatDriver("ru").Send("/personas new").Send("Алсу, 34");

        Assert.Equal("Алсу", chat.Session.Answers["persona.name"]);
        Assert.Equal("34", chat.Session.Answers["persona.age"]);
        Assert.Equal("persona.occupation", chat.State);
        var next = Assert.Single(chat.Replies);
        Assert.StartsWith("Возраст: 34 — взято из вашего ответа. Если это не так, /back вернёт к вопросу.", next.Text);
        Assert.Contains("Чем занимается", next.Text);

        // /back reaches the age, which offers to keep what was taken.
        chat.Send("/back");
        Assert.Equal("persona.age", chat.State);
        Assert.Contains("34", chat.Last.AllButtons.First().Label);
    }

    [Fact]
    public void An_age_given_with_the_name_replaces_the_one_saved_when_the_name_is_answered_again()
    {
        var chat = new ChatDriver("en").Send("/personas new").Send("Anna, 32").Send("/back").Send("/back").Send("Anna, 33");

        Assert.Equal("33", chat.Session.Answers["persona.age"]);
        Assert.Equal("persona.occupation", chat.State);
        Assert.StartsWith("Age: 33, taken from your answer.", chat.Replies[0].Text);
    }

    [Theory]
    [MemberData(nameof(Messages))]
    public void A_quoted_message_gives_its_metrics(string language, string typed, string[] expected, string[] absent) =>
        SentenceTables.MessageGives(language, typed, expected, absent);
}
