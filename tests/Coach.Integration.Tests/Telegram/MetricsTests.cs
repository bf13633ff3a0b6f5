using System.Net;
using System.Text;
using Coach.Bot.Operations;
using Coach.Bot.Telegram;
using Coach.Integration.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Coach.Integration.Tests.Telegram;

/// <summary>/metrics in Prometheus format with Metrics:Enabled (webhook listener, or its own in polling mode), and /health checking the store.</summary>
[Collection(PostgresCollection.Name)]
public sealed class MetricsTests(PostgresCluster cluster)
{
    private const string Secret = "s3cret_Token-42";

    [Fact]
    public async Task The_webhook_listener_serves_metrics_of_the_updates_handled()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await CoachBotHost.StartAsync(api, Webhook(new() { ["Metrics:Enabled"] = "true" }));
        using var http = new HttpClient { BaseAddress = new Uri(bot.Services.GetRequiredService<WebhookService>().Addresses.Single()) };
        var chat = new TelegramChat(api, chatId: 9701);

        await Post(http, api.TextUpdateJson(chat.ChatId, "/kpi cac 90000 80"));
        await chat.Expect(1);
        var metrics = await MetricsAfterHandling(http);

        Assert.Contains("coach_updates_handled_total{", metrics);
        Assert.Contains("outcome=\"handled\"", metrics);
        Assert.Contains("coach_update_duration_seconds_bucket{", metrics);
        Assert.Contains("coach_inbox_pending", metrics);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health")).StatusCode);
    }

    [Fact]
    public async Task Without_Metrics_Enabled_there_is_no_metrics_endpoint()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await CoachBotHost.StartAsync(api, Webhook(new()));
        using var http = new HttpClient { BaseAddress = new Uri(bot.Services.GetRequiredService<WebhookService>().Addresses.Single()) };

        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/metrics")).StatusCode);
    }

    [Fact]
    public async Task Polling_serves_metrics_and_health_on_its_own_listener()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await CoachBotHost.StartAsync(api, new Dictionary<string, string?> { ["Metrics:Enabled"] = "true", ["Metrics:ListenUrl"] = "http://127.0.0.1:0" });
        using var http = new HttpClient { BaseAddress = new Uri(bot.Services.GetRequiredService<MetricsService>().Addresses.Single()) };
        var chat = new TelegramChat(api, chatId: 9702);

        await chat.Send("/help");
        var metrics = await MetricsAfterHandling(http);

        Assert.Contains("coach_updates_handled_total{", metrics);
        Assert.Equal("Healthy", await (await http.GetAsync("/health")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Health_is_unhealthy_when_the_postgresql_store_does_not_answer()
    {
        var database = await cluster.CreateDatabaseAsync();
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await CoachBotHost.StartAsync(api, Webhook(new() { ["Storage:Provider"] = "PostgreSql", ["Storage:ConnectionString"] = database }));
        using var http = new HttpClient { BaseAddress = new Uri(bot.Services.GetRequiredService<WebhookService>().Addresses.Single()) };
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health")).StatusCode);

        await using (var server = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(database) { Database = "postgres" }.ConnectionString))
        {
            await server.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE {new NpgsqlConnectionStringBuilder(database).Database} WITH (FORCE)", server);
            await drop.ExecuteNonQueryAsync();
        }

        var health = await http.GetAsync("/health");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Equal("Unhealthy", await health.Content.ReadAsStringAsync());
    }

    // The handled count is recorded just after the replies went out: scrape until it is there.
    private static async Task<string> MetricsAfterHandling(HttpClient http)
    {
        using var timeout = new CancellationTokenSource(TelegramChat.Timeout);
        while (true)
        {
            var response = await http.GetAsync(OperationsEndpoints.MetricsPath, timeout.Token);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var text = await response.Content.ReadAsStringAsync(timeout.Token);
            if (text.Contains("coach_updates_handled_total{"))
            {
                return text;
            }

            await Task.Delay(50, timeout.Token);
        }
    }

    private static Dictionary<string, string?> Webhook(Dictionary<string, string?> extra)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Telegram:Mode"] = "Webhook",
            ["Telegram:WebhookUrl"] = "https://coach.example.com/telegram/hook",
            ["Telegram:WebhookSecret"] = Secret,
            ["Telegram:WebhookListenUrl"] = "http://127.0.0.1:0",
        };
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }

        return settings;
    }

    private static async Task Post(HttpClient http, string json)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/telegram/hook") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Add(WebhookService.SecretHeader, Secret);
        Assert.Equal(HttpStatusCode.OK, (await http.SendAsync(request)).StatusCode);
    }
}
