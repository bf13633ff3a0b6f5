using Coach.Core.Dialogue;
using LiteDB;

namespace Coach.Storage;

/// <summary>
/// Sessions in one LiteDB file, one document per chat. Each save is its own committed
/// transaction (LiteDB's write-ahead log), so a session survives a kill at any point. Open the
/// file once per process: two direct-mode instances on one file lose writes.
/// </summary>
public sealed class LiteDbSessionStore : ISessionStore, IDisposable
{
    private const string Collection = "sessions";

    private readonly LiteDatabase _database;
    private readonly ILiteCollection<SessionDocument> _sessions;

    public LiteDbSessionStore(string path, string? password = null)
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
        _database = new LiteDatabase(connection, new BsonMapper()) { UtcDate = true };
        _sessions = _database.GetCollection<SessionDocument>(Collection);
        FilePath = fullPath;
    }

    public string FilePath { get; }

    public Session? Find(string chatId) => _sessions.FindById(chatId)?.ToSession();

    public void Save(Session session) => _sessions.Upsert(SessionDocument.From(session));

    public bool Delete(string chatId) => _sessions.Delete(chatId);

    public int Count() => _sessions.Count();

    public void Dispose() => _database.Dispose();
}
