using Coach.Core.Dialogue;
using Coach.Core.Domain.CheckIns;
using LiteDB;

namespace Coach.Storage;

/// <summary>
/// Sessions in one LiteDB file, one document per chat. <see cref="Save"/> returns once the session
/// is on disk (through the file's <see cref="LiteDbCommitQueue"/>, with the writes of other threads
/// queued meanwhile), so a session survives a kill at any point; <see cref="Stage"/> queues it and
/// leaves the wait to the caller (see <see cref="GroupCommitSessionStore"/>). Open the file once per
/// process (<see cref="LiteDbFile"/>): two direct-mode instances on one file lose writes.
/// </summary>
public sealed class LiteDbSessionStore : ICopyableSessionStore, IDueCheckIns, IDisposable
{
    private const string Collection = "sessions";

    // The field of the session document the scheduler looks up (the check-ins feature's NextDueUtc), indexed.
    private const string CheckInsField = "Features.checkins";

    private const string DueField = CheckInsField + ".NextDueUtc";

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
        file.Commits.Enqueue(_ =>
        {
            // Version 2 indexed the check-ins where that version kept them; the index follows the field.
            _sessions.DropIndex("CheckInsDue");
            _sessions.EnsureIndex("CheckInsDue2", "$." + DueField);
            UpgradeOlderDocuments();
        }).GetAwaiter().GetResult();
    }

    /// <summary>
    /// Rewrites, once, the documents an older Coach wrote (<see cref="SessionDocuments.SchemaVersion"/> below
    /// today's) in today's shape, keeping their revisions, so the indexed fields hold for every chat. Runs inside
    /// the opening's write; a file with none costs one index lookup.
    /// </summary>
    private void UpgradeOlderDocuments()
    {
        var older = _sessions.Find(Query.Or(
            Query.LT(SessionDocuments.VersionField, SessionDocuments.SchemaVersion),
            Query.EQ(SessionDocuments.VersionField, BsonValue.Null))).ToList();
        foreach (var stored in older)
        {
            Write(stored["_id"].AsString, SessionDocuments.ToDocument(SessionDocuments.ToSession(stored)), RevisionOf(stored));
        }
    }

    /// <summary>
    /// Inside a write: stores the chat's document at the revision, and keeps both for the turns that follow (the
    /// committed document in <see cref="LiteDbFile.Sessions"/> once the group commits, the revision at once). Every
    /// write of a session goes through here.
    /// </summary>
    private void Write(string chatId, BsonDocument document, long revision)
    {
        document[SessionRevisions.Field] = revision;
        _sessions.Upsert(document);
        File.Sessions.Stage(chatId, document);
        Note(chatId, revision);
    }

    // Never lower: after a group that failed and was applied write by write, a number may be skipped, never reused.
    private void Note(string chatId, long revision) =>
        File.SessionRevisions.AddOrUpdate(chatId, revision, (_, known) => Math.Max(known, revision));

    public LiteDbFile File { get; }

    public string FilePath => File.FilePath;

    private readonly SessionRevisions _revisions = new();

    public Session? Find(string chatId)
    {
        if (!File.Sessions.TryGet(chatId, out var document))
        {
            if (File.Locked(_ => _sessions.FindById(chatId)) is not { } stored)
            {
                return null;
            }

            document = stored;
        }

        var session = SessionDocuments.ToSession(document);
        _revisions.Remember(session, RevisionOf(document));
        Note(chatId, RevisionOf(document));
        return session;
    }

    public void Save(Session session) => Stage(session).GetAwaiter().GetResult();

    /// <summary>
    /// Queues the session for the next group commit; the task completes once it is on disk. Optimistic: it fails
    /// with <see cref="SessionConflictException"/> (and writes nothing) when the stored session is no longer the
    /// revision this one was loaded at, or when a session never loaded meets one stored meanwhile.
    /// </summary>
    public Task Stage(Session session)
    {
        var document = SessionDocuments.ToDocument(session);
        var expected = _revisions.Of(session);
        return File.Commits.Enqueue(_ =>
        {
            var stored = _sessions.FindById(session.Id) is { } current ? RevisionOf(current) : (long?)null;
            if (stored != expected)
            {
                throw new SessionConflictException(session.Id);
            }

            var revision = (stored ?? 0) + 1;
            Write(session.Id, document, revision);
            _revisions.Remember(session, revision);
        });
    }

    /// <summary>
    /// Writes a session document at the next revision; call only inside a write of the file's
    /// <see cref="LiteDbCommitQueue"/>, from a caller that runs one turn of a chat at a time.
    /// </summary>
    internal void UpsertNext(BsonDocument document)
    {
        // The chat's turn loaded the session (Find noted its revision) or wrote it last: no read of the stored document.
        var chatId = document["_id"].AsString;
        var revision = (File.SessionRevisions.TryGetValue(chatId, out var known) ? known
            : _sessions.FindById(chatId) is { } current ? RevisionOf(current) : 0) + 1;
        Write(chatId, document, revision);
    }

    // Documents written before revisions were kept count as revision 0.
    private static long RevisionOf(BsonDocument document) =>
        document.TryGetValue(SessionRevisions.Field, out var revision) && revision.IsNumber ? revision.AsInt64 : 0;

    /// <summary>
    /// Deletes the chat's session and returns once that is on disk. The group's checkpoint leaves no
    /// copy of it in LiteDB's log file (LiteDB clears a deleted document's bytes in its pages; the log
    /// keeps older page versions until a checkpoint copies them over).
    /// </summary>
    public bool Delete(string chatId) => File.Commits.EnqueueErasing(_ =>
    {
        // Forgotten once deleted: a delete that failed leaves the known revision, never a lower one noted meanwhile.
        var deleted = _sessions.Delete(chatId);
        File.Sessions.Stage(chatId, null);
        File.SessionRevisions.TryRemove(chatId, out var _);
        return deleted;
    }).GetAwaiter().GetResult();

    /// <summary>The chats with check-ins on whose next one is due at <paramref name="utc"/>, through the index.</summary>
    public IReadOnlyList<DueCheckIn> ChatsDue(DateTime utc) =>
        File.Locked(_ => _sessions.Find(Query.And(Query.GT(DueField, new BsonValue(DateTime.MinValue)), Query.LTE(DueField, new BsonValue(utc))))
            .Where(document => CheckIns(document)["On"].AsBoolean)
            .Select(document => new DueCheckIn(document["_id"].AsString, CheckIns(document)["NextDueUtc"].AsDateTime.ToUniversalTime()))
            .ToList());

    private static BsonValue CheckIns(BsonDocument document) => document["Features"]["checkins"];

    public int Count() => File.Locked(_ => _sessions.Count());

    public IReadOnlyList<string> ChatIds() =>
        File.Locked(_ => _sessions.FindAll().Select(document => document["_id"].AsString).Order(StringComparer.Ordinal).ToList());

    public void Replace(Session session)
    {
        var document = SessionDocuments.ToDocument(session);
        File.Commits.Enqueue(_ =>
        {
            Write(session.Id, document, (_sessions.FindById(session.Id) is { } current ? RevisionOf(current) : 0) + 1);
        }).GetAwaiter().GetResult();
    }

    public void Dispose() => _ownedFile?.Dispose();
}
