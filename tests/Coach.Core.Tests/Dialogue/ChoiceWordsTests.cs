using Coach.Core.Dialogue;
using Coach.Core.Flows.Coverage;
using Coach.Core.Flows.Smart;
using Coach.Core.Tests.Support;
using Coach.Core.Texts;

namespace Coach.Core.Tests.Dialogue;

/// <summary>
/// A button picked by the words of its label, as people type them instead of the label ("продажи" for "💰 Рост продаж",
/// "sales growth" for "💰 Grow sales"), on the real labels of the catalogue. The rows that must stay unpicked are the
/// ones an earlier rule got wrong: a negation on one side only, a word of no label, a word shared by two labels.
/// </summary>
public class ChoiceWordsTests
{
    private static IReadOnlyList<string> Labels(string language, string prefix) =>
        TextCatalog.Default.KeysOf(language).Where(key => key.StartsWith(prefix + ".opt.", StringComparison.Ordinal))
            .Select(key => TextCatalog.Default.Raw(language, key)).ToList();

    private static string? Picked(string language, string prefix, string typed) =>
        OptionMatcher.MatchWords(typed, Labels(language, prefix)) is { } index ? Labels(language, prefix)[index] : null;

    [Theory]
    [InlineData("ru", "smart.type", "продажи", "💰 Рост продаж")]
    [InlineData("ru", "smart.type", "рост продажи", "💰 Рост продаж")]
    [InlineData("ru", "smart.type", "узнаваемость", "📣 Рост узнаваемости")]
    [InlineData("ru", "smart.type", "новых клиентов", "🧲 Новые клиенты")]
    [InlineData("ru", "smart.type", "думаю, клиенты", "🧲 Новые клиенты")]
    [InlineData("ru", "mix.business", "услуга", "🛎 Услуги")]
    [InlineData("ru", "mix.business", "онлайн сервис", "📱 Приложение или онлайн-сервис")]
    [InlineData("ru", "coverage.stage", "крупный", "Крупная, устоявшаяся")]
    [InlineData("ru", "tov.humor", "с юмором, конечно", "😄 С юмором")] // "С лёгким юмором" holds the words too, not whole
    [InlineData("ru", "tov.humor", "лёгкий юмор", "🙂 С лёгким юмором")]
    [InlineData("ru", "tov.formality", "дружелюбный", "😊 Дружелюбно")]
    [InlineData("en", "smart.type", "sales growth", "💰 Grow sales")]
    [InlineData("en", "smart.type", "new customers", "🧲 Win new customers")]
    [InlineData("en", "smart.type", "more sales", null)]
    [InlineData("en", "mix.business", "physical good", "📦 Physical goods")]
    [InlineData("en", "mix.business", "a service", null)]
    [InlineData("en", "tov.humor", "with humor", "😄 Humorous")]
    [InlineData("en", "coverage.niche", "not sure", "Not sure yet")]
    // A negation on one side only.
    [InlineData("ru", "tov.emoji", "с эмодзи", null)]
    [InlineData("ru", "tov.humor", "без юмора", null)]
    [InlineData("ru", "coverage.niche", "знаю", null)]
    // A word of no label, a stem that is another word, a word in two labels.
    [InlineData("ru", "kpi_match.channel", "реклама в вк", null)]
    [InlineData("ru", "smart.type", "продвижение", null)]
    [InlineData("ru", "smart.type", "рост", null)]
    // One word too general to pick alone: "продукты" is as often groceries.
    [InlineData("ru", "mix.business", "сервис", null)]
    [InlineData("ru", "mix.business", "продукты", null)]
    [InlineData("ru", "mix.business", "наши продукты", null)]
    [InlineData("en", "mix.business", "products", null)]
    [InlineData("ru", "mix.business", "цифровые продукты", "💾 Цифровой продукт")]
    // A label's name decides its negation: "Polite: full forms, no slang" is no negative option.
    [InlineData("ru", "tov.address", "вы", "На «вы»: уважительно, без панибратства")]
    [InlineData("en", "tov.address", "full forms", "Polite: full forms, no slang (“you will”, “please”)")]
    [InlineData("en", "tov.address", "you", null)]
    // A negation typed that the label has: "не знаю" is "Пока не знаю", never "Нет".
    [InlineData("ru", "coverage.niche", "не знаю", "Пока не знаю")]
    [InlineData("ru", "tov.emoji", "да, немного", "✨ Немного")]
    [InlineData("en", "tov.emoji", "yes, a few", "✨ A few")]
    [InlineData("ru", "coverage.budget", "средний бюджет", null)]
    // Numbers and signs are values, never words.
    [InlineData("ru", "cjm.field.emotion", "плюс 1", null)]
    public void A_button_is_picked_by_its_words_only_when_they_are_clearly_its(string language, string prefix, string typed, string? expected) =>
        Assert.Equal(expected, Picked(language, prefix, typed));

