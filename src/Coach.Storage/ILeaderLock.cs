namespace Coach.Storage;

/// <summary>
/// Elects the one process that may poll Telegram among replicas sharing a store. One process over a LiteDB
/// file is always the leader (<see cref="SoleLeader"/>); PostgreSQL holds an advisory lock.
/// </summary>
public interface ILeaderLock
{
    /// <summary>Waits until this process leads; dispose the result to step down.</summary>
    Task<ILeadership> AcquireAsync(CancellationToken cancellationToken);
}

/// <summary>Held leadership; <see cref="Lost"/> fires when it ends without being given up (the database went away).</summary>
public interface ILeadership : IAsyncDisposable
{
    CancellationToken Lost { get; }
}

/// <summary>The only process: leads at once, forever.</summary>
public sealed class SoleLeader : ILeaderLock, ILeadership
{
    public Task<ILeadership> AcquireAsync(CancellationToken cancellationToken) => Task.FromResult<ILeadership>(this);

    public CancellationToken Lost => CancellationToken.None;

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
