using Coach.Core.Dialogue;
using Coach.Core.Flows.Coverage;
using Coach.Core.Flows;
using Coach.Core.Tests.Support;
using Coach.Core.Texts;
using Moq;

namespace Coach.Core.Tests.Dialogue;

public class CommandTests
{
    [Theory]
    [InlineData("ru", "Здравствуйте")]
    [InlineData("ru-RU", "Здравствуйте")]
    [InlineData("en", "Hi!")]
    [InlineData("de", "Hi!")]
    [InlineData(null, "Hi!")]
    public void Start_greets_in_the_language_of_the_client(string? languageCode, string greeting)
    {
        var chat = new ChatDriver(languageCode!);

        chat.Send("/start");

        Assert.Contains(greeting, chat.Last.Text);
        Assert.Contains(chat.Last.AllButtons, b => b.Data == ButtonData.Open(CoverageFlow.Id));
    }

    [Fact]
    public void Lang_switches_the_language_and_it_sticks_over_the_client_hint()
    {
        var chat = new ChatDriver("ru").Send("/start").Press(ButtonData.Open(CoverageFlow.Id));

        chat.Send("/lang en");

        Assert.Contains("Language set to English", chat.Replies[0].Text);
        Assert.Contains("What do you sell?", chat.Last.Text);
        Assert.Equal("en", chat.Session.Language);
        Assert.Contains("What do you sell?", chat.Send("x").Last.Text); // the "ru" hint of later messages no longer wins
    }

    [Fact]
    public void Lang_without_a_code_offers_both_languages_as_buttons()
    {
        var chat = new ChatDriver().Send("/lang");

        Assert.Equal(["Русский", "English"], chat.Last.AllButtons.Select(b => b.Label));
        chat.Press(chat.Last.AllButtons.First().Data);
        Assert.Equal("ru", chat.Session.Language);
        Assert.Contains("Язык: русский", chat.Replies[0].Text);
    }

    [Fact]
    public void Forget_deletes_everything_after_confirmation()
    {
        var chat = new ChatDriver().AnswerProfile("Bread", "narrow", "limited", "single", "similar", "small", "yes");
        var store = (InMemorySessionStore)chat.Store;

        chat.Send("/forget");
        Assert.Contains("permanently delete", chat.Last.Text);
        Assert.True(store.Contains(chat.ChatId));

        chat.Press(ButtonData.Command("forget.yes"));

        Assert.Contains("all your data has been deleted", chat.Last.Text);
        Assert.False(store.Contains(chat.ChatId));
        chat.Send("/start");
        Assert.DoesNotContain("You stopped", chat.Last.Text);
    }

    [Fact]
    public void Forget_declined_keeps_everything_and_returns_to_the_question()
    {
        var chat = new ChatDriver().AnswerProfile("Bread", "narrow", "limited", "single", "similar", "small", "yes");
        var answers = chat.Session.Answers.Count;

        chat.Send("/forget").Send("no");

        Assert.Contains("Nothing was deleted", chat.Replies[0].Text);
        Assert.Equal(CoverageFlow.Key("strategy"), chat.State);
        Assert.Equal(answers, chat.Session.Answers.Count);
    }

    [Fact]
    public void A_forget_confirmation_pressed_later_is_stale_and_deletes_nothing()
    {
        var chat = new ChatDriver().Send("/start").Send("/forget").Send("/menu");

        chat.Press(ButtonData.Command("forget.yes"));

        Assert.Contains("earlier step", chat.Toast);
        Assert.Empty(chat.Replies);
        Assert.True(((InMemorySessionStore)chat.Store).Contains(chat.ChatId));
    }

    [Fact]
    public void Status_shows_the_flow_the_step_and_the_saved_answers()
    {
        var chat = new ChatDriver().Send("/start").Press(ButtonData.Open(CoverageFlow.Id)).Send("Bread").Choose(":narrow");

        chat.Send("/status");
        Assert.Contains("question 3.", chat.Replies[0].Text);
        Assert.Contains("⏳ <b>🧭 Coverage strategy</b>: A narrow, specific group", chat.Replies[0].Text);
        Assert.Equal(CoverageFlow.Key("budget"), chat.State);

        chat.Press(ButtonData.Command("status", CoverageFlow.Id));
        Assert.Contains("Product: Bread", chat.Replies[0].Text);
        Assert.Contains("Who needs it: A narrow, specific group", chat.Replies[0].Text);
        Assert.Equal(CoverageFlow.Key("budget"), chat.State);
    }

