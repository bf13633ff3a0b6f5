using LiteDB;

namespace Coach.Storage;

/// <summary>
/// Group commit for one data file: writes from any thread are queued, and one writer thread applies
/// whatever is queued in one LiteDB transaction; a second thread makes the applied groups durable
/// with one fsync, then completes their writes' tasks. While a group is being applied or flushed,
/// new writes queue up for the next one, and the writer applies the next group while the flusher
/// waits on the disk, so under load one commit serves many updates and one fsync several commits;
/// when idle a write is applied and flushed at once (no timer).
/// <para>
/// Why one writer thread: LiteDB 5's explicit transactions belong to the thread that began them
/// (<c>BeginTrans</c> keeps the transaction in a thread-local slot), so a group must be written
/// from one thread, and async code that may resume elsewhere cannot hold one open.
/// Why a flush: LiteDB 5.0's <c>Commit</c> returns once the pages are queued for its own writer
/// thread, before they reach the log file. The writer thread waits for that queue
/// (<see cref="LiteDbLog.WaitForWriter"/>, which only the committing thread may call), and the
/// flusher fsyncs the log (<see cref="LiteDbLog.Flush"/>, or, where the queue cannot be reached,
/// checkpoints). So a completed task means the write is on disk, and a reply sent after it cannot
/// stand for an answer a crash would lose. The log is copied into the data file only when it has
/// grown past <see cref="LiteDbLog.CheckpointBytes"/> or a group erases something
/// (<see cref="EnqueueErasing{T}"/>): no copy of a forgotten chat stays in the log. That copy runs on
/// the writer thread between two groups, once the flusher has nothing in hand, as it did before the
/// flush had a thread of its own: only the fsync overlaps LiteDB's work, never a checkpoint.
/// </para>
/// <para>
/// Locks: the transaction is applied under <see cref="LiteDbFile.Locked{T}"/> (CPU work on pages in
/// memory); the flush and any checkpoint, where the time goes to the disk, run outside it, so the
/// process's other work (reads, the next group, engine turns, sends) goes on. LiteDB's own checkpoint
/// lock still makes a read or the next transaction wait for the few milliseconds of a copy.
/// </para>
/// </summary>
public sealed class LiteDbCommitQueue : IDisposable
{
    private readonly LiteDbFile _file;
    private readonly object _gate = new();
    private readonly Queue<Write> _queue = new();
    private Thread? _writer;
    private bool _disposed;

    // Applied groups waiting for their fsync, handed from the writer thread to the flusher thread.
    private readonly object _flushGate = new();
    private readonly List<List<Write>> _applied = [];
    private Thread? _flusher;
    private bool _flushing;
    private bool _applyingDone;
    private long _flushes;
    private long _groups;
    private long _writes;
    private long _checkpoints;
    private long _applyTicks;
    private long _flushTicks;
    private long _checkpointTicks;

    internal LiteDbCommitQueue(LiteDbFile file) => _file = file;

    /// <summary>Groups committed so far (one LiteDB transaction each; a flush serves one or more).</summary>
    public long Groups => Interlocked.Read(ref _groups);

    /// <summary>Times the log was made durable (one fsync each, for every group applied since the one before).</summary>
    public long Flushes => Interlocked.Read(ref _flushes);

    /// <summary>Writes committed so far.</summary>
    public long Writes => Interlocked.Read(ref _writes);

    /// <summary>Times the log was copied into the data file after a group (every group when the log cannot be flushed alone).</summary>
    public long Checkpoints => Interlocked.Read(ref _checkpoints);

    /// <summary>Time the writer thread spent applying groups (the transactions, under the file's lock, and LiteDB's writes into the log), in <see cref="System.Diagnostics.Stopwatch"/> ticks.</summary>
    public long ApplyTicks => Interlocked.Read(ref _applyTicks);

