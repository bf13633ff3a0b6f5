using System.Text.Json.Nodes;
using Coach.Bot.Telegram;

namespace Coach.Integration.Tests.Telegram;

/// <summary>Languages, restarts, odd updates and start-up calls, through the real host and a fake Bot API.</summary>
public sealed class TelegramSessionTests
{
    [Fact]
    public async Task Russian_client_is_greeted_in_Russian_and_lang_en_switches_to_English()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await CoachBotHost.StartAsync(api);
        var chat = new TelegramChat(api, chatId: 2001, languageCode: "ru");

        var greeting = await chat.Send("/start");
        Assert.Contains("Здравствуйте! Я <b>Коуч</b>", greeting[0].Text);
        Assert.Contains(greeting[0].Buttons, b => b.CallbackData == "go:coverage");

        var switched = await chat.Send("/lang en", replies: 2);
        Assert.Equal("Language set to English.", switched[0].Text);
        Assert.Contains("What shall we work on?", switched[1].Text);

        // The choice sticks although the client still says "ru".
        var again = await chat.Send("/start");
        Assert.Contains("Hi! I'm <b>Coach</b>", again[0].Text);
        Assert.Empty(api.Rejections);
    }

    [Fact]
    public async Task Wizard_continues_where_it_stopped_after_a_restart_over_the_same_storage_file()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        using var storage = new TempStorage();
        var chat = new TelegramChat(api, chatId: 2002);
        await using (var first = await CoachBotHost.StartAsync(api, storage))
        {
            await chat.Send("/start");
            await chat.PressButton("go:coverage");
            await chat.Send("Fresh bread");
            await chat.PressButton("a:coverage.audience:narrow");
            Assert.Contains("· question 3", chat.Last!.Text); // no total until the strategy decides the follow-ups
            Assert.Contains("What is your marketing budget like?", chat.Last!.Text);

            // Stopping before the bot confirmed the last update would have it delivered again.
            await api.WaitUntilUpdatesConfirmed(TelegramChat.Timeout);
        }

        await using var second = await CoachBotHost.StartAsync(api, storage);
        var next = await chat.Send("moderate");
        Assert.Contains("· question 4", next[0].Text);
        Assert.Contains("How broad is your product line?", next[0].Text);

        var status = await chat.Send("/status", replies: 2);
        Assert.Contains("question 4", status[0].Text);
        Assert.DoesNotContain("4/8", status[0].Text);
        Assert.Contains("⏳ <b>🧭 Coverage strategy</b>: Moderate: a few campaigns", status[0].Text);
        Assert.Contains("How broad is your product line?", status[1].Text);

        // The section's details behind its button (the waiting question is not sent again; a button leads back to it),
        // then one answer changed from them: the walk goes on where it was.
        var details = await chat.Press("c:status:coverage");
        Assert.Contains("Product: Fresh bread", details[0].Text);
        Assert.Contains("Who needs it: A narrow, specific group", details[0].Text);
        Assert.Contains("Budget: Moderate: a few campaigns", details[0].Text);
        Assert.Contains(details[0].Buttons, b => b.Text == "↩️ Back to the question" && b.CallbackData == "go:coverage");
        var budget = await chat.Press("c:status:e coverage.budget");
        Assert.Contains("What is your marketing budget like?", budget[0].Text);
        var walkOn = await chat.Press("a:coverage.budget:limited");
        Assert.Contains("How broad is your product line?", walkOn[0].Text);
        var changed = await chat.Press("c:status:coverage");
        Assert.Contains("Budget: Limited: every penny counts", changed[0].Text);
        await api.AssertNothingMoreTo(chat.ChatId);
        Assert.True(second.Log.Errors.Count == 0, second.Log.ToString());
    }

    [Fact]
    public async Task Answer_whose_reply_was_cut_off_by_a_shutdown_is_not_applied_twice_after_the_restart()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        using var storage = new TempStorage();
        var chat = new TelegramChat(api, chatId: 2005);
        var never = new TaskCompletionSource();
        await using (var first = await CoachBotHost.StartAsync(api, storage))
        {
            await chat.Send("/start");
            await chat.PressButton("go:coverage");

            // The answer is saved, then the host stops while its reply is on the way.
            api.Hold = call => call.Method == "sendMessage" ? never.Task : null;
            api.EnqueueText(chat.ChatId, "Fresh bread");
            await api.WaitForHeldCall("sendMessage", TelegramChat.Timeout);
        }

        // The held reply is never answered: its client is gone. Only the new host's calls go through.
        api.Hold = null;
        await using var second = await CoachBotHost.StartAsync(api, storage);
        var replies = await chat.Expect(1);
        await api.WaitUntilUpdatesConfirmed(TelegramChat.Timeout);

        Assert.Contains("Who needs your product?", replies[0].Text);
        Assert.Empty(api.UnreadMessages(chat.ChatId));
    }

    [Fact]
    public async Task Sticker_gets_the_text_only_hint_rather_than_silence()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await CoachBotHost.StartAsync(api);
        var chat = new TelegramChat(api, chatId: 2003);

        api.EnqueueSticker(chat.ChatId);
        var replies = await chat.Expect(2);

        Assert.Equal("I can only read text messages and button presses. Please type your answer.", replies[0].Text);
        Assert.Contains("What shall we work on?", replies[1].Text);
        Assert.Contains(replies[1].Buttons, b => b.CallbackData == "go:coverage");
    }

    [Fact]
    public async Task Bot_registers_its_commands_for_ru_and_en_at_start_up()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await CoachBotHost.StartAsync(api);

        await api.WaitForCall("setMyCommands", c => c["language_code"] == "ru", TelegramChat.Timeout);
        await api.WaitForCall("setMyCommands", c => c["language_code"] == "en", TelegramChat.Timeout);

        var calls = api.CallsTo("setMyCommands");
        var russian = calls.Single(c => c["language_code"] == "ru");
        Assert.Equal(BotCommandsPublisher.Commands, CommandNames(russian));
        Assert.Contains("Удалить все мои данные", DescriptionsOf(russian));
        Assert.Equal(BotCommandsPublisher.Commands, CommandNames(calls.Single(c => c["language_code"] == "en")));
        Assert.Contains(calls, c => c["language_code"] is null);
        Assert.NotEmpty(api.CallsTo("getMe"));
        Assert.NotEmpty(api.CallsTo("deleteWebhook"));
        Assert.All(api.Calls, c => Assert.Equal(CoachBotHost.Token, c.Token));
    }

    [Fact]
    public async Task Button_press_is_answered_even_when_answering_the_callback_query_fails()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await CoachBotHost.StartAsync(api);
        var chat = new TelegramChat(api, chatId: 2004);
        await chat.Send("/start");

        // What Telegram answers for a press older than about 15 s, e.g. one queued while the bot was down.
        api.Reject = call => call.Method == "answerCallbackQuery"
            ? "Bad Request: query is too old and response timeout expired or query ID is invalid"
            : null;
        var replies = await chat.PressButton("go:coverage");

        Assert.Contains("What do you sell?", replies[0].Text);
    }

    private static IReadOnlyList<string> CommandNames(BotApiCall call) =>
        ((JsonArray)call.Parameters["commands"]!).Select(c => c!["command"]!.GetValue<string>()).ToList();

    private static string DescriptionsOf(BotApiCall call) =>
        string.Join("\n", ((JsonArray)call.Parameters["commands"]!).Select(c => c!["description"]!.GetValue<string>()));
}
