using LiteDB;

namespace Coach.Storage;

/// <summary>
/// Group commit for one data file: writes from any thread are queued, and one writer thread applies
/// whatever is queued in one LiteDB transaction, makes it durable, then completes the writes' tasks.
/// While it flushes, new writes queue up for the next group, so under load one commit and one
/// fsync serve many updates, and when idle a write is flushed at once (no timer).
/// <para>
/// Why one thread: LiteDB 5's explicit transactions belong to the thread that began them
/// (<c>BeginTrans</c> keeps the transaction in a thread-local slot), so a group must be written
/// from one thread, and async code that may resume elsewhere cannot hold one open.
/// Why a flush: LiteDB 5.0's <c>Commit</c> returns once the pages are queued for its own writer
/// thread, before they reach the log file. <see cref="LiteDbLog.Flush"/> waits for that queue and
/// fsyncs the log (or, where it cannot, checkpoints). So a completed task means the write is on disk,
/// and a reply sent after it cannot stand for an answer a crash would lose. The log is copied into
/// the data file only when it has grown past <see cref="LiteDbLog.CheckpointBytes"/> or a group
/// erases something (<see cref="EnqueueErasing{T}"/>): no copy of a forgotten chat stays in the log.
/// </para>
/// <para>
/// Locks: the transaction is applied under <see cref="LiteDbFile.Locked{T}"/> (CPU work on pages in
/// memory); the flush and any checkpoint, where the time goes to the disk, run outside it, so the
/// process's other work (reads, engine turns, sends) goes on. LiteDB's own checkpoint lock still
/// makes a read wait for the few milliseconds of a copy.
/// </para>
/// </summary>
public sealed class LiteDbCommitQueue : IDisposable
{
    private readonly LiteDbFile _file;
    private readonly object _gate = new();
    private readonly Queue<Write> _queue = new();
    private Thread? _writer;
    private bool _disposed;
    private long _groups;
    private long _writes;
    private long _checkpoints;
    private long _applyTicks;
    private long _flushTicks;
    private long _checkpointTicks;

    internal LiteDbCommitQueue(LiteDbFile file) => _file = file;

    /// <summary>Groups committed so far (one LiteDB transaction and one flush each).</summary>
    public long Groups => Interlocked.Read(ref _groups);

    /// <summary>Writes committed so far.</summary>
    public long Writes => Interlocked.Read(ref _writes);

    /// <summary>Times the log was copied into the data file after a group (every group when the log cannot be flushed alone).</summary>
    public long Checkpoints => Interlocked.Read(ref _checkpoints);

    /// <summary>Time the writer thread spent applying groups (the transactions, under the file's lock), in <see cref="System.Diagnostics.Stopwatch"/> ticks.</summary>
    public long ApplyTicks => Interlocked.Read(ref _applyTicks);

    /// <summary>Time the writer thread spent making groups durable (log flush and fsync, checkpoints), in Stopwatch ticks.</summary>
    public long FlushTicks => Interlocked.Read(ref _flushTicks);

    /// <summary>Of <see cref="FlushTicks"/>, the time spent in checkpoints (the log copied into the data file).</summary>
    public long CheckpointTicks => Interlocked.Read(ref _checkpointTicks);

    /// <summary>Queues a write; the task completes once it is on disk, or fails with the write's error.</summary>
    public Task Enqueue(Action<LiteDatabase> write) => Enqueue<bool>(database =>
    {
        write(database);
        return true;
    });

    /// <summary>Queues a write that returns a value; the task completes once it is on disk.</summary>
    public Task<T> Enqueue<T>(Func<LiteDatabase, T> write) => Enqueue(new Write<T>(write, erases: false));

    /// <summary>
    /// Queues a write that deletes what must not stay on disk (a forgotten chat, purged updates): its
    /// group is also checkpointed, so LiteDB's log keeps no older copy of the deleted pages.
    /// </summary>
    public Task<T> EnqueueErasing<T>(Func<LiteDatabase, T> write) => Enqueue(new Write<T>(write, erases: true));

    private Task<T> Enqueue<T>(Write<T> item)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _queue.Enqueue(item);
            if (_writer is null)
            {
                _writer = new Thread(Run) { IsBackground = true, Name = "LiteDB group commit" };
                _writer.Start();
            }

            Monitor.Pulse(_gate);
        }

        return item.Done;
    }

    private void Run()
    {
        while (true)
        {
            List<Write> group;
            lock (_gate)
            {
                while (_queue.Count == 0 && !_disposed)
                {
                    Monitor.Wait(_gate);
                }

                if (_queue.Count == 0)
                {
                    return;
                }

                group = new List<Write>(_queue);
                _queue.Clear();
            }

            Flush(group);
        }
    }

    private void Flush(List<Write> group)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            _file.Locked(database =>
            {
                database.BeginTrans();
                try
                {
                    foreach (var write in group)
                    {
                        write.Apply(database);
                    }

                    database.Commit();
                }
                catch
                {
                    database.Rollback();
                    throw;
                }

                return true;
            });
        }
        catch (Exception)
        {
            // One bad write must not cost the others theirs: each alone, in its own transaction.
            foreach (var write in group)
            {
                write.Reset();
                try
                {
                    _file.Locked(database =>
                    {
                        write.Apply(database);
                        return true;
                    });
                }
                catch (Exception error)
                {
                    write.Error = error;
                }
            }
        }

        var applied = System.Diagnostics.Stopwatch.GetTimestamp();
        Interlocked.Add(ref _applyTicks, applied - started);
        Exception? notOnDisk = null;
        var checkpointed = !_file.Log.Direct;
        try
        {
            _file.Log.Flush(_file.Database);
            if (!checkpointed && (_file.Log.WantsCheckpoint || group.Exists(write => write.Erases)))
            {
                // Before the tasks complete: an erasing write returns once its bytes are gone from the log.
                var copying = System.Diagnostics.Stopwatch.GetTimestamp();
                _file.Database.Checkpoint();
                Interlocked.Add(ref _checkpointTicks, System.Diagnostics.Stopwatch.GetTimestamp() - copying);
                checkpointed = true;
            }
        }
        catch (Exception error)
        {
            notOnDisk = error;
        }

        Interlocked.Add(ref _flushTicks, System.Diagnostics.Stopwatch.GetTimestamp() - applied);
        Interlocked.Increment(ref _groups);
        Interlocked.Add(ref _writes, group.Count);
        if (checkpointed)
        {
            Interlocked.Increment(ref _checkpoints);
        }

        foreach (var write in group)
        {
            write.Complete(notOnDisk);
        }
    }

    /// <summary>Flushes what is queued, then stops the writer thread.</summary>
    public void Dispose()
    {
        Thread? writer;
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            writer = _writer;
            Monitor.Pulse(_gate);
        }

        writer?.Join();
    }

    private abstract class Write(bool erases)
    {
        public bool Erases { get; } = erases;

        public Exception? Error { get; set; }

        public abstract void Apply(LiteDatabase database);

        public abstract void Reset();

        public abstract void Complete(Exception? notOnDisk);
    }

    private sealed class Write<T>(Func<LiteDatabase, T> write, bool erases) : Write(erases)
    {
        private readonly TaskCompletionSource<T> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private T? _result;

        public Task<T> Done => _done.Task;

        public override void Apply(LiteDatabase database) => _result = write(database);

        public override void Reset() => _result = default;

        public override void Complete(Exception? notOnDisk)
        {
            if ((Error ?? notOnDisk) is { } error)
            {
                _done.SetException(error);
            }
            else
            {
                _done.SetResult(_result!);
            }
        }
    }
}
