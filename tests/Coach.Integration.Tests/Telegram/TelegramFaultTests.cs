using Coach.Integration.Tests.Support;
using Coach.Bot.Telegram;
using Coach.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Coach.Integration.Tests.Telegram;

/// <summary>Telegram misbehaves (flood limits, 5xx, cut connections, slow answers, repeats); users notice nothing.</summary>
public class TelegramFaultTests
{
    [Fact]
    public async Task Every_reply_arrives_exactly_once_through_429_500_dropped_and_slow_answers()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await CoachBotHost.StartAsync(api);
        var chat = new TelegramChat(api, chatId: 3001);
        api.InjectFaults(
            "sendMessage",
            new BotApiFault.TooManyRequests(1),
            new BotApiFault.ServerError(500),
            new BotApiFault.Drop(),
            new BotApiFault.Slow(TimeSpan.FromMilliseconds(400)),
            new BotApiFault.ServerError(502));
        api.InjectFaults("answerCallbackQuery", new BotApiFault.ServerError(503));

        await chat.Send("/start");
        await chat.PressButton("go:coverage");
        Assert.Contains("What do you sell?", chat.Last!.Text);
        await chat.Send("Organic bread");
        Assert.Contains("Who needs your product?", chat.Last!.Text);

        Assert.Equal(0, api.FaultsLeft);
        Assert.Equal(3, api.Messages.Count(m => m.ChatId == chat.ChatId));
        await api.AssertNothingMoreTo(chat.ChatId);
        Assert.Single(api.CallsTo("answerCallbackQuery"));
        Assert.Equal("Organic bread", Saved(bot, chat).Answer("coverage.product"));
        Assert.True(bot.Log.Errors.Count == 0, bot.Log.ToString());
    }

    [Fact]
    public async Task A_reply_Telegram_cannot_take_for_now_is_tried_again_after_a_pause_and_arrives_once()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await CoachBotHost.StartAsync(api, new Dictionary<string, string?> { ["Telegram:MaxRetries"] = "2" });
        var chat = new TelegramChat(api, chatId: 3002);
        await chat.Send("/start");
        await chat.PressButton("go:coverage");

        // The first attempt and both of the client's retries fail: the reply waits and goes again.
        api.InjectFaults("sendMessage", new BotApiFault.ServerError(500), new BotApiFault.ServerError(500), new BotApiFault.ServerError(500));
        var replies = await chat.Send("Secret product name");

        Assert.Contains("Who needs your product?", Assert.Single(replies).Text);
        await api.AssertNothingMoreTo(chat.ChatId);
        var warning = Assert.Single(bot.Log.Entries, e => e.Contains("trying again", StringComparison.Ordinal));
        Assert.Contains("3002", warning);
        Assert.DoesNotContain("Secret product name", string.Join("\n", bot.Log.Entries));
        Assert.DoesNotContain(CoachBotHost.Token, string.Join("\n", bot.Log.Entries));
        Assert.Empty(bot.Log.Errors);
        Assert.Equal("Secret product name", Saved(bot, chat).Answer("coverage.product"));
    }

    [Fact]
    public async Task A_reply_Telegram_refuses_because_the_bot_was_blocked_is_logged_by_chat_id_and_not_tried_again()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await CoachBotHost.StartAsync(api);
        var chat = new TelegramChat(api, chatId: 3012);
        await chat.Send("/start");
        await chat.PressButton("go:coverage");

        api.InjectFaults("sendMessage", new BotApiFault.Blocked());
        api.EnqueueText(chat.ChatId, "Secret product name");
        await Eventually.Holds(() => api.FaultsLeft == 0 && bot.Log.Errors.Any(e => e.Contains("UpdateHandler", StringComparison.Ordinal)));

        var error = Assert.Single(bot.Log.Errors, e => e.Contains("UpdateHandler", StringComparison.Ordinal));
        Assert.Contains("Chat 3012: reply 1 of 1", error);
        Assert.Contains("403", error);
        Assert.DoesNotContain("Secret product name", string.Join("\n", bot.Log.Entries));
        Assert.Equal("Secret product name", Saved(bot, chat).Answer("coverage.product"));

        // Unblocked, the user carries on from the saved answer, and the refused reply is not sent late.
        var status = await chat.Send("/status", replies: 2);
        Assert.StartsWith("<b>Where you are</b>", status[0].Text);
        Assert.Contains("Secret product name", status[0].Text);
    }

    [Fact]
    public async Task Polling_recovers_by_itself_when_the_connection_drops_and_the_server_fails()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await CoachBotHost.StartAsync(api);
        var chat = new TelegramChat(api, chatId: 3003);
        api.InjectFaults("getUpdates", new BotApiFault.Drop(), new BotApiFault.ServerError(502), new BotApiFault.Drop());

        var replies = await chat.Send("/start");

        Assert.Contains("What shall we work on?", replies[0].Text);
        Assert.Equal(3, api.InjectedFaults.Count(f => f.Method == "getUpdates"));
    }

    [Fact]
    public async Task An_update_delivered_twice_is_handled_once()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await CoachBotHost.StartAsync(api);
        var chat = new TelegramChat(api, chatId: 3004);
        await chat.Send("/start");
        await chat.PressButton("go:coverage");
        var product = api.EnqueueText(chat.ChatId, "Organic bread");
        await chat.Expect(1);
        api.EnqueueCallback(chat.ChatId, chat.ButtonOfLast("a:coverage.audience:narrow").CallbackData!);
        await chat.Expect(1);
        var press = api.Calls.Count;
        await api.WaitUntilUpdatesConfirmed(TelegramChat.Timeout);

        api.Redeliver(product);
        api.Redeliver(product + 1);
        await Eventually.Holds(() => api.PendingRedeliveries == 0);
        var next = await chat.Send("Limited: every penny counts");

        Assert.Contains("How broad is your product line?", next[0].Text);
        Assert.Empty(api.UnreadMessages(chat.ChatId));
        Assert.Equal("Organic bread", Saved(bot, chat).Answer("coverage.product"));
        Assert.Equal("narrow", Saved(bot, chat).Answer("coverage.audience"));
        Assert.True(press > 0);
    }

    [Fact]
    public async Task A_chat_waiting_on_a_slow_send_does_not_hold_up_other_chats()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await CoachBotHost.StartAsync(api);
        var slow = new TelegramChat(api, chatId: 3005);
        var quick = new TelegramChat(api, chatId: 3006);
        var release = new TaskCompletionSource();
        api.Hold = call => call.Method == "sendMessage" && call["chat_id"] == "3005" ? release.Task : null;

        api.EnqueueText(slow.ChatId, "/start");
        await api.WaitForHeldCall("sendMessage", TelegramChat.Timeout);
        var replies = await quick.Send("/start");
        release.SetResult();
        await slow.Expect(1);

        Assert.Contains("What shall we work on?", replies[0].Text);
    }

    [Fact]
    public async Task Fifty_chats_talking_at_once_keep_their_own_order_and_answers()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await CoachBotHost.StartAsync(api);
        var chats = Enumerable.Range(0, 50).Select(i => new TelegramChat(api, chatId: 4000 + i, languageCode: i % 2 == 0 ? "en" : "ru")).ToList();

        // Every chat's four inputs, interleaved across chats, all queued before any is handled.
        foreach (var chat in chats)
        {
            api.EnqueueText(chat.ChatId, "/start coverage", chat.LanguageCode);
        }

        foreach (var chat in chats)
        {
            api.EnqueueText(chat.ChatId, $"Product {chat.ChatId}", chat.LanguageCode);
        }

        foreach (var chat in chats)
        {
            api.EnqueueCallback(chat.ChatId, "a:coverage.audience:narrow", chat.LanguageCode);
        }

        foreach (var chat in chats)
        {
            api.EnqueueText(chat.ChatId, "/status coverage", chat.LanguageCode);
        }

        var store = bot.Services.GetRequiredService<LiteDbSessionStore>();
        foreach (var chat in chats)
        {
            IReadOnlyList<SentMessage> replies;
            try
            {
                replies = await api.WaitForMessages(chat.ChatId, 4, TimeSpan.FromSeconds(20));
            }
            catch (Exception error)
            {
                throw new InvalidOperationException(error.Message + "\nLog:\n" + bot.Log + "\nUnread: " + string.Join("\n", api.UnreadMessages(chat.ChatId)), error);
            }

            var english = chat.LanguageCode == "en";
            Assert.Contains(english ? "What do you sell?" : "Что вы продаёте?", replies[0].Text);
            Assert.Contains(english ? "Who needs your product?" : "Кому нужен ваш продукт?", replies[1].Text);
            Assert.Contains(english ? "What is your marketing budget like?" : "бюджет", replies[2].Text);
            Assert.Contains($"Product {chat.ChatId}", replies[3].Text);
            Assert.Equal($"Product {chat.ChatId}", store.Find("tg:" + chat.ChatId)!.Answer("coverage.product"));
        }

        foreach (var chat in chats)
        {
            await api.AssertNothingMoreTo(chat.ChatId);
        }

        Assert.True(bot.Log.Errors.Count == 0, bot.Log.ToString());
    }

    [Fact]
    public async Task A_retry_after_longer_than_the_shutdown_grace_is_waited_out()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await CoachBotHost.StartAsync(api);
        var chat = new TelegramChat(api, chatId: 3007);
        api.InjectFaults("sendMessage", new BotApiFault.TooManyRequests(6));

        api.EnqueueText(chat.ChatId, "/start");
        var replies = await api.WaitForMessages(chat.ChatId, 1, TimeSpan.FromSeconds(15));

        Assert.Contains("What shall we work on?", replies[0].Text);
        Assert.True(bot.Log.Errors.Count == 0, bot.Log.ToString());
    }

    [Fact]
    public async Task A_reply_lost_to_cut_connections_goes_again_after_a_pause()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await CoachBotHost.StartAsync(api, new Dictionary<string, string?> { ["Telegram:MaxRetries"] = "1" });
        var chat = new TelegramChat(api, chatId: 3008);
        api.InjectFaults("sendMessage", new BotApiFault.Drop(), new BotApiFault.Drop());

        var replies = await chat.Send("/start");

        Assert.Contains("What shall we work on?", Assert.Single(replies).Text);
        Assert.Contains(bot.Log.Entries, e => e.Contains("Chat 3008: reply 1 of 1", StringComparison.Ordinal) && e.Contains("trying again", StringComparison.Ordinal));
        Assert.Empty(bot.Log.Errors);
        await api.AssertNothingMoreTo(chat.ChatId);
    }

    [Fact]
    public async Task With_one_chat_at_a_time_configured_a_slow_chat_holds_up_the_next()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await CoachBotHost.StartAsync(api, new Dictionary<string, string?> { ["Telegram:MaxParallelChats"] = "1" });
        var slow = new TelegramChat(api, chatId: 3009);
        var waiting = new TelegramChat(api, chatId: 3010);
        var release = new TaskCompletionSource();
        api.Hold = call => call.Method == "sendMessage" && call["chat_id"] == "3009" ? release.Task : null;

        api.EnqueueText(slow.ChatId, "/start");
        await api.WaitForHeldCall("sendMessage", TelegramChat.Timeout);
        api.EnqueueText(waiting.ChatId, "/start");
        await api.WaitUntilUpdatesConfirmed(TelegramChat.Timeout);

        // Proven waiting, not merely slow: the second chat's update sits at the slot gate.
        var dispatcher = bot.Services.GetRequiredService<UpdateDispatcher>();
        await Eventually.Holds(() => dispatcher.WaitingForSlot == 1);
        var beforeRelease = api.UnreadMessages(waiting.ChatId).Count;
        release.SetResult();
        var replies = await waiting.Expect(1);

        Assert.Equal(0, beforeRelease);
        Assert.Contains("What shall we work on?", replies[0].Text);
    }

    private static Coach.Core.Dialogue.Session Saved(CoachBotHost bot, TelegramChat chat) =>
        bot.Services.GetRequiredService<LiteDbSessionStore>().Find("tg:" + chat.ChatId) ?? throw new InvalidOperationException("No session saved.");
}
