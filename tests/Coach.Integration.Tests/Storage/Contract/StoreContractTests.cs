using Coach.Core.Dialogue;
using Coach.Core.Domain.CheckIns;
using Coach.Core.Flows;
using Coach.Core.Texts;
using Coach.Integration.Tests.Support;
using Coach.Storage;
using LiteDB;

namespace Coach.Integration.Tests.Storage.Contract;

/// <summary>
/// What every store promises, run against each engine (LiteDB on a real file, PostgreSQL on a real cluster):
/// sessions, optimistic saves, the inbox (once-only, order, purge), /forget leaving nothing, and the reader of
/// sessions the previous version wrote.
/// </summary>
public abstract class StoreContractTests : IAsyncLifetime
{
    private const string Chat = "tg:501";

    private StoreUnderTest _store = null!;

    protected StoreUnderTest Store => _store;

    protected abstract Task<StoreUnderTest> OpenAsync();

    public async Task InitializeAsync() => _store = await OpenAsync();

    public async Task DisposeAsync() => await _store.DisposeAsync();

    [Fact]
    public void A_saved_session_is_found_whole_and_a_missing_one_is_null()
    {
        var saved = ObjectGraph.Filled<Session>();
        Store.Sessions.Save(saved);

        Assert.Empty(ObjectGraph.Differences(saved, Store.Sessions.Find(saved.Id)));
        Assert.Empty(ObjectGraph.Differences(saved, Store.OtherHandle().Find(saved.Id)));
        Assert.Null(Store.Sessions.Find("tg:404"));
    }

    [Fact]
    public void A_loaded_session_saves_again_and_again()
    {
        Store.Sessions.Save(new Session { Id = Chat });
        var session = Store.Sessions.Find(Chat)!;
        session.Answers["coverage.product"] = "Bread";
        Store.Sessions.Save(session);
        session.Answers["coverage.budget"] = "limited";
        Store.Sessions.Save(session);

        var found = Store.OtherHandle().Find(Chat)!;
        Assert.Equal("Bread", found.Answers["coverage.product"]);
        Assert.Equal("limited", found.Answers["coverage.budget"]);
    }

    [Fact]
    public void A_save_over_a_stale_load_is_refused_and_the_newer_session_stays()
    {
        Store.Sessions.Save(new Session { Id = Chat });
        var other = Store.OtherHandle();
        var mine = Store.Sessions.Find(Chat)!;
        var theirs = other.Find(Chat)!;

        theirs.Answers["coverage.product"] = "theirs";
        other.Save(theirs);
        mine.Answers["coverage.product"] = "mine";

        Assert.Throws<SessionConflictException>(() => Store.Sessions.Save(mine));
        Assert.Equal("theirs", Store.Sessions.Find(Chat)!.Answers["coverage.product"]);

        // Loaded afresh, it saves.
        var fresh = Store.Sessions.Find(Chat)!;
        fresh.Answers["coverage.budget"] = "limited";
        Store.Sessions.Save(fresh);
        Assert.Equal("limited", other.Find(Chat)!.Answers["coverage.budget"]);
    }

    [Fact]
    public void A_new_session_never_overwrites_one_stored_meanwhile()
    {
        Store.OtherHandle().Save(new Session { Id = Chat, Language = "ru" });

        Assert.Throws<SessionConflictException>(() => Store.Sessions.Save(new Session { Id = Chat, Language = "en" }));
        Assert.Equal("ru", Store.Sessions.Find(Chat)!.Language);
    }

