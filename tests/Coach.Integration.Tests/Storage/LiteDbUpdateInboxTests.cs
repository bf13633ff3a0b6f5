using Coach.Storage;

namespace Coach.Integration.Tests.Storage;

public class LiteDbUpdateInboxTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "coach-inbox-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void An_update_seen_before_is_refused_whether_pending_or_done()
    {
        using var file = new LiteDbFile(Path.Combine(_folder, "coach.db"));
        var inbox = new LiteDbUpdateInbox(file);

        var first = inbox.Accept([Entry(1), Entry(2)]);
        inbox.MarkDone(1, DateTime.UtcNow);
        var again = inbox.Accept([Entry(1), Entry(2), Entry(3), Entry(3)]);

        Assert.Equal([1L, 2L], first.Select(e => e.Id));
        Assert.Equal([3L], again.Select(e => e.Id));
        Assert.Equal([2L, 3L], inbox.Pending().Select(e => e.Id));
    }

    [Fact]
    public void After_a_reopen_an_update_seen_before_is_still_refused_and_a_newer_one_accepted()
    {
        var path = Path.Combine(_folder, "coach.db");
        using (var file = new LiteDbFile(path))
        {
            var inbox = new LiteDbUpdateInbox(file);
            inbox.Accept([Entry(10), Entry(-7), Entry(12)]);
            inbox.MarkDone(12, DateTime.UtcNow);
        }

        using var reopened = new LiteDbFile(path);
        var again = new LiteDbUpdateInbox(reopened);
        Assert.Equal([11L, 13L], again.Accept([Entry(12), Entry(10), Entry(-7), Entry(11), Entry(13)]).Select(e => e.Id));
        Assert.Empty(again.Accept([Entry(13), Entry(11), Entry(-7)]));
        Assert.Equal([-7L, 10L, 11L, 13L], again.Pending().Select(e => e.Id));
    }

    [Fact]
    public void Pending_updates_survive_reopening_the_file_oldest_first()
    {
        var path = Path.Combine(_folder, "coach.db");
        using (var file = new LiteDbFile(path))
        {
            new LiteDbUpdateInbox(file).Accept([Entry(12), Entry(10), Entry(11)]);
        }

        using var reopened = new LiteDbFile(path);
        Assert.Equal([10L, 11L, 12L], new LiteDbUpdateInbox(reopened).Pending().Select(e => e.Id));
    }

    [Fact]
    public void Done_updates_older_than_the_cut_off_are_purged_and_pending_ones_kept()
    {
        using var file = new LiteDbFile(Path.Combine(_folder, "coach.db"));
        var inbox = new LiteDbUpdateInbox(file);
        inbox.Accept([Entry(1), Entry(2), Entry(3)]);
        inbox.MarkDone(1, new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        inbox.MarkDone(2, new DateTime(2026, 1, 3, 0, 0, 0, DateTimeKind.Utc));

        var purged = inbox.Purge(new DateTime(2026, 1, 2, 0, 0, 0, DateTimeKind.Utc));

        Assert.Equal(1, purged);
        Assert.Equal(2, inbox.Count());
        Assert.Equal([3L], inbox.Pending().Select(e => e.Id));
    }

    [Fact]
    public void Sessions_and_the_inbox_share_one_file()
    {
        using var file = new LiteDbFile(Path.Combine(_folder, "coach.db"));
        using var store = new LiteDbSessionStore(file);
        var inbox = new LiteDbUpdateInbox(file);

        store.Save(new Coach.Core.Dialogue.Session { Id = "tg:1" });
        inbox.Accept([Entry(5)]);

        Assert.NotNull(store.Find("tg:1"));
        Assert.Single(inbox.Pending());
    }

    [Fact]
    public async Task Many_chats_writing_sessions_and_inbox_entries_at_once_lose_nothing()
    {
        using var file = new LiteDbFile(Path.Combine(_folder, "coach.db"));
        using var store = new LiteDbSessionStore(file);
        var inbox = new LiteDbUpdateInbox(file);

        await Task.WhenAll(Enumerable.Range(0, 16).Select(chat => Task.Run(() =>
        {
            for (var step = 0; step < 40; step++)
            {
                _ = inbox.PendingCount();
                var id = (chat * 1000L) + step + 1; // LiteDB would number an id of 0 itself
                inbox.Accept([Entry(id)]);
                var session = store.Find("tg:" + chat) ?? new Coach.Core.Dialogue.Session { Id = "tg:" + chat };
                session.Answers["step." + step] = new string((char)('a' + step % 26), 400 + (step * 37));
                store.Save(session);
                inbox.MarkDone(id, DateTime.UtcNow);
            }
        })));

        Assert.Empty(inbox.Pending());
        Assert.Equal(16 * 40, inbox.Count());
        Assert.All(Enumerable.Range(0, 16), chat => Assert.Equal(40, store.Find("tg:" + chat)!.Answers.Count));
    }

    [Fact]
    public async Task Each_mark_writes_the_entry_as_stored_and_the_callers_object_is_not_the_inboxs()
    {
        var path = Path.Combine(_folder, "coach.db");
        using (var file = new LiteDbFile(path))
        {
            // The outbox, a sent mark and the done mark, each from what the inbox wrote (no read of the document).
            var inbox = await AcceptFiveAndSendOne(file, Entry(6), new InboxEntry { Id = 7, ChatId = 43, Payload = "{}" });
            await inbox.MarkDoneLater(5, Done);
            await file.Commits.Enqueue(inbox.KeepReplies(6, ["only"]));

            // Forgotten, an entry stays gone: a later mark finds nothing to write.
            inbox.ForgetChat(43, upToId: 7);
            await file.Commits.Enqueue(inbox.KeepReplies(7, ["late"]));
            await inbox.MarkDoneLater(7, Done);
            inbox.Accept([Entry(8)]);
        }

        using var reopened = new LiteDbFile(path);
        var entries = reopened.Locked(database => database.GetCollection<InboxEntry>("inbox").FindAll().ToDictionary(entry => entry.Id));
        Assert.Equal([5L, 6L, 8L], entries.Keys.Order());
        Assert.Equal((true, 1, "{\"update_id\":5}"), (entries[5].Done, entries[5].Sent, entries[5].Payload));
        Assert.Equal(["first", "second"], entries[5].Replies!);
        Assert.Equal((false, 0), (entries[6].Done, entries[6].Sent));
        Assert.Equal(["only"], entries[6].Replies!);
        Assert.Null(entries[8].Replies);
    }

    [Fact]
    public async Task Two_inboxes_over_one_file_write_one_entry_without_undoing_each_other()
    {
        using var file = new LiteDbFile(Path.Combine(_folder, "coach.db"));
        var first = new LiteDbUpdateInbox(file);
        var second = new LiteDbUpdateInbox(file);

        first.Accept([Entry(5)]);
        await file.Commits.Enqueue(second.KeepReplies(5, ["first", "second"]));
        await first.MarkSentAsync(5, 1, Done);
        Assert.Empty(second.Accept([Entry(5)]));
        await second.MarkDoneLater(5, Done);

        var entry = file.Locked(database => database.GetCollection<InboxEntry>("inbox").FindById(5));
        Assert.Equal((true, 1), (entry.Done, entry.Sent));
        Assert.Equal(["first", "second"], entry.Replies!);
    }

    [Fact]
    public async Task Marks_after_a_reopen_read_the_entry_and_keep_what_it_holds()
    {
        var path = Path.Combine(_folder, "coach.db");
        using (var file = new LiteDbFile(path))
        {
            await AcceptFiveAndSendOne(file);
        }

        using (var file = new LiteDbFile(path))
        {
            var inbox = new LiteDbUpdateInbox(file);
            var pending = Assert.Single(inbox.Pending());
            Assert.Equal(("{\"update_id\":5}", 1), (pending.Payload, pending.Sent));
            Assert.Equal(["first", "second"], pending.Replies!);
            await inbox.MarkSentAsync(5, 2, Done);
        }

        using var reopened = new LiteDbFile(path);
        var entry = reopened.Locked(database => database.GetCollection<InboxEntry>("inbox").FindById(5));
        Assert.Equal((true, 2, "{\"update_id\":5}"), (entry.Done, entry.Sent, entry.Payload));
        Assert.Equal(Done, entry.DoneUtc!.Value.ToUniversalTime());
    }

    private static readonly DateTime Done = new(2026, 12, 3, 12, 0, 0, DateTimeKind.Utc);

    // Entry 5 (and the others) accepted, the caller's object then changed, two replies kept, the first sent.
    private static async Task<LiteDbUpdateInbox> AcceptFiveAndSendOne(LiteDbFile file, params InboxEntry[] others)
    {
        var inbox = new LiteDbUpdateInbox(file);
        var mine = Entry(5);
        inbox.Accept([mine, .. others]);
        mine.Payload = "changed by the caller";
        await file.Commits.Enqueue(inbox.KeepReplies(5, ["first", "second"]));
        await inbox.MarkSentAsync(5, 1, Done);
        return inbox;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static InboxEntry Entry(long id) => new() { Id = id, ChatId = 42, Payload = "{\"update_id\":" + id + "}", ReceivedUtc = DateTime.UtcNow };
}
