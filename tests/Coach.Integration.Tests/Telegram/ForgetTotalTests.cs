using System.Net;
using System.Text;
using Coach.Bot.Telegram;
using Microsoft.Extensions.DependencyInjection;

namespace Coach.Integration.Tests.Telegram;

/// <summary>
/// /forget is total: after it, the data file (and LiteDB's log beside it) holds none of the chat's
/// words, neither in the session nor in the raw updates the inbox kept, in polling and webhook modes.
/// </summary>
public sealed class ForgetTotalTests
{
    private const string Secret = "s3cret_Token-42";
    private const string Word = "Zanzibarsourdough";

    [Fact]
    public async Task After_forget_by_polling_the_file_holds_none_of_the_chats_words()
    {
        using var storage = new TempStorage();
        await using var api = await FakeBotApiServer.StartAsync();
        var chat = new TelegramChat(api, chatId: 9301);
        await using (var bot = await CoachBotHost.StartAsync(api, storage))
        {
            await chat.Send("/start");
            await chat.PressButton("go:coverage");
            await chat.Send(Word + " bakery");
            Assert.True(FileHolds(storage, Word), "the answer is stored before /forget");
            await chat.Send("/forget");
            var done = Assert.Single(await chat.Send("yes"));
            Assert.Contains("deleted", done.Text);
        }

        // The host has stopped: the worker that handled the confirmation has finished deleting.
        AssertNothingOfTheChat(storage, chat.ChatId);
    }

    [Fact]
    public async Task After_forget_by_webhook_the_file_holds_none_of_the_chats_words()
    {
        using var storage = new TempStorage();
        await using var api = await FakeBotApiServer.StartAsync();
        var chat = new TelegramChat(api, chatId: 9302, languageCode: "ru");
        await using (var bot = await CoachBotHost.StartAsync(api, storage, new Dictionary<string, string?>
        {
            ["Telegram:Mode"] = "Webhook",
            ["Telegram:WebhookUrl"] = "https://coach.example.com/telegram/hook",
            ["Telegram:WebhookSecret"] = Secret,
            ["Telegram:WebhookListenUrl"] = "http://127.0.0.1:0",
        }))
        {
            using var http = new HttpClient { BaseAddress = new Uri(bot.Services.GetRequiredService<WebhookService>().Addresses.Single()) };
            foreach (var (text, replies) in new[] { ("/start coverage", 1), (Word + " пекарня", 1), ("/forget", 1), ("да", 1) })
            {
                Assert.Equal(HttpStatusCode.OK, (await Post(http, api.TextUpdateJson(chat.ChatId, text, "ru"))).StatusCode);
                var answer = await chat.Expect(replies);
                if (text == "да")
                {
                    Assert.Contains("удалены", answer[0].Text);
                }
            }
        }

        AssertNothingOfTheChat(storage, chat.ChatId);
    }

    private static void AssertNothingOfTheChat(TempStorage storage, long chatId)
    {
        Assert.False(FileHolds(storage, Word), "the typed answer is gone from the file and its log");
        Assert.False(FileHolds(storage, "/forget"), "the raw updates of the chat are gone");
        Assert.False(FileHolds(storage, $"\"id\":{chatId}"), "no update payload names the user");
        Assert.False(FileHolds(storage, $"tg:{chatId}"), "no session of the chat");
    }

    private static bool FileHolds(TempStorage storage, string text)
    {
        var needle = Encoding.UTF8.GetBytes(text);
        foreach (var path in new[] { storage.FilePath, Coach.Storage.LiteDbFile.LogFileOf(storage.FilePath) })
        {
            if (!File.Exists(path))
            {
                continue;
            }

            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            var bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
            if (bytes.AsSpan().IndexOf(needle) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static Task<HttpResponseMessage> Post(HttpClient http, string json)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/telegram/hook") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Add(WebhookService.SecretHeader, Secret);
        return http.SendAsync(request);
    }
}
