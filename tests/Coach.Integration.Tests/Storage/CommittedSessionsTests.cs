using Coach.Core.Dialogue;
using Coach.Integration.Tests.Support;
using Coach.Storage;

namespace Coach.Integration.Tests.Storage;

/// <summary>
/// The session documents a LiteDB file keeps in memory as last committed (<c>CommittedSessions</c>), on a real file:
/// a turn's read comes from there without the file's lock, and it is always what the file holds.
/// </summary>
public class CommittedSessionsTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task A_read_of_a_chat_just_committed_does_not_wait_for_the_files_lock()
    {
        using var folder = new TempFolder();
        using var file = new LiteDbFile(folder.File("coach.db"));
        var store = new LiteDbSessionStore(file);
        await store.Stage(Session("tg:1", "Bread"));

        // Another thread holds the file (as the commit thread does while it applies a group).
        using var holding = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var holder = Task.Run(() => file.Locked(_ =>
        {
            holding.Set();
            return release.Wait(Timeout);
        }));
        Assert.True(holding.Wait(Timeout));
        try
        {
            // Read from the file, it would wait for the lock until the timeout.
            var read = await Task.Run(() => store.Find("tg:1")).WaitAsync(Timeout);
            Assert.Equal("Bread", read?.Answer("coverage.product"));

            // A chat this process never wrote is read from the file, once the lock is free.
            var cold = Task.Run(() => store.Find("tg:2"));
            release.Set();
            Assert.Null(await cold.WaitAsync(Timeout));
        }
        finally
        {
            release.Set();
            await holder;
        }
    }

    [Fact]
    public async Task Each_read_is_a_fresh_copy_and_follows_every_later_commit_and_the_delete()
    {
        using var folder = new TempFolder();
        using var file = new LiteDbFile(folder.File("coach.db"));
        var store = new GroupCommitSessionStore(new LiteDbSessionStore(file), new LiteDbUpdateInbox(file));
        store.Save(Session("tg:1", "Bread"));
        await store.CommittedAsync("tg:1");

        var first = store.Find("tg:1")!;
        first.Answers["coverage.product"] = "changed by a turn that then failed";
        Assert.Equal("Bread", store.Find("tg:1")?.Answer("coverage.product"));

        store.Save(Session("tg:1", "Rye bread"));
        await store.CommittedAsync("tg:1");
        Assert.Equal("Rye bread", store.Find("tg:1")?.Answer("coverage.product"));
        Assert.Equal("Rye bread", new LiteDbSessionStore(file).Find("tg:1")?.Answer("coverage.product"));

        Assert.True(store.Delete("tg:1"));
        Assert.Null(store.Find("tg:1"));
    }

    [Fact]
    public async Task A_save_refused_as_a_conflict_leaves_the_stored_session_to_read()
    {
        using var folder = new TempFolder();
        using var file = new LiteDbFile(folder.File("coach.db"));
        var store = new LiteDbSessionStore(file);
        await store.Stage(Session("tg:1", "Bread"));
        var loaded = store.Find("tg:1")!;
        var other = store.Find("tg:1")!;
        other.Answers["coverage.product"] = "Honey";
        await store.Stage(other);

        loaded.Answers["coverage.product"] = "Jam";
        await Assert.ThrowsAsync<SessionConflictException>(() => store.Stage(loaded).WaitAsync(Timeout));
        Assert.Equal("Honey", store.Find("tg:1")?.Answer("coverage.product"));
    }

    [Fact]
    public async Task After_a_group_rolled_back_a_read_gives_what_the_file_holds()
    {
        using var folder = new TempFolder();
        using var file = new LiteDbFile(folder.File("coach.db"));
        var store = new LiteDbSessionStore(file);
        await store.Stage(Session("tg:1", "Bread"));
        await store.Stage(Session("tg:2", "Honey"));

        // One group: a save of tg:1, then a write that fails after its own upsert of tg:2 and rolls the group back.
        var writer = Block(file);
        var updated = store.Find("tg:1")!;
        updated.Answers["coverage.product"] = "Rye bread";
        var saved = store.Stage(updated);
        var raw = file.Database.GetCollection("sessions");
        var bad = file.Commits.Enqueue(_ =>
        {
            raw.Delete("tg:2");
            throw new InvalidOperationException("broken write");
        });
        writer.Release();
        await saved.WaitAsync(Timeout);
        await Assert.ThrowsAsync<InvalidOperationException>(() => bad.WaitAsync(Timeout));

        // Each write again alone: the save is stored, and so is the delete the bad write made before it threw.
        Assert.Equal("Rye bread", store.Find("tg:1")?.Answer("coverage.product"));
        Assert.Null(file.Locked(_ => raw.FindById("tg:2")));
        Assert.Null(store.Find("tg:2"));
    }

    [Fact]
    public async Task More_chats_than_memory_keeps_are_each_read_as_last_saved()
    {
        using var folder = new TempFolder();
        using var file = new LiteDbFile(folder.File("coach.db"));
        var store = new LiteDbSessionStore(file);
        const int chats = 2 * 1024 + 300;
        await Task.WhenAll(Enumerable.Range(0, chats).Select(i => store.Stage(Session($"tg:{i}", $"Product {i}"))));
        var again = Enumerable.Range(0, chats).Where(i => i % 7 == 0).Select(i =>
        {
            var session = store.Find($"tg:{i}")!;
            session.Answers["coverage.product"] = $"Product {i}, again";
            return store.Stage(session);
        }).ToList();
        await Task.WhenAll(again);

        Assert.All(Enumerable.Range(0, chats), i =>
            Assert.Equal(i % 7 == 0 ? $"Product {i}, again" : $"Product {i}", store.Find($"tg:{i}")?.Answer("coverage.product")));
    }

    private static Session Session(string id, string product) => new() { Id = id, Answers = { ["coverage.product"] = product } };

    private static WriterBlocker Block(LiteDbFile file) => WriterBlocker.Block(file);
}
