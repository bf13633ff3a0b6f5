using LiteDB;

namespace Coach.Storage;

/// <summary>
/// The one <see cref="LiteDatabase"/> of a data file in this process. The session store and
/// the update inbox share it: two direct-mode instances on one file silently lose writes.
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

    public void Dispose() => Database.Dispose();
}