    /// <summary>Time the flusher thread spent making groups durable (the log's fsync, checkpoints), in Stopwatch ticks; it overlaps <see cref="ApplyTicks"/>.</summary>
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
                _flusher = new Thread(FlushApplied) { IsBackground = true, Name = "LiteDB group flush" };
                _flusher.Start();
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
                    break;
                }

                group = new List<Write>(_queue);
                _queue.Clear();
            }

            Apply(group);
            if (!_file.Log.Direct || _file.Log.WantsCheckpoint || group.Exists(write => write.Erases))
            {
                // A checkpoint stays on this thread, between two groups, as LiteDB's own would run: once the groups
                // handed to the flusher are on disk, this one is flushed, copied into the data file and completed here.
                lock (_flushGate)
                {
                    while (_applied.Count > 0 || _flushing)
                    {
                        Monitor.Wait(_flushGate);
                    }
                }

                MakeDurable([group], checkpoint: true);
                continue;
            }

            lock (_flushGate)
            {
                _applied.Add(group);
                Monitor.PulseAll(_flushGate);
            }
        }

        lock (_flushGate)
        {
            _applyingDone = true;
            Monitor.PulseAll(_flushGate);
        }
    }

    /// <summary>
    /// On the writer thread: the group in one transaction (each write alone if that fails), then LiteDB's own writer
    /// drained, so the group's pages are in the log file, waiting for the fsync.
    /// </summary>
    private void Apply(List<Write> group)
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
            _file.Sessions.Publish();
        }
        catch (Exception)
        {
            _file.Sessions.Discard();

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
                finally
                {
                    // Outside a transaction each of LiteDB's calls commits on its own: a document staged after its
                    // upsert returned is stored even when the write failed later.
                    _file.Sessions.Publish();
                }
            }
        }

        try
        {
            _file.Log.WaitForWriter();
        }
        catch (Exception error)
        {
            foreach (var write in group)
            {
                write.Error ??= error;
            }
        }

        Interlocked.Add(ref _applyTicks, System.Diagnostics.Stopwatch.GetTimestamp() - started);
    }

    /// <summary>
    /// The flusher thread: makes the groups applied meanwhile durable with one fsync, then completes their writes, while
    /// the writer thread applies the next groups.
    /// </summary>
    private void FlushApplied()
    {
        while (true)
        {
            List<List<Write>> groups;
            lock (_flushGate)
            {
                while (_applied.Count == 0 && !_applyingDone)
                {
                    Monitor.Wait(_flushGate);
                }

                if (_applied.Count == 0)
                {
                    return;
                }

                groups = [.. _applied];
                _applied.Clear();
                _flushing = true;
            }

            MakeDurable(groups, checkpoint: false);
            lock (_flushGate)
            {
                _flushing = false;
                Monitor.PulseAll(_flushGate);
            }
        }
    }

    /// <summary>
    /// The log's fsync for the groups, then, with <paramref name="checkpoint"/> (on the writer thread only), the copy into
    /// the data file; then the groups' writes complete.
    /// </summary>
    private void MakeDurable(List<List<Write>> groups, bool checkpoint)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        Exception? notOnDisk = null;
        var checkpointed = !_file.Log.Direct;
        try
        {
            _file.Log.Flush(_file.Database);
            if (!checkpointed && checkpoint)
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

        Interlocked.Add(ref _flushTicks, System.Diagnostics.Stopwatch.GetTimestamp() - started);
        // The counters first: a caller whose write completes sees the flush and the checkpoint it waited for counted.
        Interlocked.Increment(ref _flushes);
        if (checkpointed)
        {
            Interlocked.Increment(ref _checkpoints);
        }

        foreach (var group in groups)
        {
            Interlocked.Increment(ref _groups);
            Interlocked.Add(ref _writes, group.Count);
        }

        foreach (var group in groups)
        {
            foreach (var write in group)
            {
                write.Complete(notOnDisk);
            }
        }
    }

    /// <summary>Flushes what is queued, then stops the writer and flusher threads.</summary>
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
        _flusher?.Join();
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
