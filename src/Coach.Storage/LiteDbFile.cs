using LiteDB;

namespace Coach.Storage;

/// <summary>
/// The one <see cref="LiteDatabase"/> of a data file in this process. The session store and
/// the update inbox share it: two direct-mode instances on one file silently lose writes.
/// Every use goes through <see cref="Locked{T}"/>: LiteDB 5.0 allows one write transaction per
/// collection, and writes to two collections at once (sessions and inbox, from parallel chats)
/// can corrupt the shared header page ("discarded page must be writable", then the engine closes
/// itself: litedb-org/LiteDB#2503, tracked in #2825). Seen here in the 50-chat Telegram test;
/// one lock per file, as the maintainer suggests there, removed it.
/// </summary>
public sealed class LiteDbFile : IDisposable
{
    public LiteDbFile(string path, string? password = null)
    {
        var fullPath = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        var connection = new ConnectionString
        {
            Filename = fullPath,
            Connection = ConnectionType.Direct,
            Password = string.IsNullOrEmpty(password) ? null : password,
        };

        // Dates come back as UTC, as they were saved (LiteDB's default is local time).
        Database = new LiteDatabase(connection, new BsonMapper()) { UtcDate = true };
        FilePath = fullPath;
    }

    public string FilePath { get; }

    public LiteDatabase Database { get; }

    private readonly object _gate = new();

    /// <summary>Runs one piece of database work with the file to itself.</summary>
    public T Locked<T>(Func<LiteDatabase, T> work)
    {
        lock (_gate)
        {
            return work(Database);
        }
    }

    public void Dispose() => Database.Dispose();
}
