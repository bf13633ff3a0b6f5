using Coach.Core.Dialogue;
using Coach.Core.Flows.Coverage;
using Coach.Core.Flows;
using Coach.Core.Tests.Support;

namespace Coach.Core.Tests.Dialogue;

/// <summary>Yes/no confirmations answered by typing, in either language: understood and answered once.</summary>
public class TypedConfirmationTests
{
    private static ChatDriver WithAnswers(string language) =>
        new ChatDriver(language).AnswerProfile("Bread", "narrow", "limited", "single", "similar", "small", "yes");

    private static int Count(string text, string part) => text.Split(part).Length - 1;

    [Theory]
    [InlineData("en", "yes")]
    [InlineData("en", "Y")]
    [InlineData("en", "Yes, delete everything")]
    [InlineData("en", "да")]
    [InlineData("ru", "да")]
    [InlineData("ru", "Да")]
    [InlineData("ru", "ага")]
    [InlineData("ru", "yes")]
    [InlineData("ru", "Да, удалить всё")]
    public void A_typed_yes_to_forget_deletes_everything(string language, string typed)
    {
        var chat = WithAnswers(language);
        var store = (InMemorySessionStore)chat.Store;

        chat.Send("/forget").Send(typed);

        Assert.False(store.Contains(chat.ChatId));
        Assert.Single(chat.Replies);
    }

    [Theory]
    [InlineData("en", "no", "Nothing was deleted.")]
    [InlineData("en", "n", "Nothing was deleted.")]
    [InlineData("en", "No, keep my data", "Nothing was deleted.")]
    [InlineData("ru", "нет", "Ничего не удалено.")]
    [InlineData("ru", "Нет", "Ничего не удалено.")]
    [InlineData("ru", "no", "Ничего не удалено.")]
    // A yes word followed by a no is a no: "конечно нет", "да нет, не надо".
    [InlineData("ru", "конечно нет", "Ничего не удалено.")]
    [InlineData("ru", "да нет, не надо", "Ничего не удалено.")]
    [InlineData("ru", "скорее нет", "Ничего не удалено.")]
    [InlineData("en", "sure not", "Nothing was deleted.")]
    [InlineData("en", "probably not", "Nothing was deleted.")]
    public void A_typed_no_to_forget_keeps_everything_and_says_so_once(string language, string typed, string kept)
    {
        var chat = WithAnswers(language);
        var answers = chat.Session.Answers.Count;

        chat.Send("/forget").Send(typed);

        Assert.Equal(1, Count(chat.Text, kept));
        Assert.DoesNotContain("didn't catch", chat.Text);
        Assert.DoesNotContain("Не понял", chat.Text);
        Assert.Equal(answers, chat.Session.Answers.Count);
        Assert.Equal(CoverageFlow.Key("strategy"), chat.State);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ru")]
    public void The_no_button_says_nothing_was_deleted_once(string language)
    {
        var chat = WithAnswers(language).Send("/forget");

        chat.Press(ButtonData.Command("forget.no"));

        Assert.Equal(1, Count(chat.Text, language == "en" ? "Nothing was deleted." : "Ничего не удалено."));
    }

    [Theory]
    [InlineData("en", "yes", true)]
    [InlineData("en", "no", false)]
    [InlineData("ru", "да", true)]
    [InlineData("ru", "нет", false)]
    [InlineData("ru", "Да, удалить", true)]
    public void A_typed_yes_or_no_answers_the_persona_delete_confirmation(string language, string typed, bool deleted)
    {
        var chat = new ChatDriver(language).Send("/personas new");
        chat.Send("Anna Petrova").Send("30").Send("manager")
            .Send("no time").Send("health").Send("telegram").Choose(":add").Send("/skip").Choose(":middle").Send("/skip").Send("/skip").Send("food").Send("price").Choose(":compare");
        var anna = chat.Session.Personas.Single();
        chat.Send($"/personas delete {anna.Id}");

        chat.Send(typed);

        Assert.Equal(deleted ? 0 : 1, chat.Session.Personas.Count);
        Assert.DoesNotContain("didn't catch", chat.Text);
        Assert.DoesNotContain("Не понял", chat.Text);
        if (!deleted)
        {
            Assert.Contains("Anna Petrova", chat.Last.Text); // back at the persona's card
        }
    }

    [Theory]
    [InlineData("ru", "да", "yes")]
    [InlineData("ru", "нет", "no")]
    [InlineData("en", "y", "yes")]
    public void A_yes_no_question_takes_a_plain_yes_or_no(string language, string typed, string saved)
    {
        var chat = new ChatDriver(language).AnswerProfile("Bread", "narrow", "limited", "single", "similar", "small", "yes");
        chat.Send("/back");
        Assert.Equal(CoverageFlow.Key("niche"), chat.State);

        chat.Send(typed);

        Assert.Equal(saved, chat.Session.Answer(CoverageFlow.Key("niche")));
    }
    [Theory]
    [InlineData("ru", "да", "clear")]
    [InlineData("ru", "нет", "similar")]
    [InlineData("en", "y", "clear")]
    public void A_question_with_yes_and_no_options_takes_a_plain_yes_or_no(string language, string typed, string saved)
    {
        var chat = new ChatDriver(language).Send("/start").Press(ButtonData.Open(CoverageFlow.Id)).Send("Bread");
        chat.Choose(":narrow").Choose(":limited").Choose(":single");
        Assert.Equal(CoverageFlow.Key("needs"), chat.State);

        chat.Send(typed);

        Assert.Equal(saved, chat.Session.Answer(CoverageFlow.Key("needs")));
    }

    [Theory]
    // A hedged yes or an unsure answer never deletes: only a plain yes does.
    [InlineData("ru", "скорее да")]
    [InlineData("ru", "наверное да")]
    [InlineData("ru", "думаю, да")]
    [InlineData("ru", "не знаю")]
    [InlineData("en", "probably yes")]
    [InlineData("en", "I think yes")]
    [InlineData("en", "not sure")]
    public void A_hedged_or_unsure_answer_to_forget_deletes_nothing(string language, string typed)
    {
        var chat = WithAnswers(language);
        var store = (InMemorySessionStore)chat.Store;
        var answers = chat.Session.Answers.Count;

        chat.Send("/forget").Send(typed);

        Assert.True(store.Contains(chat.ChatId));
        Assert.Equal(answers, chat.Session.Answers.Count);
        // Asked again, once: nothing is deleted on a maybe.
        Assert.Single(chat.Replies);
        Assert.DoesNotContain(language == "ru" ? "Не понял" : "didn't catch", chat.Text);
    }
}
