using Coach.Integration.Tests.Storage.Contract;
using Coach.Integration.Tests.Support;
using Coach.Storage;
using Coach.Storage.PostgreSql;
using Npgsql;

namespace Coach.Integration.Tests.Storage;

/// <summary>What only a store shared by several processes does: migrations at start, chat claims, the polling leader.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgreSqlStoreTests(PostgresCluster cluster)
{
    [Fact]
    public async Task Replicas_starting_at_once_migrate_the_schema_once()
    {
        var connectionString = await cluster.CreateDatabaseAsync();
        var replicas = Enumerable.Range(0, 4).Select(_ => new PostgreSqlStore(connectionString)).ToList();
        try
        {
            var applied = await Task.WhenAll(replicas.Select(replica => Task.Run(() => replica.MigrateAsync())));

            Assert.Equal(PostgreSqlSchema.Latest, applied.Sum());
            Assert.Equal(PostgreSqlSchema.Latest, await PostgreSqlSchema.VersionAsync(replicas[0].DataSource));
            Assert.Equal(0, await replicas[0].MigrateAsync());
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
    public async Task A_database_a_newer_Coach_migrated_is_refused_by_name()
    {
        await using var store = await PostgreSqlUnderTest.OpenAsync(cluster);
        await using (var newer = store.DataSource.CreateCommand($"INSERT INTO coach_schema (version) VALUES ({PostgreSqlSchema.Latest + 1})"))
        {
            await newer.ExecuteNonQueryAsync();
        }

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => PostgreSqlSchema.MigrateAsync(store.DataSource));
        Assert.Contains("newer Coach", error.Message);
    }

    [Fact]
    public async Task A_chat_is_claimed_by_one_replica_at_a_time_and_the_next_takes_what_the_first_left()
    {
        await using var store = await PostgreSqlUnderTest.OpenAsync(cluster);
        var replicaA = new PostgreSqlUpdateInbox(store.DataSource);
        await using var otherPool = NpgsqlDataSource.Create(store.ConnectionString);
        var replicaB = new PostgreSqlUpdateInbox(otherPool);
        await replicaA.AcceptAsync([Entry(1, chat: 5), Entry(2, chat: 6)]);
        await replicaB.AcceptAsync([Entry(3, chat: 5)]);

        var first = await replicaA.ClaimChatAsync(5, upToId: 1, wait: true, CancellationToken.None);
        Assert.Equal([1L], first!.Due.Select(e => e.Id));
        var second = replicaB.ClaimChatAsync(5, upToId: 3, wait: true, CancellationToken.None);
        var otherChat = await replicaB.ClaimChatAsync(6, upToId: 2, wait: true, CancellationToken.None);
        Assert.Equal([2L], otherChat!.Due.Select(e => e.Id));
        await otherChat.DisposeAsync();

        // B waits for the chat (a replica never runs a chat another one holds) …
        Assert.False(second.IsCompleted);

        // … and a claim that does not wait (the sweep's) gets nothing due at once.
        await using (var swept = await replicaB.ClaimChatAsync(5, upToId: 3, wait: false, CancellationToken.None))
        {
            Assert.Empty(swept!.Due);
        }

        await replicaA.MarkDoneLater(1, DateTime.UtcNow);
        await first.DisposeAsync();

        // … and then gets the chat's updates still pending, in order, whoever accepted them.
        await using var claimed = await second.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal([3L], claimed!.Due.Select(e => e.Id));
    }

    [Fact]
    public async Task A_chat_held_by_a_replica_that_dies_is_taken_over()
    {
        await using var store = await PostgreSqlUnderTest.OpenAsync(cluster);
        await store.Inbox.AcceptAsync([Entry(1, chat: 5), Entry(2, chat: 5)]);
        var dying = Replica(store);
        var held = await new PostgreSqlUpdateInbox(dying).ClaimChatAsync(5, upToId: 1, wait: true, CancellationToken.None);
        var waiting = store.Inbox.ClaimChatAsync(5, upToId: 2, wait: true, CancellationToken.None);
        Assert.False(waiting.IsCompleted);

        // The replica's connections close (as at kill -9) without a word: the server ends the lock with them.
        await TerminateBackendsOf(store, dying);

        await using var taken = await waiting.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal([1L, 2L], taken!.Due.Select(e => e.Id));
        await held!.DisposeAsync();
        await dying.DisposeAsync();
    }

    [Fact]
    public async Task One_replica_leads_polling_and_another_takes_over_when_it_dies()
    {
        await using var store = await PostgreSqlUnderTest.OpenAsync(cluster);
        var dying = Replica(store);
        var leader = await new PostgreSqlLeaderLock(dying).AcquireAsync(CancellationToken.None);
        var next = new PostgreSqlLeaderLock(store.DataSource).AcquireAsync(CancellationToken.None);
        Assert.False(next.IsCompleted);

        await TerminateBackendsOf(store, dying);

        await using var taken = await next.WaitAsync(TimeSpan.FromSeconds(15));
        Assert.False(taken.Lost.IsCancellationRequested);
        await leader.Lost.WaitHandle.WaitOneAsync(TimeSpan.FromSeconds(15));
        Assert.True(leader.Lost.IsCancellationRequested, "the old leader learns it lost the lead");
        await leader.DisposeAsync();
        await dying.DisposeAsync();
    }

    /// <summary>Another replica's pool, named so the test can end its connections.</summary>
    private static NpgsqlDataSource Replica(PostgreSqlUnderTest store) =>
        NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(store.ConnectionString) { ApplicationName = "dying-" + Guid.NewGuid().ToString("N")[..8] }.ConnectionString);

    /// <summary>Ends the replica's connections from the server side, as when its process is killed.</summary>
    private static async Task TerminateBackendsOf(PostgreSqlUnderTest store, NpgsqlDataSource replica)
    {
        await using var kill = store.DataSource.CreateCommand("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = $1");
        kill.Parameters.Add(new NpgsqlParameter { Value = new NpgsqlConnectionStringBuilder(replica.ConnectionString).ApplicationName! });
        Assert.True(Convert.ToInt64(await kill.ExecuteScalarAsync()) > 0, "the replica had a connection to end");
    }

    private static InboxEntry Entry(long id, long chat) => new()
    {
        Id = id,
        ChatId = chat,
        Payload = $"{{\"update_id\":{id}}}",
        ReceivedUtc = DateTime.UtcNow,
    };
}

internal static class WaitHandleExtensions
{
    public static Task WaitOneAsync(this WaitHandle handle, TimeSpan timeout) => Task.Run(() => handle.WaitOne(timeout));
}
