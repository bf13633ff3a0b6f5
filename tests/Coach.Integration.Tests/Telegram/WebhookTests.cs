using System.Net;
using System.Text;
using Coach.Bot.Telegram;
using Microsoft.Extensions.DependencyInjection;

namespace Coach.Integration.Tests.Telegram;

/// <summary>Webhook mode: Coach's endpoint on 127.0.0.1 stands in for Telegram's posts; replies go to the fake Bot API.</summary>
public class WebhookTests
{
    private const string Secret = "s3cret_Token-42";

    [Fact]
    public async Task Start_up_registers_the_webhook_with_its_secret_and_never_polls()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await StartWebhookAsync(api);

        await api.WaitForCall("setWebhook", c => c["url"] == "https://coach.example.com/telegram/hook" && c["secret_token"] == Secret, TelegramChat.Timeout);
        await api.WaitForCall("setMyCommands", c => c["language_code"] == "ru", TelegramChat.Timeout);
        Assert.Equal(0, api.GetUpdatesCalls);
        Assert.Empty(api.CallsTo("deleteWebhook"));
    }

    [Fact]
    public async Task A_post_with_a_wrong_or_missing_secret_is_refused_and_answered_by_nothing()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await StartWebhookAsync(api);
        using var http = new HttpClient { BaseAddress = new Uri(Endpoint(bot)) };

        var missing = await http.PostAsync("/telegram/hook", Json(api.TextUpdateJson(5001, "/start")));
        var wrong = await Post(http, api.TextUpdateJson(5001, "/start"), "not-the-secret");
        await api.AssertNothingMoreTo(5001, () => Post(http, api.TextUpdateJson(5001, "/help"), Secret));

        Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
    }

    [Fact]
    public async Task A_post_with_the_right_secret_is_answered_once_even_when_telegram_posts_it_twice()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await StartWebhookAsync(api);
        using var http = new HttpClient { BaseAddress = new Uri(Endpoint(bot)) };
        var chat = new TelegramChat(api, chatId: 5002);

        var start = api.TextUpdateJson(chat.ChatId, "/start coverage");
        var accepted = await Post(http, start, Secret);
        var again = await Post(http, start, Secret);
        var replies = await chat.Expect(1);
        await Post(http, api.TextUpdateJson(chat.ChatId, "Organic bread"), Secret);
        var next = await chat.Expect(1);
        await api.AssertNothingMoreTo(chat.ChatId, () => Post(http, api.TextUpdateJson(chat.ChatId, "/help"), Secret));

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("What do you sell?", replies[0].Text);
        Assert.Contains("Who needs your product?", next[0].Text);
    }

    [Fact]
    public async Task Health_endpoint_answers_while_the_bot_runs()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await StartWebhookAsync(api);
        using var http = new HttpClient { BaseAddress = new Uri(Endpoint(bot)) };

        var health = await http.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("Healthy", await health.Content.ReadAsStringAsync());
    }

    private static Task<CoachBotHost> StartWebhookAsync(FakeBotApiServer api) => CoachBotHost.StartAsync(api, new Dictionary<string, string?>
    {
        ["Telegram:Mode"] = "Webhook",
        ["Telegram:WebhookUrl"] = "https://coach.example.com/telegram/hook",
        ["Telegram:WebhookSecret"] = Secret,
        ["Telegram:WebhookListenUrl"] = "http://127.0.0.1:0",
    });

    private static string Endpoint(CoachBotHost bot) => bot.Services.GetRequiredService<WebhookService>().Addresses.Single();

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static Task<HttpResponseMessage> Post(HttpClient http, string json, string secret)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/telegram/hook") { Content = Json(json) };
        request.Headers.Add(WebhookService.SecretHeader, secret);
        return http.SendAsync(request);
    }
}
