namespace Coach.Integration.Tests.Telegram;

/// <summary>The coverage wizard end to end: the real Coach host, the real Telegram.Bot client, a fake Bot API.</summary>
public sealed class CoverageWizardTelegramTests
{
    [Fact]
    public async Task Coverage_wizard_completes_through_buttons_and_typed_answers()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await CoachBotHost.StartAsync(api);
        var chat = new TelegramChat(api, chatId: 1001);

        var greeting = await chat.Send("/start");
        Assert.Contains("Hi! I'm <b>Coach</b>", greeting[0].Text);
        Assert.Equal("go:coverage", chat.ButtonOfLast("go:coverage").CallbackData);

        var cards = await chat.AnswerCoverageUpToStrategy("Fresh bread");
        Assert.Contains("My recommendation", cards[0].Text);
        Assert.Contains("Fresh bread", cards[0].Text);

        await chat.PressButton("a:coverage.strategy:concentrated");
        Assert.Contains("How many potential customers does your niche have", chat.Last!.Text);
        await chat.Send("2 000");
        Assert.Contains("How many times a year does one customer buy", chat.Last!.Text);
        await chat.Send("24");
        Assert.Contains("What is the average order value", chat.Last!.Text);
        await chat.Send("350");
        Assert.Contains("What yearly revenue do you want from this niche?", chat.Last!.Text);
        Assert.Contains(chat.Last!.Buttons, b => b.CallbackData == "c:skip");

        var result = (await chat.Send("20 000 000"))[0].Text;
        Assert.Contains("Your coverage strategy: concentrated (niche) marketing", result);
        Assert.Contains("2,000 × 24 × 350 = <b>16,800,000</b>", result);
        Assert.Contains("Even if every customer in the niche bought from you, it would bring 16,800,000 a year, below your target of 20,000,000.", result);

        Assert.All(api.Messages, m => Assert.Equal("HTML", m.ParseMode, ignoreCase: true));
        var answered = api.CallsTo("answerCallbackQuery").Select(c => c["callback_query_id"]).ToList();
        Assert.Equal(7, chat.PressedQueries.Count);
        Assert.Equal(chat.PressedQueries.Order(), answered.Order());
        Assert.Empty(api.UnreadMessages(chat.ChatId));
        Assert.Empty(api.Rejections);
        Assert.True(bot.Log.Errors.Count == 0, bot.Log.ToString());
    }

    [Fact]
    public async Task Unreadable_number_is_asked_again_with_an_example_and_nothing_is_lost()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await CoachBotHost.StartAsync(api);
        var chat = new TelegramChat(api, chatId: 1002);
        await chat.Send("/start");
        await chat.AnswerCoverageUpToStrategy("Fresh bread");
        await chat.PressButton("a:coverage.strategy:concentrated");

        var reprompt = await chat.Send("abc", replies: 2);
        Assert.Contains("I couldn't read a number there.", reprompt[0].Text);
        Assert.DoesNotContain("2,000", reprompt[0].Text);
        Assert.Contains("For example: 2,000", reprompt[1].Text);
        Assert.Contains("How many potential customers does your niche have", reprompt[1].Text);

        await chat.Send("2 000");
        Assert.Contains("How many times a year does one customer buy", chat.Last!.Text);
        var status = await chat.Send("/status coverage");
        Assert.Contains("Product: Fresh bread", status[0].Text);
        Assert.Contains("Chosen strategy: Concentrated: one niche", status[0].Text);
        Assert.Contains("Customers in the niche: 2,000", status[0].Text);
        var back = await chat.Press(status[0].Buttons.Single(b => b.Text == "↩️ Back to the question").CallbackData!);
        Assert.Contains("How many times a year does one customer buy", back[0].Text);
        Assert.Empty(api.Rejections);
    }

    [Fact]
    public async Task Stale_button_gets_the_earlier_step_notice_and_the_current_question_again()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await CoachBotHost.StartAsync(api);
        var chat = new TelegramChat(api, chatId: 1003);
        await chat.Send("/start");
        await chat.PressButton("go:coverage");
        await chat.Send("Fresh bread");
        var audienceQuestion = chat.Last!;
        await chat.PressButton("a:coverage.audience:narrow");
        Assert.Contains("What is your marketing budget like?", chat.Last!.Text);

        var broad = audienceQuestion.Buttons.Single(b => b.CallbackData == "a:coverage.audience:broad");
        // A spent button gets a toast and nothing else: the current question stays the last message
        // (the /status below is the sentinel: anything sent for the press would come before its reply).
        Assert.Equal("That button was already used or belongs to an earlier step.", await chat.PressForToast(broad.CallbackData!));
        Assert.Contains("What is your marketing budget like?", chat.Last!.Text);
        Assert.Contains(chat.Last!.Buttons, b => b.CallbackData == "a:coverage.budget:limited");

        var status = await chat.Send("/status", replies: 2);
        Assert.StartsWith("<b>Where you are</b>", status[0].Text);
        Assert.Contains("Coverage strategy</b>: A narrow, specific group", status[0].Text);
        Assert.Equal(chat.PressedQueries.Count, api.CallsTo("answerCallbackQuery").Count);
    }

    [Fact]
    public async Task Product_name_with_html_comes_back_escaped_in_the_recommendation_card()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await CoachBotHost.StartAsync(api);
        var chat = new TelegramChat(api, chatId: 1004);
        await chat.Send("/start");

        var cards = await chat.AnswerCoverageUpToStrategy("<b>&Co</b>");

        Assert.Contains("“&lt;b&gt;&amp;Co&lt;/b&gt;”", cards[0].Text);
        Assert.DoesNotContain("<b>&Co</b>", cards[0].Text);
        Assert.Equal("HTML", cards[0].ParseMode, ignoreCase: true);
        Assert.Empty(api.Rejections);
    }
}
