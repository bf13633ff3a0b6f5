using Coach.Core.Dialogue;
using LiteDB;

namespace Coach.Storage;

/// <summary>
/// Sessions in one LiteDB file, one document per chat. <see cref="Save"/> returns once the session
/// is on disk (through the file's <see cref="LiteDbCommitQueue"/>, with the writes of other threads
/// queued meanwhile), so a session survives a kill at any point; <see cref="Stage"/> queues it and
/// leaves the wait to the caller (see <see cref="GroupCommitSessionStore"/>). Open the file once per
/// process (<see cref="LiteDbFile"/>): two direct-mode instances on one file lose writes.
/// </summary>
public sealed class LiteDbSessionStore : ISessionStore, IDueCheckIns, IDisposable
{
    private const string Collection = "sessions";

    // The field of the session document the scheduler looks up (Session.CheckIns.NextDueUtc), indexed.
    private const string DueField = "CheckIns.NextDueUtc";

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
        file.Commits.Enqueue(_ => _sessions.EnsureIndex("CheckInsDue", "$." + DueField)).GetAwaiter().GetResult();
    }

    public LiteDbFile File { get; }

    public string FilePath => File.FilePath;

    public Session? Find(string chatId) => File.Locked(_ => _sessions.FindById(chatId)) is { } document ? SessionDocuments.ToSession(document) : null;

    public void Save(Session session) => Stage(session).GetAwaiter().GetResult();

    /// <summary>Queues the session for the next group commit; the task completes once it is on disk.</summary>
    public Task Stage(Session session)
    {
        var document = SessionDocuments.ToDocument(session);
        return File.Commits.Enqueue(_ => _sessions.Upsert(document));
    }

    /// <summary>Writes a session document; call only inside a write of the file's <see cref="LiteDbCommitQueue"/>.</summary>
    internal void Upsert(BsonDocument document) => _sessions.Upsert(document);

    /// <summary>
    /// Deletes the chat's session and returns once that is on disk. The group's checkpoint leaves no
    /// copy of it in LiteDB's log file (LiteDB clears a deleted document's bytes in its pages; the log
    /// keeps older page versions until a checkpoint copies them over).
    /// </summary>
    public bool Delete(string chatId) => File.Commits.Enqueue(_ => _sessions.Delete(chatId)).GetAwaiter().GetResult();

    /// <summary>The chats with check-ins on whose next one is due at <paramref name="utc"/>, through the index.</summary>
    public IReadOnlyList<string> ChatsDue(DateTime utc) =>
        File.Locked(_ => _sessions.Find(Query.And(Query.GT(DueField, new BsonValue(DateTime.MinValue)), Query.LTE(DueField, new BsonValue(utc))))
            .Where(document => document["CheckIns"]["On"].AsBoolean)
            .Select(document => document["_id"].AsString)
            .ToList());

    public int Count() => File.Locked(_ => _sessions.Count());

    public void Dispose() => _ownedFile?.Dispose();
}
