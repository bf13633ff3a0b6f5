using Coach.Core.Dialogue;
using Coach.Core.Flows.Coverage;
using Coach.Core.Flows;
using Coach.Core.Tests.Support;

namespace Coach.Core.Tests.Dialogue;

public class AnswerValidationTests
{
    private static ChatDriver AtNicheSize(string language = "en")
    {
        var chat = new ChatDriver(language).AnswerProfile("Bread", "narrow", "limited", "single", "similar", "small", "yes");
        return chat.Choose(":concentrated");
    }

    [Theory]
    [InlineData("abc", "couldn't read a number")]
    [InlineData("-5", "can't be negative")]
    [InlineData("0", "at least 1")]
    [InlineData("2.5", "whole number")]
    [InlineData("1e309", "")]
    [InlineData("1234567890123456789012345678901234567890", "too large")]
    [InlineData("5 and 7", "one number")]
    public void A_bad_number_is_re_asked_with_the_problem_and_an_example(string typed, string problem)
    {
        var chat = AtNicheSize();
        var answers = new Dictionary<string, string>(chat.Session.Answers);

        chat.Send(typed);

        Assert.Contains(problem, chat.Replies[0].Text);
        Assert.DoesNotContain("2,000", chat.Replies[0].Text);
        Assert.Contains("How many potential customers", chat.Last.Text);
        Assert.Contains("For example: 2,000", chat.Last.Text);
        Assert.Equal(CoverageFlow.Key("size"), chat.State);
        Assert.Equal(answers, chat.Session.Answers);
    }

    [Fact]
    public void Russian_errors_are_in_russian()
    {
        var chat = AtNicheSize("ru").Send("много");

        Assert.Contains("Не получилось прочитать число", chat.Replies[0].Text);
        Assert.Contains("Например: 2 000", chat.Last.Text);
    }

    [Theory]
    [InlineData("2 000")]
    [InlineData("2000")]
    [InlineData("2k")]
    [InlineData("2 тыс")]
    public void Numbers_are_accepted_as_people_type_them(string typed)
    {
        var chat = AtNicheSize().Send(typed);

        Assert.Equal("2000", chat.Session.Answer(CoverageFlow.Key("size")));
        Assert.Equal(CoverageFlow.Key("purchases"), chat.State);
    }

    [Fact]
    public void A_product_too_short_or_too_long_is_re_asked()
    {
        var chat = new ChatDriver().Send("/start").Press(ButtonData.Open(CoverageFlow.Id));

        Assert.Contains("too short", chat.Send("x").Replies[0].Text);
        Assert.Contains("too long", chat.Send(new string('a', 151)).Replies[0].Text);
        Assert.Equal(CoverageFlow.Key("product"), chat.State);
    }

    [Theory]
    [InlineData("Limited: every penny counts")]
    [InlineData("limited")]
    [InlineData("LIMITED!")]
    [InlineData("3")]
    public void Typed_text_that_clearly_names_a_button_is_taken_as_that_button(string typed)
    {
        var chat = new ChatDriver().Send("/start").Press(ButtonData.Open(CoverageFlow.Id)).Send("Bread").Choose(":narrow");

        chat.Send(typed);

        Assert.Equal("limited", chat.Session.Answer(CoverageFlow.Key("budget")));
    }

    [Theory]
    [InlineData("en", "ограниченный")]
    [InlineData("en", "money")]
    [InlineData("en", "4")]
    [InlineData("ru", "может быть")]
    public void Typed_text_that_names_no_button_is_re_asked(string language, string typed)
    {
        var chat = new ChatDriver(language).Send("/start").Press(ButtonData.Open(CoverageFlow.Id)).Send("Bread").Choose(":narrow");

        chat.Send(typed);

        Assert.Equal(CoverageFlow.Key("budget"), chat.State);
        Assert.False(chat.Session.HasAnswer(CoverageFlow.Key("budget")));
        Assert.Equal(3 + 1, chat.Last.AllButtons.Count()); // three options and « Back
    }

    [Fact]
    public void A_button_from_an_earlier_question_is_recognised_as_stale()
    {
        var chat = new ChatDriver().Send("/start").Press(ButtonData.Open(CoverageFlow.Id)).Send("Bread");
        var oldButton = chat.Last.AllButtons.First().Data;
        chat.Press(oldButton);
        Assert.Equal(CoverageFlow.Key("budget"), chat.State);

        chat.Press(oldButton);

        // A press on a spent keyboard gets a toast and no message: the budget question stays the last one.
        Assert.Contains("earlier step", chat.Toast);
        Assert.Empty(chat.Replies);
        Assert.Equal(CoverageFlow.Key("budget"), chat.State);
    }

    [Fact]
    public void A_forged_answer_value_is_rejected()
    {
        var chat = new ChatDriver().Send("/start").Press(ButtonData.Open(CoverageFlow.Id)).Send("Bread");

        chat.Press(ButtonData.Answer(CoverageFlow.Key("audience"), "aliens"));

        Assert.Equal(CoverageFlow.Key("audience"), chat.State);
        Assert.Contains("pick one of the buttons", chat.Replies[0].Text);
    }
}
