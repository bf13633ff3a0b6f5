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
    [InlineData("ru", "tov.humor", "с юмором, конечно", null)]
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
    [InlineData("ru", "mix.business", "сервис", "📱 Приложение или онлайн-сервис")] // one label has the word; the pick is said back
    [InlineData("ru", "coverage.budget", "средний бюджет", null)]
    // Numbers and signs are values, never words.
    [InlineData("ru", "cjm.field.emotion", "плюс 1", null)]
    public void A_button_is_picked_by_its_words_only_when_they_are_clearly_its(string language, string prefix, string typed, string? expected) =>
        Assert.Equal(expected, Picked(language, prefix, typed));

    [Theory]
    [InlineData("ru", "продажи", "Понял ваш ответ так: «💰 Рост продаж»")]
    [InlineData("en", "sales growth", "I read your answer as “💰 Grow sales”")]
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
        Assert.DoesNotContain(language == "ru" ? "Понял ваш ответ так" : "I read your answer as", chat.Text);
    }
}
