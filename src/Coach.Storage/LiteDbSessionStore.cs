using Coach.Core.Dialogue;
using LiteDB;

namespace Coach.Storage;

/// <summary>
/// Sessions in one LiteDB file, one document per chat. Each save is its own committed
/// transaction (LiteDB's write-ahead log), so a session survives a kill at any point. Open the
/// file once per process (<see cref="LiteDbFile"/>): two direct-mode instances on one file lose writes.
/// </summary>
public sealed class LiteDbSessionStore : ISessionStore, IDisposable
{
    private const string Collection = "sessions";

    private readonly LiteDbFile? _ownedFile;
    private readonly ILiteCollection<BsonDocument> _sessions;

    /// <summary>Opens the file for this store alone.</summary>
    public LiteDbSessionStore(string path, string? password = null)
        : this(new LiteDbFile(path, password))
    {
        _ownedFile = File;
    }

    /// <summary>A store over a file other parts of the process use too; the caller disposes the file.</summary>
    public LiteDbSessionStore(LiteDbFile file)
    {
        File = file;
        _sessions = file.Database.GetCollection(Collection);
    }

    public LiteDbFile File { get; }

    public string FilePath => File.FilePath;

    public Session? Find(string chatId) => File.Locked(_ => _sessions.FindById(chatId)) is { } document ? SessionDocuments.ToSession(document) : null;

    public void Save(Session session)
    {
        var document = SessionDocuments.ToDocument(session);
        File.Locked(_ => _sessions.Upsert(document));
    }

    /// <summary>
    /// Deletes the chat's session and checkpoints, so that no copy of it stays in LiteDB's log file
    /// (LiteDB clears a deleted document's bytes in its pages; the log keeps older page versions until
    /// a checkpoint copies them over).
    /// </summary>
    public bool Delete(string chatId) => File.Locked(database =>
    {
        var deleted = _sessions.Delete(chatId);
        database.Checkpoint();
        return deleted;
    });

    public int Count() => File.Locked(_ => _sessions.Count());

    public void Dispose() => _ownedFile?.Dispose();
}