    [Fact]
    public void A_sections_details_during_a_question_do_not_send_the_question_again_and_offer_the_way_back()
    {
        var chat = new ChatDriver().Send("/start").Press(ButtonData.Open(CoverageFlow.Id)).Send("Bread").Choose(":narrow").Send("/status");

        var details = Assert.Single(chat.Press(ButtonData.Command("status", CoverageFlow.Id)).Replies);
        Assert.Contains("Product: Bread", details.Text);
        var back = details.AllButtons.Last();
        Assert.Equal("↩️ Back to the question", back.Label);

        chat.Press(back.Data);
        Assert.Contains("What is your marketing budget like?", chat.Last.Text);
        Assert.Equal(CoverageFlow.Key("budget"), chat.State);
    }

    [Fact]
    public void Help_lists_the_commands_and_repeats_the_question()
    {
        var chat = new ChatDriver().Send("/start").Press(ButtonData.Open(CoverageFlow.Id)).Send("/help");

        Assert.Contains("/forget", chat.Replies[0].Text);
        Assert.Contains("What do you sell?", chat.Last.Text);
    }

    [Fact]
    public void An_unknown_command_is_named_and_the_question_repeated()
    {
        var chat = new ChatDriver().Send("/start").Press(ButtonData.Open(CoverageFlow.Id)).Send("/frobnicate@CoachBot now");

        Assert.Contains("/frobnicate", chat.Replies[0].Text);
        Assert.Contains("What do you sell?", chat.Last.Text);
    }

    [Fact]
    public void Commands_addressed_to_the_bot_by_name_work()
    {
        var chat = new ChatDriver().Send("/start@CoachBot");

        Assert.Contains("Hi!", chat.Last.Text);
    }

    [Fact]
    public void A_sticker_or_voice_gets_a_hint_and_the_question_again()
    {
        var chat = new ChatDriver().Send("/start").Press(ButtonData.Open(CoverageFlow.Id));

        chat.Run(UserInput.Unsupported(chat.ChatId, "en"));

        Assert.Contains("only read text", chat.Replies[0].Text);
        Assert.Contains("What do you sell?", chat.Last.Text);
    }

    [Fact]
    public void Typing_a_section_name_in_the_menu_opens_it()
    {
        var chat = new ChatDriver().Send("/start").Send("coverage strategy");

        Assert.Equal(CoverageFlow.Key("product"), chat.State);
    }

    [Fact]
    public void Start_with_a_section_payload_opens_it_directly()
    {
        var chat = new ChatDriver().Send("/start coverage");

        Assert.Equal(CoverageFlow.Key("product"), chat.State);
    }

    [Fact]
    public void A_failing_store_gets_an_apology_not_silence_and_the_fault_is_reported()
    {
        var store = new Mock<ISessionStore>();
        store.Setup(s => s.Find(It.IsAny<string>())).Returns((Session?)null);
        store.Setup(s => s.Save(It.IsAny<Session>())).Throws(new IOException("disk full"));
        var engine = new DialogueEngine(store.Object, CoachFlows.Create(), TextCatalog.Default);

        var outcome = engine.HandleAsync(UserInput.Text("c", "/start", "en")).GetAwaiter().GetResult();

        Assert.IsType<IOException>(outcome.Fault);
        Assert.Contains("something went wrong", Assert.Single(outcome.Replies).Text);
    }

    [Fact]
    public void Every_step_is_saved_before_the_reply_is_returned()
    {
        var chat = new ChatDriver().Send("/start");
        var store = (InMemorySessionStore)chat.Store;
        var saves = store.Saves;

        chat.Press(ButtonData.Open(CoverageFlow.Id)).Send("Bread");

        Assert.Equal(saves + 2, store.Saves);
        Assert.Equal("Bread", chat.Session.Answer(CoverageFlow.Key("product")));
    }

    [Theory]
    [InlineData("en", "starting with how wide to aim", "Welcome back")]
    [InlineData("ru", "Начнём с охвата", "С возвращением")]
    public void The_greeting_points_a_new_user_to_the_start_and_a_returning_one_to_the_menu(string language, string first, string back)
    {
        var chat = new ChatDriver(language).Send("/start");
        Assert.Contains(first, chat.Text);

        chat.AnswerProfile("Organic bread", "narrow", "limited", "single", "similar", "small", "yes")
            .Choose(":concentrated").Send("2 000").Send("24").Send("350").Send("20 000 000");
        chat.Send("/start");

        Assert.Contains(back, chat.Text);
        Assert.DoesNotContain(first, chat.Text);
    }
}
