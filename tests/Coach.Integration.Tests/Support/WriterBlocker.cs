using Coach.Storage;

namespace Coach.Integration.Tests.Support;

/// <summary>
/// A write that holds a file's commit thread until released: whatever is queued meanwhile is the next group, which
/// makes "queued while a group is written" deterministic.
/// </summary>
public sealed class WriterBlocker : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    private readonly ManualResetEventSlim _running = new();
    private readonly ManualResetEventSlim _gate = new();
    private volatile bool _heldTooLong;

    private WriterBlocker()
    {
    }

    /// <summary>Queues the blocking write; returns once the writer thread is in it.</summary>
    public static WriterBlocker Block(LiteDbFile file)
    {
        var blocker = new WriterBlocker();
        _ = file.Commits.Enqueue(_ =>
        {
            blocker._running.Set();
            blocker._heldTooLong = !blocker._gate.Wait(Timeout);
        });
        Assert.True(blocker._running.Wait(Timeout), "The writer thread never took the first write.");
        return blocker;
    }

    /// <summary>
    /// Lets the writer go on. Fails when the writer had already given up waiting: the test waited on a write queued
    /// behind the blocker (a store's opening, say) and only went on when the blocker timed out.
    /// </summary>
    public void Release()
    {
        Assert.False(_heldTooLong, "The writer was held until its timeout: the test waited on a write queued behind the blocker.");
        _gate.Set();
    }

    public void Dispose() => _gate.Set();
}
