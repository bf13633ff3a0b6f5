using System.Reflection;
using LiteDB;
using LiteDB.Engine;
using Microsoft.Win32.SafeHandles;

namespace Coach.Storage;

/// <summary>
/// LiteDB's write-ahead log file, opened by Coach and handed to LiteDB as its log stream, so that a
/// committed group costs one fsync.
/// <para>
/// LiteDB 5.0.20's <c>Commit</c> returns once the transaction's pages are queued for its own log
/// writer thread, and that thread fsyncs the log each time its queue runs empty: with the pages of a
/// commit queued one by one, several times per commit (strace of the Telegram bench: 25 fsyncs per
/// group, 10 per update, 73 % of the process's syscall time). Nothing public waits for that queue;
/// the only public wait is <c>Checkpoint</c>, which also copies the log into the data file, fsyncs it
/// and truncates the log. So here the log is a <see cref="Stream"/> of Coach's own whose flush does
/// nothing (its writes are unbuffered, straight to the file), LiteDB's internal writer queue is
/// reached once by reflection (<c>LiteEngine._disk.Queue</c>) to wait for it (<see cref="WaitForWriter"/>), and
/// <see cref="Flush"/> then fsyncs the log once for the groups committed meanwhile. A process killed after that reopens the
/// file and LiteDB replays the committed transactions from the log (<c>WalIndexService.RestoreIndex</c>).
/// </para>
/// <para>
/// The log is copied into the data file once it passes <see cref="CheckpointBytes"/> (LiteDB's own
/// automatic checkpoint is turned off: it would run inside <c>Commit</c>, under the file's lock), when
/// a write erases a chat (so no copy of it stays in the log), and when the file closes.
/// Where the internals are not as expected (another LiteDB version), every group is checkpointed
/// instead: slower, never less durable. <c>GroupCommitTests</c> pin the internals.
/// </para>
/// </summary>
public sealed class LiteDbLog : IDisposable
{
    /// <summary>How large the log grows before it is copied into the data file (LiteDB's default is 8 MB).</summary>
    public const long CheckpointBytes = 4 * 1024 * 1024;

    private static readonly Func<LiteEngine, Action?> FindWriterQueueWait = CompileWriterQueueWait();

    private readonly SafeFileHandle _handle;
    private Action? _waitForWriter;

    private LiteDbLog(SafeFileHandle handle)
    {
        _handle = handle;
        Stream = new LogStream(handle);
    }

    /// <summary>The stream LiteDB writes its log through (<c>EngineSettings.LogStream</c>).</summary>
    internal Stream Stream { get; }

    /// <summary>True when a group is made durable by the log's fsync alone; false when each group is checkpointed.</summary>
    public bool Direct => _waitForWriter is not null;

    /// <summary>Opens (or makes) the log file; LiteDB is then opened over <see cref="Stream"/>.</summary>
    internal static LiteDbLog Open(string logPath) =>
        new(File.OpenHandle(logPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read));

    /// <summary>Finds the engine's writer queue and turns off LiteDB's own checkpoints, which Coach then runs.</summary>
    internal void Attach(LiteEngine engine, LiteDatabase database)
    {
        _waitForWriter = FindWriterQueueWait(engine);
        if (_waitForWriter is not null && database.CheckpointSize != 0)
        {
            database.CheckpointSize = 0;
        }
    }

    /// <summary>
    /// Returns once LiteDB's writer thread has written every committed transaction's pages into the log file (not yet
    /// durable). Call only from the thread that commits: LiteDB checks that its queue is empty when the wait returns.
    /// </summary>
    internal void WaitForWriter() => _waitForWriter?.Invoke();

    /// <summary>
    /// Makes what <see cref="WaitForWriter"/> waited for durable: one fsync of the log, or, where the writer queue
    /// cannot be reached, a checkpoint (which waits for the queue under LiteDB's exclusive lock). Safe from another
    /// thread than the committing one, while it goes on: an fsync covers every write that returned before it began.
    /// </summary>
    internal void Flush(LiteDatabase database)
    {
        if (_waitForWriter is null)
        {
            database.Checkpoint();
            return;
        }

        RandomAccess.FlushToDisk(_handle);
    }

    /// <summary>True when the log has grown past <see cref="CheckpointBytes"/> and should be copied into the data file.</summary>
    internal bool WantsCheckpoint => RandomAccess.GetLength(_handle) > CheckpointBytes;

    public void Dispose()
    {
        Stream.Dispose();
        _handle.Dispose();
    }

    /// <summary>
    /// Finds the engine's <c>_disk</c> (a <c>DiskService</c>), its <c>Queue</c> (a
    /// <c>Lazy&lt;DiskWriterQueue&gt;</c>) and that queue's <c>Wait()</c>. Null when any of them is
    /// missing or of another shape.
    /// </summary>
    private static Func<LiteEngine, Action?> CompileWriterQueueWait()
    {
        const BindingFlags Instance = BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public;
        var diskField = typeof(LiteEngine).GetField("_disk", Instance);
        var queueProperty = diskField?.FieldType.GetProperty("Queue", Instance);
        var queueType = queueProperty?.PropertyType;
        if (queueType is null || !queueType.IsGenericType || queueType.GetGenericTypeDefinition() != typeof(Lazy<>))
        {
            return _ => null;
        }

        var valueProperty = queueType.GetProperty("Value");
        var waitMethod = queueType.GetGenericArguments()[0].GetMethod("Wait", Instance, Type.EmptyTypes);
        if (valueProperty is null || waitMethod is null)
        {
            return _ => null;
        }

        return engine =>
        {
            // The disk and its queue live as long as the engine; the queue's Lazy is created on first use.
            var disk = diskField!.GetValue(engine);
            return disk is null || queueProperty!.GetValue(disk) is not { } lazy
                ? null
                : waitMethod.CreateDelegate<Action>(valueProperty.GetValue(lazy));
        };
    }

    /// <summary>
    /// The log file as LiteDB sees it: unbuffered positional reads and writes on one handle. LiteDB
    /// wraps it in its <c>ConcurrentStream</c>, which locks it around each call, so it keeps one
    /// position and needs no lock of its own. <see cref="Flush"/> does nothing: the bytes are in the
    /// file as soon as a write returns, and <see cref="LiteDbLog.Flush"/> fsyncs them.
    /// </summary>
    private sealed class LogStream(SafeFileHandle handle) : Stream
    {
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => true;

        public override bool CanWrite => true;

        public override long Length => RandomAccess.GetLength(handle);

        public override long Position
        {
            get => _position;
            set => _position = value;
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var read = RandomAccess.Read(handle, buffer, _position);
            _position += read;
            return read;
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            RandomAccess.Write(handle, buffer, _position);
            _position += buffer.Length;
        }

        public override long Seek(long offset, SeekOrigin origin) => _position = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => _position + offset,
            _ => Length + offset,
        };

        public override void SetLength(long value) => RandomAccess.SetLength(handle, value);
    }
}