    [Theory]
    [InlineData("ru", "продажи", "Понял вас так: «Рост продаж». Если не то, нажмите «Назад»")]
    [InlineData("en", "sales growth", "I took that as “Grow sales”. If that's not it, press Back")]
    public void A_pick_by_words_is_said_back_and_the_flow_goes_on(string language, string typed, string said)
    {
        var chat = new ChatDriver(language).Send("/start smart").Send(typed);

        Assert.Equal("sales", chat.Session.Answers[SmartFlow.Key("type")]);
        Assert.Equal(SmartFlow.Key("baseline"), chat.State);
        Assert.StartsWith(said, chat.Replies[0].Text);
    }

    [Theory]
    [InlineData("ru", "да, в целом", "clear")]
    [InlineData("ru", "нет, в целом одно и то же", "similar")]
    [InlineData("en", "yes, mostly", "clear")]
    public void A_plain_yes_or_no_still_answers_a_yes_no_question_before_any_words(string language, string typed, string value)
    {
        var chat = new ChatDriver(language).Send("/start coverage").Send("Bread").Send("1").Send("1").Send("1").Send(typed);

        Assert.Equal(value, chat.Session.Answers[DialogueStates.Of(CoverageFlow.Id, "needs")]);
        Assert.DoesNotContain(language == "ru" ? "Понял вас так" : "I took that as", chat.Text);
    }

    [Theory]
    // The yes/no reading: "не знаю" is no "no", a hedge before the answer is skipped.
    [InlineData("coverage.niche", "ru", "не знаю", "unsure")]
    [InlineData("coverage.niche", "ru", "не уверен", null)]
    [InlineData("coverage.niche", "ru", "скорее нет", "no")]
    [InlineData("coverage.niche", "ru", "думаю, да", "yes")]
    [InlineData("coverage.niche", "en", "probably not", "no")]
    [InlineData("coverage.niche", "en", "no idea", null)]
    [InlineData("coverage.needs", "ru", "не совсем", null)]
    // A plain "no" to the one negative option that is not a yes/no.
    [InlineData("tov.emoji", "ru", "нет", "none")]
    [InlineData("tov.emoji", "en", "no, thanks", "none")]
    [InlineData("tov.emoji", "ru", "не много", null)]
    // A second review: the words after a yes/no naming another option, an unsure answer after a hedge, a model's name
    // typed short or on a Russian keyboard, a label's name typed without its space.
    [InlineData("coverage.needs", "ru", "да, отчасти", "some")]
    [InlineData("coverage.needs", "en", "yes, somewhat", "some")]
    [InlineData("coverage.niche", "ru", "скорее не знаю", "unsure")]
    [InlineData("coverage.niche", "ru", "да нет", "no")]
    [InlineData("mix.model", "en", "4P", "4p")]
    [InlineData("mix.model", "ru", "4С", "4c")]
    [InlineData("persona.gender", "ru", "неважно", "any")]
    // A question that asks yes or no with other labels takes a plain yes or no.
    [InlineData("persona.depth", "ru", "да", "add")]
    [InlineData("persona.depth", "ru", "нет, не надо", "skip")]
    [InlineData("persona.depth", "en", "no", "skip")]
    // An hour typed as people write times; "8 вечера" is no 8:00.
    [InlineData("checkins.hour", "ru", "9:00", "9")]
    [InlineData("checkins.hour", "ru", "в 18:00", "18")]
    [InlineData("checkins.hour", "en", "at 9", "9")]
    [InlineData("checkins.hour", "ru", "09", "9")]
    [InlineData("checkins.hour", "ru", "8 вечера", null)]
    // Other names people type for an option: "пн", "тг", "вк", "billboards"; "полгода" at the plan's horizon only.
    [InlineData("channels.months", "ru", "полгода", "6")]
    [InlineData("channels.months", "ru", "на год", "12")]
    [InlineData("channels.months", "en", "a year", "12")]
    [InlineData("checkins.hour", "ru", "год", null)]
    [InlineData("checkins.day", "ru", "пн", "monday")]
    [InlineData("checkins.day", "en", "Fri", "friday")]
    [InlineData("persona.channels", "ru", "вк, тг, инста", "vk,telegram,instagram")]
    [InlineData("persona.channels", "ru", "яндекс директ, озон", "search,marketplaces")]
    [InlineData("persona.channels", "en", "billboards, tv", "outdoor,tv_radio")]
    // The question's own noun typed with the answer: "средний бюджет" at "Бюджет".
    [InlineData("coverage.budget", "ru", "средний бюджет", "moderate")]
    [InlineData("coverage.stage", "ru", "крупная компания", "large")]
    [InlineData("persona.income", "ru", "высокий доход", "high")]
    [InlineData("persona.income", "en", "high income", "high")]
    // The KPI list's names share their words ("Выручка/клиент", "Cost per sale"): words never pick there.
    [InlineData("kpi.metric", "ru", "клиенты", null)]
    [InlineData("kpi.metric", "en", "sales", null)]
    public void Typed_answers_at_button_questions(string state, string language, string typed, string? saved) =>
        SentenceTables.AnswerIsSaved(state, language, typed, saved);

