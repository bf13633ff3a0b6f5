using Coach.Bot.Telegram;
using Coach.Integration.Tests.Support;
using Coach.Integration.Tests.Telegram;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace Coach.Integration.Tests.CheckIns;

/// <summary>
/// Scheduled check-ins with Storage:Provider=PostgreSql and two replicas (two Coach hosts on one database, one
/// polling, both running the scheduler on one moved clock): every due check-in reaches its chat once, however many
/// rounds of either replica see it, and one missed while both were down comes once after they start again.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class CheckInReplicaTests(PostgresCluster cluster)
{
    private const long FirstChat = 9701;
    private const int Chats = 16;

    // Wednesday 2 December 2026, 09:00 UTC.
    private static readonly DateTimeOffset Start = new(2026, 12, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Two_replicas_send_each_due_check_in_once_and_one_missed_while_down_once_after_the_restart()
    {
        var database = await cluster.CreateDatabaseAsync();
        await using var api = await FakeBotApiServer.StartAsync();
        var chats = Enumerable.Range(0, Chats).Select(i => new TelegramChat(api, FirstChat + i)).ToList();
        var time = new FakeTimeProvider(Start);
        var replicas = await Replicas(api, database, time);
        try
        {
            await CheckInTelegramTests.PlanAndTurnOn(chats[0]);
            await CopySession(database, FirstChat, chats.Skip(1).Select(chat => chat.ChatId));

            // Monday 10:00: both schedulers find every chat due at once.
            await Move(replicas, time, new DateTimeOffset(2026, 12, 7, 10, 0, 0, TimeSpan.Zero));
            foreach (var chat in chats)
            {
                Assert.Contains("How did the week go?</b> (Nov 30 – Dec 6)", Assert.Single(await chat.Expect(1)).Text);
            }

            // More rounds of both, the same day: nothing more for that week.
            await Move(replicas, time, new DateTimeOffset(2026, 12, 7, 10, 1, 0, TimeSpan.Zero));
            await Move(replicas, time, new DateTimeOffset(2026, 12, 7, 12, 0, 0, TimeSpan.Zero));
            await api.AssertNothingMoreTo(chats[0].ChatId);

            // The sentinel's /help is followed by the question the chat is at: the check-in, still open.
            Assert.Contains("How did the week go?", Assert.Single(await chats[0].Expect(1)).Text);
            Assert.All(chats.Skip(1), chat => Assert.Empty(api.UnreadMessages(chat.ChatId)));
            Assert.Equal(Chats, await ScheduledEntries(database));
        }
        finally
        {
            await StopAll(replicas);
        }

        // Both down over the next two Mondays; started again on Wednesday 23 December: one check-in a chat, the latest week's.
        var later = new FakeTimeProvider(new DateTimeOffset(2026, 12, 23, 8, 0, 0, TimeSpan.Zero));
        replicas = await Replicas(api, database, later);
        try
        {
            foreach (var chat in chats)
            {
                Assert.Contains("(Dec 14 – Dec 20)", Assert.Single(await chat.Expect(1)).Text);
            }
            await Move(replicas, later, later.GetUtcNow().AddMinutes(5));
            await Move(replicas, later, later.GetUtcNow().AddHours(5));
            Assert.All(chats, chat => Assert.Empty(api.UnreadMessages(chat.ChatId)));
            Assert.Equal(2 * Chats, await ScheduledEntries(database));
            Assert.All(replicas, replica => Assert.DoesNotContain(replica.Log.Entries, entry => entry.Contains("could not", StringComparison.Ordinal)));
        }
        finally
        {
            await StopAll(replicas);
        }
    }

    // The first replica polls; the second only handles what the inbox gives it and runs its own scheduler.
    private static async Task<List<CoachBotHost>> Replicas(FakeBotApiServer api, string database, FakeTimeProvider time)
    {
        var replicas = new List<CoachBotHost>();
        foreach (var name in new[] { "a", "b" })
        {
            replicas.Add(await CoachBotHost.StartAsync(
                api,
                new Dictionary<string, string?>
                {
                    ["Storage:Provider"] = "PostgreSql",
                    ["Storage:ConnectionString"] = database,
                    ["Telegram:BotToken"] = "123456:replica-" + name,
                },
                time));
            await Eventually.Holds(() => replicas[^1].Services.GetRequiredService<CheckInScheduler>().Rounds > 0);
        }

        return replicas;
    }

    private static async Task StopAll(IEnumerable<CoachBotHost> replicas)
    {
        foreach (var replica in replicas)
        {
            await replica.DisposeAsync();
        }
    }

    // Moves the clock and waits until both schedulers have looked at it once more.
    private static async Task Move(IReadOnlyList<CoachBotHost> replicas, FakeTimeProvider time, DateTimeOffset to)
    {
        var schedulers = replicas.Select(replica => replica.Services.GetRequiredService<CheckInScheduler>()).ToList();
        var before = schedulers.Select(scheduler => scheduler.Rounds).ToList();
        // From the thread pool: the timers the clock fires run on the thread that moves it.
        await Task.Run(() => time.SetUtcNow(to));

        await Eventually.Holds(() => schedulers.Select((scheduler, i) => scheduler.Rounds > before[i]).All(moved => moved));
    }

    // Other chats with the same plan and schedule: the first chat's session under their ids.
    private static async Task CopySession(string database, long from, IEnumerable<long> to)
    {
        await using var data = NpgsqlDataSource.Create(database);
        foreach (var chatId in to)
        {
            await using var copy = data.CreateCommand(
                "INSERT INTO coach_sessions (chat_id, revision, document) " +
                "SELECT $2, 1, jsonb_set(document, '{_id}', to_jsonb($2)) FROM coach_sessions WHERE chat_id = $1");
            copy.Parameters.Add(new NpgsqlParameter { Value = $"tg:{from}" });
            copy.Parameters.Add(new NpgsqlParameter { Value = $"tg:{chatId}" });
            Assert.Equal(1, await copy.ExecuteNonQueryAsync());
        }
    }

    // The inbox entries the schedulers stored: one a check-in, whoever stored it.
    private static async Task<int> ScheduledEntries(string database)
    {
        await using var data = NpgsqlDataSource.Create(database);
        await using var count = data.CreateCommand("SELECT count(*) FROM coach_inbox WHERE update_id < 0");
        return Convert.ToInt32(await count.ExecuteScalarAsync());
    }
}
