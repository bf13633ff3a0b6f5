using System.Diagnostics;
using Coach.Bot.Telegram;
using Coach.Core.Dialogue;
using Coach.Integration.Tests.Support;
using Coach.Storage;

namespace Coach.Integration.Tests.Telegram;

/// <summary>The real Coach process on Telegram (the fake Bot API): SIGTERM and kill -9.</summary>
public class TelegramProcessTests
{
    private static readonly TimeSpan Startup = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Sigterm_lets_the_reply_in_flight_go_out_and_the_process_exits_within_seconds()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        using var folder = new TempFolder();
        var chat = new TelegramChat(api, chatId: 8001);
        using var process = Start(api, folder);
        await api.WaitForCall("setMyCommands", c => c["language_code"] == "ru", Startup);
        await chat.Send("/start");

        var release = new TaskCompletionSource();
        api.Hold = call => call.Method == "sendMessage" ? release.Task : null;
        api.EnqueueText(chat.ChatId, "/start coverage");
        await api.WaitForHeldCall("sendMessage", TelegramChat.Timeout);
        var clock = Stopwatch.StartNew();
        BotProcess.Terminate(process);
        await Task.Delay(300);
        release.SetResult();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(15));

        Assert.Equal(0, process.ExitCode);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(8), $"Exiting took {clock.Elapsed}.");
        Assert.Contains("What do you sell?", (await chat.Expect(1))[0].Text);
    }

    [Fact]
    public async Task After_kill_9_the_next_process_answers_the_update_that_was_in_flight_whose_answer_was_on_disk_before_its_reply_went_out()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        using var folder = new TempFolder();
        var chat = new TelegramChat(api, chatId: 8002);
        using (var first = Start(api, folder))
        {
            await api.WaitForCall("setMyCommands", c => c["language_code"] == "ru", Startup);
            await chat.Send("/start coverage");
            await KillWhenRepliesHeld(first, api, count: 1, () => api.EnqueueText(chat.ChatId, "Organic bread"));
        }

        // The reply was on its way to Telegram when the process died: the answer it confirms is in the file.
        using (var store = new LiteDbSessionStore(DataFile(folder)))
        {
            Assert.Equal("Organic bread", store.Find(UpdateHandler.ChatKey(chat.ChatId))?.Answer("coverage.product"));
        }

        api.Hold = null;
        using var second = Start(api, folder);
        try
        {
            var replies = await api.WaitForMessages(chat.ChatId, 1, Startup);
            Assert.Contains("Who needs your product?", replies[0].Text);

            var next = await chat.Press("a:coverage.audience:narrow");
            Assert.Contains("What is your marketing budget like?", next[0].Text);
        }
        finally
        {
            second.Kill(entireProcessTree: true);
        }
    }

    [Fact]
    public async Task Many_chats_at_once_lose_nothing_to_a_kill_9()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        using var folder = new TempFolder();
        var chats = Enumerable.Range(0, 30).Select(i => new TelegramChat(api, chatId: 8100 + i, languageCode: i % 2 == 0 ? "en" : "ru")).ToList();
        IReadOnlyList<BotApiCall> held;
        using (var first = Start(api, folder))
        {
            await api.WaitForCall("setMyCommands", c => c["language_code"] == "ru", Startup);

            // Several chats' replies are on their way at once (their saves shared commits); then kill -9.
            held = await KillWhenRepliesHeld(first, api, count: 8, () =>
            {
                foreach (var chat in chats)
                {
                    api.EnqueueText(chat.ChatId, "/start coverage", chat.LanguageCode);
                }

                foreach (var chat in chats)
                {
                    api.EnqueueText(chat.ChatId, $"Product {chat.ChatId}", chat.LanguageCode);
                }
            });
        }

        // Every reply that had gone out stands for a session on disk.
        using (var store = new LiteDbSessionStore(DataFile(folder)))
        {
            foreach (var call in held)
            {
                var session = store.Find(UpdateHandler.ChatKey(long.Parse(call["chat_id"]!)));
                Assert.NotNull(session);
                Assert.Equal("coverage", DialogueStates.Split(session.State).Flow);
            }
        }

        api.Hold = null;
        using var second = Start(api, folder);
        try
        {
            // The next start answers every chat, and every product is the chat's own.
            // A send in flight at the kill may come twice (the first question again before the second); none is missing.
            foreach (var chat in chats)
            {
                var expected = chat.LanguageCode == "en" ? "Who needs your product?" : "Кому нужен ваш продукт?";
                var replies = new List<SentMessage>(await api.WaitForMessages(chat.ChatId, 2, Startup));
                while (!replies[^1].Text.Contains(expected, StringComparison.Ordinal) && replies.Count < 4)
                {
                    replies.AddRange(await api.WaitForMessages(chat.ChatId, 1, Startup));
                }

                Assert.Contains(expected, replies[^1].Text);
            }
        }
        finally
        {
            second.Kill(entireProcessTree: true);
            await second.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
        }

        using (var store = new LiteDbSessionStore(DataFile(folder)))
        {
            foreach (var chat in chats)
            {
                Assert.Equal($"Product {chat.ChatId}", store.Find(UpdateHandler.ChatKey(chat.ChatId))?.Answer("coverage.product"));
            }
        }
    }

    [Fact]
    public async Task A_bad_setting_stops_the_process_with_exit_code_1_and_a_line_naming_the_key()
    {
        using var folder = new TempFolder();
        using var process = BotProcess.Start(folder.Path, new Dictionary<string, string>
        {
            ["Telegram__BotToken"] = "123456:test-token",
            ["Telegram__Mode"] = "Webhook",
            ["Telegram__WebhookUrl"] = "http://not-https.example.com/hook",
            ["Telegram__WebhookSecret"] = "good_secret",
        });

        var errors = await process.StandardError.ReadToEndAsync().WaitAsync(Startup);
        await process.WaitForExitAsync().WaitAsync(Startup);

        Assert.Equal(1, process.ExitCode);
        Assert.Contains("Coach could not run: Telegram:WebhookUrl must be the public https:// address", errors);
        Assert.DoesNotContain("test-token", errors);
    }

    [Fact]
    public async Task A_token_the_Bot_API_refuses_ends_start_up_with_one_line_and_exit_code_1()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        api.RefuseToken = true;
        using var folder = new TempFolder();
        using var process = Start(api, folder);

        var output = process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync().WaitAsync(Startup);
        await process.WaitForExitAsync().WaitAsync(Startup);

        Assert.Equal(1, process.ExitCode);
        var line = Assert.Single(errors.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("Coach could not run: the Bot API refused the bot token (401", line);
        Assert.Contains("Telegram:BotToken", line);
        Assert.DoesNotContain("test-token", errors + await output);
        Assert.DoesNotContain("   at ", await output);
        Assert.Empty(api.CallsTo("deleteWebhook"));
    }

    [Fact]
    public async Task A_wrong_storage_password_ends_start_up_with_one_line_and_exit_code_1()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "data", "coach.db");
        using (var store = new Coach.Storage.LiteDbSessionStore(path, "the-right-one"))
        {
            store.Save(new Coach.Core.Dialogue.Session { Id = "tg:1" });
        }

        using var process = BotProcess.Start(folder.Path, new Dictionary<string, string>
        {
            ["Telegram__BotToken"] = CoachBotHost.Token,
            ["Telegram__ApiBaseUrl"] = api.BaseUrl,
            ["Storage__Path"] = path,
            ["Storage__Password"] = "a-wrong-one",
        });

        var output = process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync().WaitAsync(Startup);
        await process.WaitForExitAsync().WaitAsync(Startup);

        Assert.Equal(1, process.ExitCode);
        var line = Assert.Single(errors.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("Coach could not run: the data file", line);
        Assert.Contains("check Storage:Password", line);
        Assert.DoesNotContain("a-wrong-one", line);
        Assert.DoesNotContain("   at ", await output);
    }

    /// <summary>Holds every sendMessage from now on, sends; once <paramref name="count"/> are held, kills the process (kill -9) and returns them.</summary>
    private static async Task<IReadOnlyList<BotApiCall>> KillWhenRepliesHeld(Process process, FakeBotApiServer api, int count, Action send)
    {
        var never = new TaskCompletionSource();
        api.Hold = call => call.Method == "sendMessage" ? never.Task : null;
        send();
        await api.WaitForHeldCall("sendMessage", TelegramChat.Timeout, count);
        var held = api.HeldCalls;
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
        return held;
    }

    // Storage:Path's default, relative to the process's working folder.
    private static string DataFile(TempFolder folder) => System.IO.Path.Combine(folder.Path, "data", "coach.db");

    private static Process Start(FakeBotApiServer api, TempFolder folder) => BotProcess.Start(folder.Path, new Dictionary<string, string>
    {
        ["Telegram__BotToken"] = CoachBotHost.Token,
        ["Telegram__ApiBaseUrl"] = api.BaseUrl,
        ["Telegram__PollingTimeoutSeconds"] = "1",
        ["Telegram__RequestTimeoutSeconds"] = "3",
        ["Telegram__RetryDelayMilliseconds"] = "20",
    });
}
