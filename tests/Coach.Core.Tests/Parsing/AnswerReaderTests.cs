using Coach.Core.Parsing;
using Coach.Core.Tests.Support;

namespace Coach.Core.Tests.Parsing;

/// <summary>
/// The reader of last resort (a language model when one is configured), with a fake: only what the rules could not
/// read goes to it, its rewrite is checked by the question's own rules, the user sees what was understood, and any
/// failure leaves today's "didn't understand, e.g. …".
/// </summary>
public class AnswerReaderTests
{
    private sealed class FakeReader(Func<UnreadAnswer, string?> answer) : IAnswerReader
    {
        public List<UnreadAnswer> Asked { get; } = new();

        public Task<string?> ReadAsync(UnreadAnswer unread, CancellationToken cancellationToken)
        {
            Asked.Add(unread);
            return Task.FromResult(answer(unread));
        }
    }

    private sealed class FailingReader : IAnswerReader
    {
        public Task<string?> ReadAsync(UnreadAnswer unread, CancellationToken cancellationToken) => throw new TimeoutException("no answer");
    }

    private static ChatDriver At(string state, string language, IAnswerReader reader) => SentenceTables.At(language, state, reader);

    [Fact]
    public void An_answer_the_rules_cannot_read_is_read_by_the_reader_and_checked_by_the_rules()
    {
        var reader = new FakeReader(_ => "4 раза в месяц");
        var chat = At("coverage.purchases", "ru", reader);

        chat.Send("ну где-то каждую субботу заходят, иногда чаще");

        Assert.Equal("48", chat.Session.Answers["coverage.purchases"]);
        Assert.NotEqual("coverage.purchases", chat.State);
        Assert.StartsWith("Понял ваш ответ так: «4 раза в месяц»", chat.Replies[0].Text);
        var asked = Assert.Single(reader.Asked);
        Assert.Equal("ну где-то каждую субботу заходят, иногда чаще", asked.Text);
        Assert.Equal("ru", asked.Language);
        Assert.Contains(TextsFor("ru")["coverage.purchases.q"], asked.Question);
    }

    [Fact]
    public void A_rewrite_the_rules_refuse_leaves_the_usual_answer_and_saves_nothing()
    {
        // A number of the wrong kind (money for a count of people) is refused by the rules, whoever wrote it.
        var chat = At("coverage.size", "en", new FakeReader(_ => "$5,000"));

        chat.Send("quite a lot of families, really");

        Assert.Null(chat.Session.Answers.GetValueOrDefault("coverage.size"));
        Assert.Equal("coverage.size", chat.State);
        Assert.DoesNotContain("I read your answer as", chat.Text);
        Assert.Contains(TextsFor("en")["coverage.size.example"], chat.Text);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("/forget")]
    public void No_rewrite_or_a_command_leaves_the_usual_answer(string? rewrite)
    {
        var chat = At("persona.age", "en", new FakeReader(_ => rewrite));

        chat.Send("young mums");

        Assert.Null(chat.Session.Answers.GetValueOrDefault("persona.age"));
        Assert.Equal("persona.age", chat.State);
        Assert.Contains("An age is a whole number or a range between 1 and 120", chat.Text);
    }

    [Fact]
    public void A_failing_reader_leaves_the_usual_answer()
    {
        var chat = At("coverage.purchases", "en", new FailingReader());

        chat.Send("whenever they feel like it");

        Assert.Equal("coverage.purchases", chat.State);
        Assert.Null(chat.Session.Answers.GetValueOrDefault("coverage.purchases"));
        Assert.Contains(TextsFor("en")["coverage.purchases.example"], chat.Text);
        Assert.DoesNotContain(TextsFor("en")["error.internal"], chat.Text);
    }

    [Fact]
    public void A_value_the_rules_read_and_refuse_never_goes_to_the_reader()
    {
        var reader = new FakeReader(_ => "40");
        var chat = At("persona.age", "en", reader);

        chat.Send("she is 150");

        Assert.Empty(reader.Asked);
        Assert.Equal("persona.age", chat.State);
    }

    [Fact]
    public void An_answer_the_rules_read_never_goes_to_the_reader()
    {
        var reader = new FakeReader(_ => "1");
        var chat = At("coverage.purchases", "en", reader);

        chat.Send("twice a month");

        Assert.Empty(reader.Asked);
        Assert.Equal("24", chat.Session.Answers["coverage.purchases"]);
        Assert.DoesNotContain("I read your answer as", chat.Text);
    }

    [Fact]
    public void A_kpi_input_the_rules_cannot_read_is_read_too()
    {
        var chat = new ChatDriver("en", reader: new FakeReader(_ => "90000"));
        chat.Send("/kpi cac");
        var spend = chat.State;

        chat.Send("ninety grand, give or take");

        Assert.Contains("I read your answer as “90000”", chat.Replies[0].Text);
        Assert.NotEqual(spend, chat.State);
        Assert.NotNull(chat.Session.Answers.GetValueOrDefault(spend));
    }

    [Fact]
    public void A_goal_with_a_deadline_the_rules_cannot_read_is_restated_and_checked_in_full()
    {
        var reader = new FakeReader(_ => "Increase orders from the website from 250 to 300 a month by August 31");
        var chat = new ChatDriver("en", reader: reader)
            .Send("/start").Press(Coach.Core.Dialogue.ButtonData.Open(Coach.Core.Flows.Smart.SmartFlow.Id)).Choose(":sales").Send("250");

        chat.Send("Increase orders from the website from 250 to 300 a month by the end of the barbecue season");

        Assert.StartsWith("I read your answer as “Increase orders from the website from 250 to 300 a month by August 31”", chat.Replies[0].Text);
        Assert.Equal("Increase orders from the website from 250 to 300 a month by August 31", chat.Session.Answers[Coach.Core.Flows.Smart.SmartFlow.Key("goal")]);
        Assert.Single(reader.Asked);
    }

    [Fact]
    public void A_restated_goal_that_still_fails_leaves_the_verdict()
    {
        var chat = new ChatDriver("en", reader: new FakeReader(_ => "Be more popular by August 31"))
            .Send("/start").Press(Coach.Core.Dialogue.ButtonData.Open(Coach.Core.Flows.Smart.SmartFlow.Id)).Choose(":sales").Send("250");

        chat.Send("Be more popular one day");

        Assert.Equal(Coach.Core.Flows.Smart.SmartFlow.Key("goal"), chat.State);
        Assert.DoesNotContain("I read your answer as", chat.Text);
    }

    private static Coach.Core.Texts.Texts TextsFor(string language) => Coach.Core.Texts.TextCatalog.Default.For(language);
}
