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
            var writer = Block(file);
            _ = new LiteDbSessionStore(file).Stage(Session("tg:3", "Jam"));
            writer.Release();
        }

        using var reopened = new LiteDbSessionStore(path);
        Assert.Equal("Jam", reopened.Find("tg:3")?.Answer("coverage.product"));
    }

    private static Session Session(string id, string product) => new() { Id = id, Answers = { ["coverage.product"] = product } };

    /// <summary>Queues a write that holds the writer thread until released; returns once the writer is in it.</summary>
    private static Blocker Block(LiteDbFile file)
    {
        var blocker = new Blocker();
        _ = file.Commits.Enqueue(_ =>
        {
            blocker.Running.Set();
            blocker.Gate.Wait(TimeSpan.FromSeconds(20));
        });
        Assert.True(blocker.Running.Wait(TimeSpan.FromSeconds(20)), "The writer thread never took the first write.");
        return blocker;
    }

    private sealed class Blocker : IDisposable
    {
        public ManualResetEventSlim Running { get; } = new();

        public ManualResetEventSlim Gate { get; } = new();

        public void Release() => Gate.Set();

        public void Dispose() => Gate.Set();
    }
}