    [Fact]
    public async Task Two_engines_saving_one_chat_at_once_lose_neither_input()
    {
        // Two replicas' engines on one store. B loads the chat, then A handles an input and saves before B
        // saves: B's save is stale, so B runs its input again on A's session instead of overwriting it.
        var texts = TextCatalog.Default;
        var flows = CoachFlows.Create();
        var a = new DialogueEngine(Store.Sessions, flows, texts);
        await a.HandleAsync(UserInput.Text(Chat, "/start") with { Sequence = 1 });
        var interleaved = new InterleavingStore(Store.OtherHandle(), () =>
            a.HandleAsync(UserInput.Press(Chat, "go:coverage") with { Sequence = 2 }).GetAwaiter().GetResult());
        var b = new DialogueEngine(interleaved, flows, texts);

        var outcome = await b.HandleAsync(UserInput.Text(Chat, "Organic bread") with { Sequence = 3 });

        Assert.Null(outcome.Fault);
        var stored = Store.Sessions.Find(Chat)!;
        Assert.Equal("Organic bread", stored.Answers["coverage.product"]);
        Assert.Equal(3, stored.LastSequence);
        Assert.Equal(2, interleaved.Finds);
    }

    [Fact]
    public async Task An_update_is_accepted_once_whether_pending_or_done()
    {
        var first = await Store.Inbox.AcceptAsync([Entry(1), Entry(2)]);
        await Store.Inbox.MarkDoneLater(1, DateTime.UtcNow);
        var again = await Store.Inbox.AcceptAsync([Entry(1), Entry(2), Entry(3), Entry(3)]);

        Assert.Equal([1L, 2L], first.Select(e => e.Id));
        Assert.Equal([3L], again.Select(e => e.Id));
        Assert.Equal([2L, 3L], Store.Inbox.Pending().Select(e => e.Id));
        Assert.Equal(2, Store.Inbox.PendingCount());
        Assert.Equal(3, Store.Inbox.Count());
    }

    [Fact]
    public async Task A_turns_replies_are_kept_with_its_session_and_marked_sent_one_by_one()
    {
        await Store.Inbox.AcceptAsync([Entry(21, chat: 5)]);
        var session = ObjectGraph.Filled<Session>();
        Store.Committed.Save(session);
        var replies = new[] { new Reply("<b>First</b>").ToJson(), new Reply("Second") { ExpectsText = true }.ToJson() };

        await Store.Committed.CommitAsync(session.Id, 21, replies);

        Assert.Empty(ObjectGraph.Differences(session, Store.OtherHandle().Find(session.Id)));
        var kept = Assert.Single(Store.Inbox.Pending());
        Assert.Equal(replies, kept.Replies);
        Assert.Equal(0, kept.Sent);
        Assert.True(Reply.FromJson(kept.Replies![1]).ExpectsText);

        await Store.Inbox.MarkSentAsync(21, 1, DateTime.UtcNow);
        Assert.Equal(1, Assert.Single(Store.Inbox.Pending()).Sent);
        await Store.Inbox.MarkSentAsync(21, 2, DateTime.UtcNow);
        Assert.Empty(Store.Inbox.Pending());
    }

    [Fact]
    public async Task Pending_updates_come_oldest_first_with_their_payload()
    {
        await Store.Inbox.AcceptAsync([Entry(12, chat: 7), Entry(10, chat: 8), Entry(11, chat: 7)]);

        var pending = Store.Inbox.Pending();

        Assert.Equal([10L, 11L, 12L], pending.Select(e => e.Id));
        Assert.Equal([8L, 7L, 7L], pending.Select(e => e.ChatId));
        Assert.Equal("{\"update_id\":11}", pending[1].Payload);
    }

