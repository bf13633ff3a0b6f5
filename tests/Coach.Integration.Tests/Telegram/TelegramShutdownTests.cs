using System.Diagnostics;
using System.Text.Json.Nodes;
using Coach.Storage;

namespace Coach.Integration.Tests.Telegram;

/// <summary>Stopping and crashing: in-flight updates finish, accepted ones are never lost.</summary>
public class TelegramShutdownTests
{
    [Fact]
    public async Task Stopping_lets_the_update_in_flight_finish_quickly_and_the_next_start_continues()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        using var storage = new TempStorage();
        var chat = new TelegramChat(api, chatId: 6001);
        var release = new TaskCompletionSource();
        var first = await CoachBotHost.StartAsync(api, storage);
        try
        {
            await chat.Send("/start coverage");
            api.Hold = call => call.Method == "sendMessage" ? release.Task : null;
            api.EnqueueText(chat.ChatId, "Organic bread");
            await api.WaitForHeldCall("sendMessage", TelegramChat.Timeout);

            var clock = Stopwatch.StartNew();
            var stopping = first.StopAsync();
            await Task.Delay(300);
            release.SetResult();
            await stopping;

            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(4), $"Stopping took {clock.Elapsed}.");
        }
        finally
        {
            await first.DisposeAsync();
        }

        var answered = await chat.Expect(1);
        Assert.Contains("Who needs your product?", answered[0].Text);

        api.Hold = null;
        await using var second = await CoachBotHost.StartAsync(api, storage);
        var next = await chat.PressButton("a:coverage.audience:narrow");
        await api.AssertNothingMoreTo(chat.ChatId);

        Assert.Contains("What is your marketing budget like?", next[0].Text);
    }

    [Fact]
    public async Task Updates_stored_before_a_crash_are_handled_at_the_next_start_in_order()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        using var storage = new TempStorage();
        var chat = new TelegramChat(api, chatId: 6002);

        // What a crashed process left: two updates in the inbox, confirmed to Telegram, not handled.
        using (var file = new LiteDbFile(storage.FilePath))
        {
            var inbox = new LiteDbUpdateInbox(file);
            inbox.Accept(
            [
                Stored(api.TextUpdateJson(chat.ChatId, "/start coverage"), chat.ChatId),
                Stored(api.TextUpdateJson(chat.ChatId, "Organic bread"), chat.ChatId),
            ]);
        }

        await using var bot = await CoachBotHost.StartAsync(api, storage);
        var replies = await chat.Expect(2);

        Assert.Contains("What do you sell?", replies[0].Text);
        Assert.Contains("Who needs your product?", replies[1].Text);
    }

    private static InboxEntry Stored(string updateJson, long chatId) => new()
    {
        Id = JsonNode.Parse(updateJson)!["update_id"]!.GetValue<int>(),
        ChatId = chatId,
        Payload = updateJson,
        ReceivedUtc = DateTime.UtcNow,
    };
}
