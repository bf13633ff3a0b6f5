using LiteDB;
using LiteDB.Engine;

namespace Coach.Storage;

/// <summary>
/// The one <see cref="LiteDatabase"/> of a data file in this process. The session store and
/// the update inbox share it: two direct-mode instances on one file silently lose writes.
/// Every use goes through <see cref="Locked{T}"/>: LiteDB 5.0 allows one write transaction per
/// collection, and writes to two collections at once (sessions and inbox, from parallel chats)
/// can corrupt the shared header page ("discarded page must be writable", then the engine closes
/// itself: litedb-org/LiteDB#2503, tracked in #2825). Seen here in the 50-chat Telegram test;
/// one lock per file, as the maintainer suggests there, removed it. Writes go through
/// <see cref="Commits"/>, which applies them from one thread in groups.
/// </summary>
public sealed class LiteDbFile : IDisposable
{
    /// <summary>Owner read and write only: the file holds every chat's answers.</summary>
    public const UnixFileMode PrivateFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public LiteDbFile(string path, string? password = null)
    {
        var fullPath = Path.GetFullPath(path);
        CreatePrivately(fullPath);
        Log = LiteDbLog.Open(LogFileOf(fullPath));
        var settings = new EngineSettings
        {
            Filename = fullPath,
            Password = string.IsNullOrEmpty(password) ? null : password,
            LogStream = Log.Stream,
        };

        try
        {
            var engine = new LiteEngine(settings);

            // Dates come back as UTC, as they were saved (LiteDB's default is local time).
            Database = new LiteDatabase(engine, new BsonMapper()) { UtcDate = true };
            Log.Attach(engine, Database);
        }
        catch (Exception error)
        {
            Database?.Dispose();
            Log.Dispose();
            if (error is not LiteException)
            {
                throw;
            }

            throw new InvalidOperationException(
                string.IsNullOrEmpty(password)
                    ? $"the data file {fullPath} could not be opened ({error.Message}); if it was written with a password, set Storage:Password (Storage__Password)."
                    : $"the data file {fullPath} could not be opened ({error.Message}); check Storage:Password (Storage__Password): it must be the one the file was written with.",
                error);
        }

        FilePath = fullPath;
        Commits = new LiteDbCommitQueue(this);
    }

    /// <summary>
    /// The folder (0700 when Coach makes it), the data file and LiteDB's log file beside it (0600) are
    /// created before LiteDB opens them, so they are never readable by other users, even for a moment;
    /// an existing file readable by others is tightened to 0600.
    /// </summary>
    private static void CreatePrivately(string fullPath)
    {
        var folder = Path.GetDirectoryName(fullPath)!;
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
            return;
        }

        if (!Directory.Exists(folder))
        {
            Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        foreach (var file in new[] { fullPath, LogFileOf(fullPath) })
        {
            if (!File.Exists(file))
            {
                using var created = new FileStream(file, new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = PrivateFile });
            }
            else if ((File.GetUnixFileMode(file) & ~PrivateFile) != 0)
            {
                File.SetUnixFileMode(file, PrivateFile);
            }
        }
    }

    /// <summary>LiteDB 5 keeps its write-ahead log beside the file: "coach.db" → "coach-log.db".</summary>
    public static string LogFileOf(string fullPath) =>
        Path.Combine(Path.GetDirectoryName(fullPath)!, Path.GetFileNameWithoutExtension(fullPath) + "-log" + Path.GetExtension(fullPath));

    public string FilePath { get; }

    public LiteDatabase Database { get; }

    /// <summary>Every write of the file goes through it: one transaction per group of writes, one flush of the log for the groups committed meanwhile.</summary>
    public LiteDbCommitQueue Commits { get; }

    /// <summary>How a group is made durable: by an fsync of LiteDB's log, or by a checkpoint where that is not possible.</summary>
    public LiteDbLog Log { get; }

    /// <summary>
    /// The revision of each chat's session as this process last read or wrote it, shared by every store over the
    /// file: a turn's write takes it plus one instead of reading the whole stored document back for its revision.
    /// </summary>
    internal System.Collections.Concurrent.ConcurrentDictionary<string, long> SessionRevisions { get; } = new(StringComparer.Ordinal);

    /// <summary>The session documents this process committed last, for the stores over the file to read from memory.</summary>
    internal CommittedSessions Sessions { get; } = new();

    /// <summary>What the update inboxes over the file keep between writes (see <see cref="InboxMemory"/>).</summary>
    internal InboxMemory Inbox { get; } = new();

    private readonly object _gate = new();

    /// <summary>Runs one piece of database work with the file to itself.</summary>
    public T Locked<T>(Func<LiteDatabase, T> work)
    {
        lock (_gate)
        {
            return work(Database);
        }
    }

    /// <summary>
    /// Commits what is still queued (done marks, say), copies the log into the data file (LiteDB's own
    /// checkpoint on close is off with its automatic one), then closes the file.
    /// </summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        Commits.Dispose();
        try
        {
            Database.Checkpoint();
        }
        catch (Exception error) when (error is LiteException or IOException)
        {
            // Committed groups are on disk in the log; the next open replays it.
        }
        finally
        {
            Database.Dispose();
            Log.Dispose();
        }
    }

    private int _disposed;
}
