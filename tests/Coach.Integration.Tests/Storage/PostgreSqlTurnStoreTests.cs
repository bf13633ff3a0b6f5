using Coach.Core.Dialogue;
using Coach.Core.Flows;
using Coach.Core.Texts;
using Coach.Integration.Tests.Storage.Contract;
using Coach.Integration.Tests.Support;
using Coach.Storage;
using Coach.Storage.PostgreSql;
using Npgsql;

namespace Coach.Integration.Tests.Storage;

/// <summary>
/// The Telegram host's PostgreSQL sessions (<see cref="PostgreSqlTurnStore"/>): a turn's session and its replies are
/// committed in one transaction, a stale save is still a conflict, and a newer row is never overwritten.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgreSqlTurnStoreTests(PostgresCluster cluster)
{
    private const string Chat = "tg:5";

    [Theory]
    [InlineData("connection ended")]
    [InlineData("exception")]
    public async Task A_fault_between_the_session_write_and_the_replies_write_leaves_neither_and_the_turn_runs_again_whole(string fault)
    {
        await using var store = await PostgreSqlUnderTest.OpenAsync(cluster);
        await store.Inbox.AcceptAsync([Entry(21)]);
        store.Sessions.Save(new Session { Id = Chat, Answers = { ["coverage.product"] = "before" } });
        var turns = store.Store.Turns;
        turns.BetweenWrites = connection =>
        {
            if (fault == "exception")
            {
                throw new InvalidOperationException("injected");
            }

            // As a kill -9 of the process: the server ends the connection, and the open transaction with it.
            using var kill = store.DataSource.CreateCommand("SELECT pg_terminate_backend($1)");
            kill.Parameters.Add(new NpgsqlParameter { Value = connection.ProcessID });
            kill.ExecuteNonQuery();
        };

        var session = turns.Find(Chat)!;
        session.Answers["coverage.product"] = "after";
        turns.Save(session);
        Assert.Equal("after", turns.Find(Chat)!.Answers["coverage.product"]);
        Assert.Equal("before", store.OtherHandle().Find(Chat)!.Answers["coverage.product"]);
        await Assert.ThrowsAnyAsync<Exception>(() => turns.CommitAsync(Chat, 21, [new Reply("Saved").ToJson()]));

        Assert.Equal("before", store.OtherHandle().Find(Chat)!.Answers["coverage.product"]);
        Assert.Equal("before", turns.Find(Chat)!.Answers["coverage.product"]);
        Assert.Null(Assert.Single(store.Inbox.Pending()).Replies);

        // The update is still pending: handled again, the turn is committed whole.
        turns.BetweenWrites = null;
        var again = turns.Find(Chat)!;
        again.Answers["coverage.product"] = "after";
        turns.Save(again);
        await turns.CommitAsync(Chat, 21, [new Reply("Saved").ToJson()]);
        Assert.Equal("after", store.OtherHandle().Find(Chat)!.Answers["coverage.product"]);
        Assert.Equal([new Reply("Saved").ToJson()], Assert.Single(store.Inbox.Pending()).Replies);
    }

    [Fact]
    public async Task A_save_over_a_turn_another_replica_holds_waits_for_its_commit_and_is_then_a_conflict()
    {
        await using var store = await PostgreSqlUnderTest.OpenAsync(cluster);
        await store.Inbox.AcceptAsync([Entry(21)]);
        store.Sessions.Save(new Session { Id = Chat, Answers = { ["coverage.product"] = "before" } });
        await using var otherPool = Pool(store, "replica-b");
        var replicaB = new PostgreSqlTurnStore(otherPool, new PostgreSqlSessionStore(otherPool), new PostgreSqlUpdateInbox(otherPool));
        var stale = replicaB.Find(Chat)!;
        var turns = store.Store.Turns;
        var mine = turns.Find(Chat)!;
        mine.Answers["coverage.product"] = "mine";
        turns.Save(mine);

        stale.Answers["coverage.product"] = "stale";
        var staleSave = Task.Run(() => replicaB.Save(stale));
        await Eventually.Holds(() => WaitingOnALock(store, "replica-b"), describe: () => "replica B's save waits on the row lock");
        await turns.CommitAsync(Chat, 21, [new Reply("Saved").ToJson()]);

        await Assert.ThrowsAsync<SessionConflictException>(() => staleSave);
        Assert.Equal("mine", store.OtherHandle().Find(Chat)!.Answers["coverage.product"]);
        Assert.Equal("mine", replicaB.Find(Chat)!.Answers["coverage.product"]);
        Assert.Equal([new Reply("Saved").ToJson()], Assert.Single(store.Inbox.Pending()).Replies);
    }

    [Fact]
    public async Task A_stale_save_is_a_conflict_at_once_and_the_newer_row_stays()
    {
        await using var store = await PostgreSqlUnderTest.OpenAsync(cluster);
        store.Sessions.Save(new Session { Id = Chat, Answers = { ["coverage.product"] = "before" } });
        var turns = store.Store.Turns;
        var mine = turns.Find(Chat)!;
        var replicaB = store.OtherHandle();
        var theirs = replicaB.Find(Chat)!;
        theirs.Answers["coverage.product"] = "theirs";
        replicaB.Save(theirs);

        mine.Answers["coverage.product"] = "mine";
        Assert.Throws<SessionConflictException>(() => turns.Save(mine));
        await turns.CommitAsync(Chat, 21, []);

        Assert.Equal("theirs", turns.Find(Chat)!.Answers["coverage.product"]);
        Assert.Equal("theirs", store.OtherHandle().Find(Chat)!.Answers["coverage.product"]);
    }

    [Fact]
    public async Task Two_replicas_engines_on_one_chat_lose_neither_input_when_one_holds_its_turn()
    {
        // Replica A's engine saved its turn and has not committed yet; replica B's engine handles the next input of
        // the chat meanwhile: its save waits, meets A's newer revision, and B runs its input again on A's session.
        await using var store = await PostgreSqlUnderTest.OpenAsync(cluster);
        await store.Inbox.AcceptAsync([Entry(1), Entry(2)]);
        var flows = CoachFlows.Create();
        var turnsA = store.Store.Turns;
        var engineA = new DialogueEngine(turnsA, flows, TextCatalog.Default);
        await engineA.HandleAsync(UserInput.Text(Chat, "/start") with { Sequence = 1 });
        await turnsA.CommitAsync(Chat, 1, []);
        await using var otherPool = Pool(store, "replica-b");
        var turnsB = new PostgreSqlTurnStore(otherPool, new PostgreSqlSessionStore(otherPool), new PostgreSqlUpdateInbox(otherPool));
        var loadedByB = new GateOnFind(turnsB);
        var engineB = new DialogueEngine(loadedByB, flows, TextCatalog.Default);

        var inputB = Task.Run(() => engineB.HandleAsync(UserInput.Text(Chat, "Organic bread") with { Sequence = 3 }));
        await loadedByB.FirstFind.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await engineA.HandleAsync(UserInput.Press(Chat, "go:coverage") with { Sequence = 2 });
        loadedByB.Release.SetResult();
        await Eventually.Holds(() => WaitingOnALock(store, "replica-b"), describe: () => "replica B's save waits on A's held turn");
        await turnsA.CommitAsync(Chat, 2, [new Reply("question").ToJson()]);
        var outcome = await inputB.WaitAsync(TimeSpan.FromSeconds(30));
        await turnsB.CommitAsync(Chat, 3, outcome.Replies.Select(reply => reply.ToJson()).ToList());

        Assert.Null(outcome.Fault);
        var stored = store.OtherHandle().Find(Chat)!;
        Assert.Equal("Organic bread", stored.Answers["coverage.product"]);
        Assert.Equal(3, stored.LastSequence);
        Assert.Equal(2, loadedByB.Finds);
    }

    [Fact]
    public async Task A_turn_no_commit_follows_is_rolled_back_and_its_late_commit_fails_with_nothing_written()
    {
        await using var store = await PostgreSqlUnderTest.OpenAsync(cluster);
        await store.Inbox.AcceptAsync([Entry(21)]);
        store.Sessions.Save(new Session { Id = Chat, Answers = { ["coverage.product"] = "before" } });
        var turns = new PostgreSqlTurnStore(store.DataSource, store.Store.Sessions, store.Store.Inbox) { HeldFor = TimeSpan.FromMilliseconds(200) };
        var session = turns.Find(Chat)!;
        session.Answers["coverage.product"] = "after";
        turns.Save(session);

        await Eventually.Holds(() => OpenTransactions(store) == 0, describe: () => "the held turn is rolled back");
        Assert.Equal("before", turns.Find(Chat)!.Answers["coverage.product"]);
        await Assert.ThrowsAsync<InvalidOperationException>(() => turns.CommitAsync(Chat, 21, [new Reply("Saved").ToJson()]));
        Assert.Null(Assert.Single(store.Inbox.Pending()).Replies);

        // The next turn of the chat opens a transaction of its own and commits it.
        var next = turns.Find(Chat)!;
        next.Answers["coverage.product"] = "next";
        turns.Save(next);
        await turns.CommitAsync(Chat, 21, []);
        Assert.Equal("next", store.OtherHandle().Find(Chat)!.Answers["coverage.product"]);
    }

    private static NpgsqlDataSource Pool(PostgreSqlUnderTest store, string name) =>
        NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(store.ConnectionString) { ApplicationName = name }.ConnectionString);

    private static bool WaitingOnALock(PostgreSqlUnderTest store, string applicationName)
    {
        using var waiting = store.DataSource.CreateCommand("SELECT count(*) FROM pg_stat_activity WHERE application_name = $1 AND wait_event_type = 'Lock'");
        waiting.Parameters.Add(new NpgsqlParameter { Value = applicationName });
        return Convert.ToInt64(waiting.ExecuteScalar()) > 0;
    }

    private static long OpenTransactions(PostgreSqlUnderTest store)
    {
        using var open = store.DataSource.CreateCommand("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND state LIKE 'idle in transaction%'");
        return Convert.ToInt64(open.ExecuteScalar());
    }

    private static InboxEntry Entry(long id) => new()
    {
        Id = id,
        ChatId = 5,
        Payload = $"{{\"update_id\":{id}}}",
        ReceivedUtc = DateTime.UtcNow,
    };

    /// <summary>Holds the first load of the chat until released, so another replica's turn runs in between.</summary>
    private sealed class GateOnFind(ISessionStore inner) : ISessionStore
    {
        public TaskCompletionSource FirstFind { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int Finds { get; private set; }

        public Session? Find(string chatId)
        {
            var session = inner.Find(chatId);
            if (++Finds == 1)
            {
                FirstFind.SetResult();
                Release.Task.Wait(TimeSpan.FromSeconds(30));
            }

            return session;
        }

        public void Save(Session session) => inner.Save(session);

        public bool Delete(string chatId) => inner.Delete(chatId);
    }
}
