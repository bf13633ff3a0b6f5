using System.Net;
using System.Text;
using Coach.Bot.Telegram;
using Microsoft.Extensions.DependencyInjection;

namespace Coach.Integration.Tests.Telegram;

/// <summary>
/// An update the client cannot read (here: text with a lone UTF-16 surrogate) is logged by id and size,
/// skipped past and counted; every chat, the sender's included, keeps being answered.
/// </summary>
public sealed class PoisonUpdateTests
{
    [Fact]
    public async Task Polling_skips_an_unreadable_update_and_keeps_answering_every_chat()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await CoachBotHost.StartAsync(api);
        var sender = new TelegramChat(api, chatId: 9201);
        var other = new TelegramChat(api, chatId: 9202);
        var before = UpdateReading.PoisonCount;

        var poison = api.EnqueueUnreadableText(sender.ChatId);
        var answer = Assert.Single(await other.Send("/kpi cac 90000 80"));
        // The sender's next message is answered too: the offset moved past the unreadable update.
        var again = Assert.Single(await sender.Send("/kpi cac 90000 80"));

        Assert.Contains("1,125", answer.Text);
        Assert.Contains("1,125", again.Text);
        await api.WaitUntilUpdatesConfirmed(TelegramChat.Timeout);
        Assert.True(UpdateReading.PoisonCount > before);
        var logged = Assert.Single(bot.Log.Entries, e => e.Contains("could not be read", StringComparison.Ordinal));
        Assert.Contains(poison.ToString(System.Globalization.CultureInfo.InvariantCulture), logged);
        Assert.DoesNotContain("bad", logged);
        Assert.Empty(api.UnreadMessages(sender.ChatId));
    }

    [Fact]
    public async Task A_webhook_post_that_cannot_be_read_is_answered_200_and_the_chat_goes_on()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await CoachBotHost.StartAsync(api, new Dictionary<string, string?>
        {
            ["Telegram:Mode"] = "Webhook",
            ["Telegram:WebhookUrl"] = "https://coach.example.com/telegram/hook",
            ["Telegram:WebhookSecret"] = Secret,
            ["Telegram:WebhookListenUrl"] = "http://127.0.0.1:0",
        });
        using var http = new HttpClient { BaseAddress = new Uri(bot.Services.GetRequiredService<WebhookService>().Addresses.Single()) };
        var chat = new TelegramChat(api, chatId: 9203);

        var poisoned = await Post(http, api.UnreadableTextUpdateJson(chat.ChatId));
        var fine = await Post(http, api.TextUpdateJson(chat.ChatId, "/kpi cac 90000 80"));
        var answer = Assert.Single(await chat.Expect(1));

        Assert.Equal(HttpStatusCode.OK, poisoned.StatusCode);
        Assert.Equal(HttpStatusCode.OK, fine.StatusCode);
        Assert.Contains("1,125", answer.Text);
        Assert.Contains(bot.Log.Entries, e => e.Contains("could not be read", StringComparison.Ordinal) && !e.Contains("bad", StringComparison.Ordinal));
    }

    private const string Secret = "s3cret_Token-42";

    private static Task<HttpResponseMessage> Post(HttpClient http, string json)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/telegram/hook") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Add(WebhookService.SecretHeader, Secret);
        return http.SendAsync(request);
    }
}
