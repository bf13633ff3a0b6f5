using Coach.Core.Dialogue;
using Coach.Integration.Tests.Support;
using Coach.Storage;

namespace Coach.Integration.Tests.Storage;

/// <summary>
/// LiteDbCommitQueue on a real file. A write that blocks the writer thread (until the test lets it
/// go) makes "queued meanwhile" deterministic: whatever is queued while it runs is the next group.
/// </summary>
public class GroupCommitTests
{
    [Fact]
    public async Task A_staged_save_returns_at_once_and_is_committed_only_when_its_task_completes()
    {
        using var folder = new TempFolder();
        using var file = new LiteDbFile(folder.File("coach.db"));
        var store = new GroupCommitSessionStore(new LiteDbSessionStore(file), new LiteDbUpdateInbox(file));
        using var writer = Block(file);

        store.Save(Session("tg:1", "Organic bread"));
        var committed = store.CommittedAsync("tg:1");

        Assert.False(committed.IsCompleted);
        writer.Release();
        await committed.WaitAsync(TimeSpan.FromSeconds(20));
        Assert.Equal("Organic bread", store.Find("tg:1")?.Answer("coverage.product"));
    }

    [Fact]
    public async Task Writes_queued_while_a_group_is_written_share_the_next_commit()
    {
        using var folder = new TempFolder();
        using var file = new LiteDbFile(folder.File("coach.db"));
        var store = new LiteDbSessionStore(file);
        var inbox = new LiteDbUpdateInbox(file);
        var writer = Block(file);
        var groups = file.Commits.Groups;

        var staged = new Task[20];
        Parallel.For(0, staged.Length, i => staged[i] = store.Stage(Session($"tg:{i}", $"Product {i}")));
        var accepted = inbox.AcceptAsync([new InboxEntry { Id = 7, ChatId = 7, Payload = "{}" }]);
        writer.Release();
        await Task.WhenAll(staged.Append(accepted)).WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Equal(groups + 2, file.Commits.Groups);
        Assert.All(Enumerable.Range(0, 20), i => Assert.Equal($"Product {i}", store.Find($"tg:{i}")?.Answer("coverage.product")));
        Assert.Single(inbox.Pending());
    }