    [Fact]
    public async Task The_sweep_reads_a_bounded_batch_of_chats_longest_waiting_first_and_a_large_backlog_drains_whole()
    {
        // 1,200 updates over 600 chats, accepted before the cut-off, and one after it.
        const int chats = 600;
        var cutOff = new DateTime(2026, 12, 2, 11, 0, 1, DateTimeKind.Utc);
        await Store.Inbox.AcceptAsync(Enumerable.Range(0, 2 * chats).Select(i => Entry(1 + i, chat: 10_000 + i % chats)));
        var late = Entry(5000, chat: 10_000);
        late.ReceivedUtc = cutOff.AddSeconds(1);
        await Store.Inbox.AcceptAsync([late]);

        var first = Store.Inbox.PendingChats(cutOff, 100);
        Assert.Equal(Enumerable.Range(10_000, 100).Select(chat => (long)chat), first.Select(e => e.ChatId));
        Assert.Equal(1L + chats, first[0].Id);
        Assert.Equal($"{{\"update_id\":{1 + chats}}}", first[0].Payload);

        // As the sweep's claims do: each chat's pending updates up to the newest one swept are handled.
        var sweeps = 0;
        var drained = 0;
        for (var batch = first; batch.Count > 0; batch = Store.Inbox.PendingChats(cutOff, 100))
        {
            Assert.True(++sweeps <= chats / 100, "each sweep takes chats no earlier one took");
            Assert.Equal(batch.Count, batch.Select(e => e.ChatId).Distinct().Count());
            var marks = new List<Task>();
            foreach (var newest in batch)
            {
                for (var id = newest.Id; id > 0; id -= chats)
                {
                    marks.Add(Store.Inbox.MarkDoneLater(id, cutOff));
                    drained++;
                }
            }

            await Task.WhenAll(marks);
        }

        Assert.Equal(2 * chats, drained);
        Assert.Equal([5000L], Store.Inbox.Pending().Select(e => e.Id));
    }

    [Fact]
    public async Task Done_updates_older_than_the_cut_off_are_purged_and_pending_ones_kept()
    {
        var now = new DateTime(2026, 12, 2, 12, 0, 0, DateTimeKind.Utc);
        await Store.Inbox.AcceptAsync([Entry(1), Entry(2), Entry(3)]);
        await Store.Inbox.MarkDoneLater(1, now.AddHours(-30));
        await Store.Inbox.MarkDoneLater(2, now.AddHours(-1));

        Assert.Equal(1, Store.Inbox.Purge(now.AddHours(-24)));
        Assert.Equal(2, Store.Inbox.Count());
        Assert.Equal([3L], Store.Inbox.Pending().Select(e => e.Id));
    }

    [Fact]
    public async Task Forget_leaves_nothing_of_the_chat_and_keeps_other_chats_and_later_updates()
    {
        const string word = "Zanzibarsourdough";
        var session = new Session { Id = "tg:77", Answers = { ["coverage.product"] = word + " bakery" } };
        Store.Sessions.Save(session);
        Store.Sessions.Save(new Session { Id = "tg:78", Answers = { ["coverage.product"] = "Rye" } });
        await Store.Inbox.AcceptAsync(
        [
            Entry(1, chat: 77, payload: $"{{\"text\":\"{word}\"}}"),
            Entry(2, chat: 78),
            Entry(3, chat: 77, payload: "{\"text\":\"/forget\"}"),
            Entry(4, chat: 77, payload: "{\"text\":\"/start\"}"),
        ]);
        await Store.Inbox.MarkDoneLater(1, DateTime.UtcNow);
        Assert.True(await Store.HoldsAsync(word), "stored before /forget");

        Assert.True(Store.Sessions.Delete("tg:77"));
        Assert.Equal(2, Store.Inbox.ForgetChat(77, upToId: 3));

        Assert.False(await Store.HoldsAsync(word), "the chat's words are gone from every table (the file and its log)");
        Assert.False(await Store.HoldsAsync("/forget"), "its raw updates are gone");
        Assert.Null(Store.Sessions.Find("tg:77"));
        Assert.False(Store.Sessions.Delete("tg:77"));
        Assert.Equal("Rye", Store.Sessions.Find("tg:78")!.Answers["coverage.product"]);
        Assert.Equal([2L, 4L], Store.Inbox.Pending().Select(e => e.Id));
    }