    [Fact]
    public void A_pick_by_words_at_a_flow_s_last_question_says_the_pick_without_the_back_hint()
    {
        var chat = SentenceTables.At("ru", "coverage.strategy").Send("одно предложение для всех");

        Assert.Equal("mass", chat.Session.Answers["coverage.strategy"]);
        Assert.True(chat.Replies[0].Text.StartsWith("Понял вас так: «Массовая: одно предложение для всех».", StringComparison.Ordinal), chat.Text);
        Assert.DoesNotContain("Назад", chat.Replies[0].Text);
    }

    [Theory]
    // A word's beginning picks only when no other label has that word with another ending.
    [InlineData("ru", "persona.income", "средне", null, false)]
    [InlineData("ru", "persona.income", "средний", "Средний", true)]
    [InlineData("en", "persona.income", "average", "Above average", false)] // said back: "average" is as likely "Middle"
    // An inner word of one label picks it, and the pick is said back.
    [InlineData("ru", "persona.channels", "реклама", "Наружная реклама", false)]
    [InlineData("ru", "smart.type", "рост п", "💰 Рост продаж", true)]
    // On a scale of numbers a number that is no button's is its value: "0", "-1".
    [InlineData("ru", "cjm.field.emotion", "-1", "🙁 −1", true)]
    [InlineData("en", "cjm.field.emotion", "0", "😐 0", true)]
    public void A_name_a_beginning_or_an_inner_word(string language, string prefix, string typed, string? expected, bool byName)
    {
        var labels = Labels(language, prefix);
        var index = OptionMatcher.Match(typed, labels);

        Assert.Equal(expected, index is { } i ? labels[i] : null);
        Assert.Equal(byName, index is { } j && OptionMatcher.IsByName(typed, labels, j));
    }

    [Theory]
    [InlineData("ru", "tov.address", "ты", "Понял вас так: «На „ты“: просто и по-дружески».")]
    public void A_pick_said_back_keeps_its_quotes_apart(string language, string state, string typed, string said)
    {
        var chat = SentenceTables.At(language, state).Send(typed);

        Assert.True(chat.Replies[0].Text.StartsWith(said, StringComparison.Ordinal), chat.Replies[0].Text);
    }

    [Theory]
    [InlineData("2", "😍 +2", "🙁 −1")]
    [InlineData("1", "🙂 +1", "😡 −2")]
    public void A_number_that_is_one_button_s_value_and_another_s_number_is_asked_about(string typed, string value, string button)
    {
        var labels = Labels("ru", "cjm.field.emotion").ToList();

        Assert.Equal((labels.IndexOf(value), labels.IndexOf(button)), OptionMatcher.ScaleAmbiguity(typed, labels));
        Assert.Null(OptionMatcher.ScaleAmbiguity("4", labels));
        Assert.Null(OptionMatcher.ScaleAmbiguity("+2", labels));
    }
}