    [Fact]
    public async Task A_write_that_fails_fails_alone_and_the_rest_of_its_group_is_committed()
    {
        using var folder = new TempFolder();
        using var file = new LiteDbFile(folder.File("coach.db"));
        var store = new LiteDbSessionStore(file);
        var writer = Block(file);

        var broken = file.Commits.Enqueue(_ => throw new InvalidOperationException("broken write"));
        var saved = store.Stage(Session("tg:2", "Honey"));
        writer.Release();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => broken.WaitAsync(TimeSpan.FromSeconds(20)));
        Assert.Equal("broken write", error.Message);
        await saved.WaitAsync(TimeSpan.FromSeconds(20));
        Assert.Equal("Honey", store.Find("tg:2")?.Answer("coverage.product"));
    }

    [Fact]
    public void Closing_the_file_commits_what_is_still_queued()
    {
        using var folder = new TempFolder();
        var path = folder.File("coach.db");
        using (var file = new LiteDbFile(path))
        {
            // Opened first: the store's opening is a write of its own, which would wait behind the blocker.
            var store = new LiteDbSessionStore(file);
            var writer = Block(file);
            _ = store.Stage(Session("tg:3", "Jam"));
            writer.Release();
        }

        using var reopened = new LiteDbSessionStore(path);
        Assert.Equal("Jam", reopened.Find("tg:3")?.Answer("coverage.product"));
    }

    [Fact]
    public async Task A_committed_write_is_in_the_log_a_kill_leaves_behind_without_a_checkpoint()
    {
        using var folder = new TempFolder();
        var path = folder.File("coach.db");
        using var file = new LiteDbFile(path);
        Assert.True(file.Log.Direct, "on Linux without a password each group is made durable by the log's fsync alone");
        var store = new LiteDbSessionStore(file);
        var checkpoints = file.Commits.Checkpoints;

        await store.Stage(Session("tg:4", "Sourdough"));

        Assert.Equal(checkpoints, file.Commits.Checkpoints);
        Assert.True(new FileInfo(LiteDbFile.LogFileOf(path)).Length > 0, "the group is in the log, not yet copied into the data file");

        // What a kill -9 leaves: the two files as they are now, the process never closing them.
        var copy = folder.File("copy.db");
        CopyShared(path, copy);
        CopyShared(LiteDbFile.LogFileOf(path), LiteDbFile.LogFileOf(copy));
        using var reopened = new LiteDbSessionStore(copy);
        Assert.Equal("Sourdough", reopened.Find("tg:4")?.Answer("coverage.product"));
    }

    [Fact]
    public async Task The_log_is_copied_into_the_data_file_once_it_passes_its_limit()
    {
        using var folder = new TempFolder();
        var path = folder.File("coach.db");
        using var file = new LiteDbFile(path);
        var store = new LiteDbSessionStore(file);
        var log = new FileInfo(LiteDbFile.LogFileOf(path));
        var checkpoints = file.Commits.Checkpoints;
        var filler = new string('x', 64 * 1024);

        var i = 0;
        while (file.Commits.Checkpoints == checkpoints)
        {
            Assert.True(i < 1000, "no checkpoint after 1000 groups of 64 KB");
            await store.Stage(Session($"tg:{i}", filler + i++));
        }

        log.Refresh();
        Assert.True(log.Length < LiteDbLog.CheckpointBytes, $"the log was truncated after the copy ({log.Length} bytes)");
        Assert.True(i > 10, $"a checkpoint came only once the log was large ({i} groups)");
        Assert.Equal(filler + (i - 1), store.Find($"tg:{i - 1}")?.Answer("coverage.product"));
    }

    [Fact]
    public async Task An_erasing_write_returns_once_the_log_is_copied_and_emptied()
    {
        using var folder = new TempFolder();
        var path = folder.File("coach.db");
        using var file = new LiteDbFile(path);
        var store = new LiteDbSessionStore(file);
        await store.Stage(Session("tg:5", "Quince"));
        var checkpoints = file.Commits.Checkpoints;

        Assert.True(store.Delete("tg:5"));

        Assert.Equal(checkpoints + 1, file.Commits.Checkpoints);
        Assert.Equal(0, new FileInfo(LiteDbFile.LogFileOf(path)).Length);
    }

    private static void CopyShared(string from, string to)
    {
        using var source = new FileStream(from, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var target = File.Create(to);
        source.CopyTo(target);
    }

    [Fact]
    public async Task A_turns_commit_takes_the_revision_after_every_other_write_of_the_chat_and_continues_after_a_reopen()
    {
        using var folder = new TempFolder();
        var path = folder.File("coach.db");
        using (var file = new LiteDbFile(path))
        {
            var plain = new LiteDbSessionStore(file);
            var store = new GroupCommitSessionStore(plain, new LiteDbUpdateInbox(file));
            store.Save(Session("tg:1", "Bread"));
            await store.CommittedAsync("tg:1");
            var loaded = plain.Find("tg:1")!;
            loaded.Answers["coverage.budget"] = "limited";
            plain.Save(loaded);
            Assert.Equal(2, Revision(file, "tg:1"));

            // Saved elsewhere at revision 2: the turn's commit goes past it, not to 2 again.
            store.Save(Session("tg:1", "Rye bread"));
            await store.CommittedAsync("tg:1");
            Assert.Equal(3, Revision(file, "tg:1"));

            // Loaded at revision 3, then a turn committed: that load is stale.
            var stale = plain.Find("tg:1")!;
            store.Save(Session("tg:1", "Spelt bread"));
            await store.CommittedAsync("tg:1");
            Assert.Equal(4, Revision(file, "tg:1"));
            Assert.Throws<SessionConflictException>(() => plain.Save(stale));

            // Deleted, the chat starts again at 1.
            store.Delete("tg:1");
            store.Save(Session("tg:1", "Honey"));
            await store.CommittedAsync("tg:1");
            Assert.Equal(1, Revision(file, "tg:1"));
        }

        using (var file = new LiteDbFile(path))
        {
            var store = new GroupCommitSessionStore(new LiteDbSessionStore(file), new LiteDbUpdateInbox(file));
            store.Save(Session("tg:1", "Honey again"));
            await store.CommittedAsync("tg:1");
            Assert.Equal(2, Revision(file, "tg:1"));
            Assert.Equal("Honey again", store.Find("tg:1")?.Answer("coverage.product"));
        }
    }

    [Fact]
    public async Task A_group_rolled_back_by_one_bad_write_leaves_the_inbox_and_the_session_as_each_write_alone_would()
    {
        // The inbox's kept entries and the known revisions are changed inside writes: after a rollback each write is
        // applied again alone, and what is on disk must be what those writes say.
        using var folder = new TempFolder();
        var path = folder.File("coach.db");
        using (var file = new LiteDbFile(path))
        {
            var inbox = new LiteDbUpdateInbox(file);
            var store = new GroupCommitSessionStore(new LiteDbSessionStore(file), inbox);
            inbox.Accept([Entry(5)]);
            store.Save(Session("tg:1", "Bread"));
            await store.CommitAsync("tg:1", 5, ["r1", "r2"]);

            var writer = Block(file);
            var sent = inbox.MarkSentAsync(5, 2, DateTime.UtcNow);
            var accepted = inbox.AcceptAsync([Entry(6), Entry(7)]);
            store.Save(Session("tg:1", "Rye bread"));
            var committed = store.CommitAsync("tg:1", 6, ["x"]);
            var bad = file.Commits.Enqueue(_ => throw new InvalidOperationException("broken write"));
            writer.Release();
            await Task.WhenAll(sent, accepted, committed).WaitAsync(TimeSpan.FromSeconds(20));
            await Assert.ThrowsAsync<InvalidOperationException>(() => bad);
            await inbox.MarkSentAsync(6, 1, DateTime.UtcNow);
            // Revision 2 was taken by the rolled-back group: skipped, never reused.
            Assert.Equal(3, Revision(file, "tg:1"));
        }

        using var reopened = new LiteDbFile(path);
        var entries = reopened.Locked(database => database.GetCollection<InboxEntry>("inbox").FindAll().ToDictionary(entry => entry.Id));
        Assert.Equal([5L, 6L, 7L], entries.Keys.Order());
        Assert.Equal((true, 2, true, false), (entries[5].Done, entries[5].Sent, entries[6].Done, entries[7].Done));
        Assert.Equal(["x"], entries[6].Replies!);
        Assert.Equal("Rye bread", new LiteDbSessionStore(reopened).Find("tg:1")?.Answer("coverage.product"));
    }

    private static InboxEntry Entry(long id) => new() { Id = id, ChatId = 42, Payload = "{\"update_id\":" + id + "}", ReceivedUtc = DateTime.UtcNow };

    private static long Revision(LiteDbFile file, string chatId) =>
        file.Locked(database => database.GetCollection("sessions").FindById(chatId)[SessionRevisions.Field].AsInt64);

    private static Session Session(string id, string product) => new() { Id = id, Answers = { ["coverage.product"] = product } };

    private static WriterBlocker Block(LiteDbFile file) => WriterBlocker.Block(file);
}
