using System.Globalization;
using Coach.Core.Dialogue;
using Coach.Core.Domain.CheckIns;
using Npgsql;
using NpgsqlTypes;

namespace Coach.Storage.PostgreSql;

/// <summary>
/// Sessions in PostgreSQL, one row per chat: the session document (<see cref="SessionDocuments.ToJson"/>, the
/// same document as in the LiteDB file) as jsonb and a revision. Saves are optimistic: an update succeeds only
/// over the revision the session was loaded at, an insert only where no row is; anything else is a
/// <see cref="SessionConflictException"/> and the newer row stays (the engine runs the input again on a fresh
/// load). A save is committed (durable) when it returns; <see cref="CommitAsync"/> only adds the turn's replies.
/// </summary>
public sealed class PostgreSqlSessionStore(NpgsqlDataSource database, PostgreSqlUpdateInbox inbox) : ICommittedSessionStore, ICopyableSessionStore, IDueCheckIns
{
    private readonly SessionRevisions _revisions = new();

    // Where a row keeps its check-ins: under Features since document version 3, at CheckIns in version 2 rows not
    // saved since (the expression of migration 4's index, written the same so the index serves the query).
    private const string CheckIns = "coalesce(document->'Features'->'checkins', document->'CheckIns')";

    public Session? Find(string chatId)
    {
        using var command = database.CreateCommand("SELECT revision, document::text FROM coach_sessions WHERE chat_id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = chatId });
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        var session = SessionDocuments.FromJson(reader.GetString(1));
        _revisions.Remember(session, reader.GetInt64(0));
        return session;
    }

    public void Save(Session session)
    {
        var expected = _revisions.Of(session);
        using var command = database.CreateCommand(expected is null
            ? "INSERT INTO coach_sessions (chat_id, revision, document) VALUES ($1, 1, $2) ON CONFLICT (chat_id) DO NOTHING RETURNING revision"
            : "UPDATE coach_sessions SET document = $2, revision = revision + 1, updated_utc = now() WHERE chat_id = $1 AND revision = $3 RETURNING revision");
        command.Parameters.Add(new NpgsqlParameter { Value = session.Id });
        command.Parameters.Add(new NpgsqlParameter { Value = SessionDocuments.ToJson(session), NpgsqlDbType = NpgsqlDbType.Jsonb });
        if (expected is { } revision)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = revision });
        }

        if (command.ExecuteScalar() is not long saved)
        {
            throw new SessionConflictException(session.Id);
        }

        _revisions.Remember(session, saved);
    }

    public bool Delete(string chatId)
    {
        using var command = database.CreateCommand("DELETE FROM coach_sessions WHERE chat_id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = chatId });
        return command.ExecuteNonQuery() > 0;
    }

    /// <summary>
    /// Every save has committed when it returned; the turn's replies are written to its inbox entry now, before
    /// any of them is sent. Not one transaction with the save: a crash between the two answers the update again
    /// (the engine's sequence check shows "where we are" instead of applying it twice).
    /// </summary>
    public Task CommitAsync(string chatId, long updateId, IReadOnlyList<string> replies)
    {
        if (replies.Count > 0)
        {
            inbox.KeepReplies(updateId, replies);
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// The chats with check-ins on whose next one is due, through the partial index of migration 3. Every replica may
    /// ask; which one sends is settled by the check-in's inbox entry and the chat's turn (see the scheduler).
    /// </summary>
    public IReadOnlyList<DueCheckIn> ChatsDue(DateTime utc)
    {
        using var command = database.CreateCommand(
            "SELECT chat_id, " + CheckIns + "->'NextDueUtc'->>'$date' FROM coach_sessions " +
            "WHERE " + CheckIns + "->>'On' = 'true' AND " + CheckIns + "->'NextDueUtc'->>'$date' <= $1 ORDER BY chat_id");
        command.Parameters.Add(new NpgsqlParameter { Value = DueText(utc) });
        using var reader = command.ExecuteReader();
        var due = new List<DueCheckIn>();
        while (reader.Read())
        {
            due.Add(new DueCheckIn(reader.GetString(0), DateTime.Parse(reader.GetString(1), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal)));
        }

        return due;
    }

    // A moment as the session document holds a date (LiteDB's JSON: ISO 8601, UTC, milliseconds).
    private static string DueText(DateTime utc) => SessionDocuments.JsonDate(utc);

    public int Count()
    {
        using var command = database.CreateCommand("SELECT count(*) FROM coach_sessions");
        return Convert.ToInt32(command.ExecuteScalar());
    }

    public void Replace(Session session)
    {
        using var command = database.CreateCommand(
            "INSERT INTO coach_sessions (chat_id, revision, document) VALUES ($1, 1, $2) " +
            "ON CONFLICT (chat_id) DO UPDATE SET document = excluded.document, revision = coach_sessions.revision + 1, updated_utc = now()");
        command.Parameters.Add(new NpgsqlParameter { Value = session.Id });
        command.Parameters.Add(new NpgsqlParameter { Value = SessionDocuments.ToJson(session), NpgsqlDbType = NpgsqlDbType.Jsonb });
        command.ExecuteNonQuery();
    }

    public IReadOnlyList<string> ChatIds()
    {
        using var command = database.CreateCommand("SELECT chat_id FROM coach_sessions ORDER BY chat_id COLLATE \"C\"");
        using var reader = command.ExecuteReader();
        var ids = new List<string>();
        while (reader.Read())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }
}
