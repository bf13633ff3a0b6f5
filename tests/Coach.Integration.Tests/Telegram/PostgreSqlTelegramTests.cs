using System.Net;
using System.Text;
using Coach.Bot.Telegram;
using Coach.Integration.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Coach.Integration.Tests.Telegram;

/// <summary>
/// Telegram end to end with Storage:Provider=PostgreSql: the real host and Telegram.Bot client against the fake
/// Bot API, on a throwaway PostgreSQL cluster; then several Coach hosts (replicas) on one database.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgreSqlTelegramTests(PostgresCluster cluster)
{
    private const string Secret = "s3cret_Token-42";

    [Fact]
    public async Task A_chat_on_PostgreSql_answers_and_continues_after_a_restart()
    {
        var database = await cluster.CreateDatabaseAsync();
        await using var api = await FakeBotApiServer.StartAsync();
        var chat = new TelegramChat(api, chatId: 9401);
        await using (var bot = await StartAsync(api, database))
        {
            await chat.Send("/start");
            var question = Assert.Single(await chat.PressButton("go:coverage"));
            Assert.Contains("What do you sell?", question.Text);
        }

        await using (var restarted = await StartAsync(api, database))
        {
            var next = Assert.Single(await chat.Send("Organic bread"));
            Assert.Contains("Who needs your product?", next.Text);
            var kpi = Assert.Single(await chat.Send("/kpi cac 90000 80"));
            Assert.Contains("90,000 ÷ 80 = 1,125", kpi.Text);
            await api.AssertNothingMoreTo(chat.ChatId);
            Assert.Empty(restarted.Log.Entries);
        }
    }

    [Fact]
    public async Task After_forget_no_table_holds_any_of_the_chats_words()
    {
        const string word = "Zanzibarsourdough";
        var database = await cluster.CreateDatabaseAsync();
        await using var api = await FakeBotApiServer.StartAsync();
        var chat = new TelegramChat(api, chatId: 9402);
        await using (var bot = await StartAsync(api, database))
        {
            await chat.Send("/start");
            await chat.PressButton("go:coverage");
            await chat.Send(word + " bakery");
            await chat.Send("/forget");
            Assert.Contains("deleted", Assert.Single(await chat.Send("yes")).Text);
        }

        await using var tables = Npgsql.NpgsqlDataSource.Create(database);
        Assert.False(await Storage.Contract.PostgreSqlUnderTest.DatabaseHoldsAsync(tables, word), "the typed answer is gone from every table");
        Assert.False(await Storage.Contract.PostgreSqlUnderTest.DatabaseHoldsAsync(tables, "/forget"), "the raw updates of the chat are gone");
        Assert.False(await Storage.Contract.PostgreSqlUnderTest.DatabaseHoldsAsync(tables, $"tg:{chat.ChatId}"), "no session of the chat");
        Assert.False(await Storage.Contract.PostgreSqlUnderTest.DatabaseHoldsAsync(tables, $"\"id\":{chat.ChatId}"), "no update payload names the user");
    }

    [Fact]
    public async Task Three_webhook_replicas_on_one_database_answer_every_chat_in_order()
    {
        const int chats = 12;
        const int updates = 6;
        var database = await cluster.CreateDatabaseAsync();
        await using var api = await FakeBotApiServer.StartAsync();
        var replicas = new List<CoachBotHost>();
        try
        {
            for (var i = 0; i < 3; i++)
            {
                replicas.Add(await StartAsync(api, database, Webhook()));
            }

            var endpoints = replicas.Select(replica => new HttpClient { BaseAddress = new Uri(replica.Services.GetRequiredService<WebhookService>().Addresses.Single()) }).ToList();

            // Each chat posts its updates one after another (as Telegram does), each to the next replica in turn:
            // a post is answered 200 once stored, and the update may be handled by whichever replica holds the chat.
            await Task.WhenAll(Enumerable.Range(0, chats).Select(c => Task.Run(async () =>
            {
                var chatId = 9500 + c;
                for (var k = 1; k <= updates; k++)
                {
                    var posted = await Post(endpoints[(c + k) % endpoints.Count], api.TextUpdateJson(chatId, $"/kpi cac {1000 + k} 10"));
                    Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
                }
            })));

            foreach (var c in Enumerable.Range(0, chats))
            {
                var replies = await new TelegramChat(api, 9500 + c).Expect(updates);
                Assert.Equal(
                    Enumerable.Range(1, updates).Select(k => $"{1000 + k:N0} ÷ 10"),
                    replies.Select(reply => System.Text.RegularExpressions.Regex.Match(reply.Text, @"\d,\d{3} ÷ 10").Value));
            }

            // Nothing twice: the next reply to a chat is the one to its next update.
            await api.AssertNothingMoreTo(9500, () => Post(endpoints[1], api.TextUpdateJson(9500, "/help")));
            Assert.All(replicas, replica => Assert.Empty(replica.Log.Entries));
        }
        finally
        {
            foreach (var replica in replicas)
            {
                await replica.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task Of_two_polling_replicas_one_polls_and_the_other_takes_over_when_it_stops()
    {
        var database = await cluster.CreateDatabaseAsync();
        await using var api = await FakeBotApiServer.StartAsync();
        var chat = new TelegramChat(api, chatId: 9601);
        const string first = "123456:replica-a";
        const string second = "123456:replica-b";
        var leader = await StartAsync(api, database, new Dictionary<string, string?> { ["Telegram:BotToken"] = first });
        await Eventually.Holds(() => api.Pollers.Contains(first));
        await using var follower = await StartAsync(api, database, new Dictionary<string, string?> { ["Telegram:BotToken"] = second });
        try
        {
            Assert.Contains("1,125", Assert.Single(await chat.Send("/kpi cac 90000 80")).Text);
            Assert.Contains("1,000", Assert.Single(await chat.Send("/kpi cac 90000 90")).Text);
            Assert.Equal([first], api.Pollers);

            await leader.DisposeAsync();

            // The follower takes the lead within a few seconds and answers what arrives meanwhile, once.
            Assert.Contains("900", Assert.Single(await chat.Send("/kpi cac 90000 100")).Text);
            Assert.Contains(second, api.Pollers);
            await api.AssertNothingMoreTo(chat.ChatId);
        }
        finally
        {
            await leader.DisposeAsync();
        }
    }

    private static Task<CoachBotHost> StartAsync(FakeBotApiServer api, string database, Dictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "PostgreSql",
            ["Storage:ConnectionString"] = database,
        };
        foreach (var (key, value) in extra ?? [])
        {
            settings[key] = value;
        }

        return CoachBotHost.StartAsync(api, settings);
    }

    private static Dictionary<string, string?> Webhook() => new()
    {
        ["Telegram:Mode"] = "Webhook",
        ["Telegram:WebhookUrl"] = "https://coach.example.com/telegram/hook",
        ["Telegram:WebhookSecret"] = Secret,
        ["Telegram:WebhookListenUrl"] = "http://127.0.0.1:0",
    };

    private static Task<HttpResponseMessage> Post(HttpClient http, string json)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/telegram/hook") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Add(WebhookService.SecretHeader, Secret);
        return http.SendAsync(request);
    }
}