    [Fact]
    public async Task A_session_the_previous_version_wrote_is_read_whole_and_saved_in_todays_form()
    {
        await Store.StoreEarlierVersionAsync(VersionOneDocument());

        var read = Store.Sessions.Find(VersionOneFixture.ChatId)!;
        Assert.Empty(ObjectGraph.Differences(VersionOneFixture.Session(), read));

        Store.Sessions.Save(read);
        Assert.Empty(ObjectGraph.Differences(VersionOneFixture.Session(), Store.OtherHandle().Find(VersionOneFixture.ChatId)));
    }

    [Fact]
    public async Task A_session_version_two_wrote_is_read_whole_its_check_in_found_due_and_saved_in_todays_form()
    {
        await Store.StoreEarlierVersionAsync(FixtureDocument(VersionTwoFixture.FileName, VersionOneFixture.ChatId));
        var other = Store.OtherHandle();

        Assert.Empty(ObjectGraph.Differences(VersionTwoFixture.Session(), other.Find(VersionOneFixture.ChatId)));
        Assert.Equal([new DueCheckIn(VersionOneFixture.ChatId, VersionTwoFixture.CheckInDue)], ((IDueCheckIns)other).ChatsDue(VersionTwoFixture.CheckInDue));
        Assert.Empty(((IDueCheckIns)other).ChatsDue(VersionTwoFixture.CheckInDue.AddMinutes(-1)));

        var read = Store.Sessions.Find(VersionOneFixture.ChatId)!;
        Store.Sessions.Save(read);
        var again = Store.OtherHandle();
        Assert.Empty(ObjectGraph.Differences(VersionTwoFixture.Session(), again.Find(VersionOneFixture.ChatId)));
        Assert.Equal([new DueCheckIn(VersionOneFixture.ChatId, VersionTwoFixture.CheckInDue)], ((IDueCheckIns)again).ChatsDue(VersionTwoFixture.CheckInDue));
    }

    protected static InboxEntry Entry(long id, long chat = 1, string? payload = null) => new()
    {
        Id = id,
        ChatId = chat,
        Payload = payload ?? $"{{\"update_id\":{id}}}",
        ReceivedUtc = new DateTime(2026, 12, 2, 11, 0, 0, DateTimeKind.Utc),
    };

    /// <summary>The raw document of Fixtures/sessions-v1.db, as version 1 wrote it.</summary>
    private static BsonDocument VersionOneDocument()
    {
        var document = FixtureDocument(VersionOneFixture.FileName, VersionOneFixture.ChatId);
        Assert.False(document.ContainsKey(SessionDocuments.VersionField), "the fixture is a version 1 document");
        return document;
    }

    /// <summary>A raw document of a fixture file, as the version that wrote it left it (read without today's store, which upgrades).</summary>
    private static BsonDocument FixtureDocument(string fileName, string chatId)
    {
        using var folder = new TempFolder();
        var copy = folder.File(fileName);
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Storage", "Fixtures", fileName), copy);
        using var database = new LiteDatabase(new ConnectionString { Filename = copy, Connection = ConnectionType.Direct }) { UtcDate = true };
        return database.GetCollection("sessions").FindById(chatId);
    }

    /// <summary>Runs another replica's turn right after this store's first load, so this turn's save is stale.</summary>
    private sealed class InterleavingStore(ISessionStore inner, Action meanwhile) : ISessionStore
    {
        public int Finds { get; private set; }

        public Session? Find(string chatId)
        {
            var session = inner.Find(chatId);
            if (++Finds == 1)
            {
                meanwhile();
            }

            return session;
        }

        public void Save(Session session) => inner.Save(session);

        public bool Delete(string chatId) => inner.Delete(chatId);
    }
}

public sealed class LiteDbStoreContractTests : StoreContractTests
{
    protected override Task<StoreUnderTest> OpenAsync() => Task.FromResult<StoreUnderTest>(new LiteDbUnderTest());
}

[Collection(PostgresCollection.Name)]
public sealed class PostgreSqlStoreContractTests(PostgresCluster cluster) : StoreContractTests
{
    protected override async Task<StoreUnderTest> OpenAsync() => await PostgreSqlUnderTest.OpenAsync(cluster);
}
