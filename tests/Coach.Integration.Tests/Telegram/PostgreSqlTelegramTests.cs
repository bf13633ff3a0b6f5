using System.Net;
using System.Text;
using Coach.Bot.Telegram;
using Coach.Integration.Tests.Support;
using Coach.Storage.PostgreSql;
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

    [Fact]
    public async Task A_groups_updates_alternating_between_two_replicas_keep_its_language_who_answered_and_who_asked_to_forget()
    {
        const long group = -1009400001;
        const long anna = 9411;
        const long boris = 9412;
        var database = await cluster.CreateDatabaseAsync();
        await using var api = await FakeBotApiServer.StartAsync();
        api.ChatAdmins.Add(anna);
        await using var first = await StartAsync(api, database, Webhook());
        await using var second = await StartAsync(api, database, Webhook());
        var replicas = new[] { first, second }.Select(replica => new HttpClient { BaseAddress = new Uri(replica.Services.GetRequiredService<WebhookService>().Addresses.Single()) }).ToList();

        // Each update is built as the fake Bot API would queue it and posted to the replica chosen.
        async Task<T> To<T>(int replica, Func<T> enqueue)
        {
            var built = enqueue();
            Assert.Equal(HttpStatusCode.OK, (await Post(replicas[replica], api.TakeLastUpdateJson())).StatusCode);
            return built;
        }

        await To(0, () => api.EnqueueGroupText(group, anna, "/start@coach_test_bot coverage", languageCode: "ru", firstName: "Анна"));
        var product = Assert.Single(await api.WaitForMessages(group, 1, TelegramChat.Timeout));
        await To(1, () => api.EnqueueGroupText(group, boris, "Bakery", replyToBot: true, languageCode: "en", firstName: "Boris"));
        var audience = Assert.Single(await api.WaitForMessages(group, 1, TelegramChat.Timeout));
        await To(0, () => api.EnqueueGroupCallback(group, anna, "a:coverage.audience:narrow", audience.MessageId, "ru", "Анна"));
        var budget = Assert.Single(await api.WaitForMessages(group, 1, TelegramChat.Timeout));

        // Boris, late, on the other replica: a press on the question Anna answered, then a typed reply to it.
        var latePress = await To(1, () => api.EnqueueGroupCallback(group, boris, "a:coverage.audience:wide", audience.MessageId, "en", "Boris"));
        var toast = await api.WaitForCallbackAnswer(latePress, TelegramChat.Timeout);
        await To(1, () => api.EnqueueGroupText(group, boris, "wide", languageCode: "en", firstName: "Boris", replyTo: audience.MessageId));
        var lateReply = Assert.Single(await api.WaitForMessages(group, 1, TelegramChat.Timeout));

        // Anna asks for /forget on one replica; only she can confirm it, on the other.
        await To(0, () => api.EnqueueGroupText(group, anna, "/forget@coach_test_bot", languageCode: "ru", firstName: "Анна"));
        var confirm = Assert.Single(await api.WaitForMessages(group, 1, TelegramChat.Timeout));
        var borisConfirms = await To(1, () => api.EnqueueGroupCallback(group, boris, "c:forget.yes", confirm.MessageId, "en", "Boris"));
        var refused = await api.WaitForCallbackAnswer(borisConfirms, TelegramChat.Timeout);
        await To(1, () => api.EnqueueGroupCallback(group, anna, "c:forget.yes", confirm.MessageId, "ru", "Анна"));
        var done = Assert.Single(await api.WaitForMessages(group, 1, TelegramChat.Timeout));

        Assert.Contains("Что вы продаёте?", product.Text);
        Assert.Contains("Кому нужен ваш продукт?", audience.Text);
        Assert.Contains("Какой у вас маркетинговый бюджет?", budget.Text);
        Assert.Equal("На этот вопрос уже ответили (Анна), следующий вопрос — выше.", toast);
        Assert.Equal("На этот вопрос уже ответили (Анна), следующий вопрос — выше.", lateReply.Text);
        Assert.Contains("Удалить?", confirm.Text);
        Assert.Equal("Подтвердить /forget может только тот, кто его запросил: Анна.", refused);
        Assert.Contains("все ваши данные удалены", done.Text);
        await api.AssertNothingMoreTo(group, () => To(1, () => api.EnqueueGroupText(group, anna, "/help@coach_test_bot", languageCode: "ru", firstName: "Анна")));
        Assert.All(new[] { first, second }, replica => Assert.Empty(replica.Log.Entries));
    }

    [Fact]
    public async Task Inline_queries_are_answered_while_the_senders_private_chat_is_held()
    {
        const long anna = 9421;
        const long boris = 9422;
        var database = await cluster.CreateDatabaseAsync();
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await StartAsync(api, database, Webhook());
        using var hook = new HttpClient { BaseAddress = new Uri(bot.Services.GetRequiredService<WebhookService>().Addresses.Single()) };

        // Anna's private chat is held (as by another replica in a long turn), with an update of hers waiting.
        await using var holder = new Npgsql.NpgsqlConnection(database);
        await holder.OpenAsync();
        await using (var hold = new Npgsql.NpgsqlCommand($"SELECT pg_advisory_lock({AdvisoryLocks.ChatSpace}, {AdvisoryLocks.ChatKey(anna)})", holder))
        {
            await hold.ExecuteNonQueryAsync();
        }

        Assert.Equal(HttpStatusCode.OK, (await Post(hook, api.TextUpdateJson(anna, "/kpi cac 90000 80"))).StatusCode);
        var annas = api.EnqueueInlineQuery(anna, "cac 90000 80");
        Assert.Equal(HttpStatusCode.OK, (await Post(hook, api.TakeLastUpdateJson())).StatusCode);
        var boriss = api.EnqueueInlineQuery(boris, "cac 90000 90");
        Assert.Equal(HttpStatusCode.OK, (await Post(hook, api.TakeLastUpdateJson())).StatusCode);

        await api.WaitForCall("answerInlineQuery", c => c["inline_query_id"] == annas, TelegramChat.Timeout);
        await api.WaitForCall("answerInlineQuery", c => c["inline_query_id"] == boriss, TelegramChat.Timeout);
        Assert.Empty(api.UnreadMessages(anna));

        await using (var release = new Npgsql.NpgsqlCommand($"SELECT pg_advisory_unlock({AdvisoryLocks.ChatSpace}, {AdvisoryLocks.ChatKey(anna)})", holder))
        {
            await release.ExecuteNonQueryAsync();
        }

        Assert.Contains("1,125", Assert.Single(await api.WaitForMessages(anna, 1, TelegramChat.Timeout)).Text);
        Assert.Empty(bot.Log.Entries);
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
