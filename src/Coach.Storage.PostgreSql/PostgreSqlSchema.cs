using Npgsql;

namespace Coach.Storage.PostgreSql;

/// <summary>
/// The schema, created and migrated at start. Each migration has a number and runs once, in its own transaction
/// with the row that records it in <c>coach_schema</c>; the whole run holds an advisory lock, so two replicas
/// starting at once apply each migration once (the second waits, then finds nothing to do). A database migrated
/// by a newer Coach is refused by name rather than written in a shape this one does not know.
/// </summary>
public static class PostgreSqlSchema
{
    /// <summary>The migrations in order; append, never edit one that shipped.</summary>
    public static readonly IReadOnlyList<string> Migrations =
    [
        // 1: sessions (one row per chat, the session document as jsonb, a revision for optimistic saves) and the inbox.
        """
        CREATE TABLE coach_sessions (
            chat_id text PRIMARY KEY,
            revision bigint NOT NULL,
            document jsonb NOT NULL,
            updated_utc timestamptz NOT NULL DEFAULT now()
        );
        CREATE TABLE coach_inbox (
            update_id bigint PRIMARY KEY,
            chat_id bigint NOT NULL,
            payload text NOT NULL,
            received_utc timestamptz NOT NULL,
            done boolean NOT NULL DEFAULT false,
            done_utc timestamptz
        );
        CREATE INDEX coach_inbox_pending ON coach_inbox (chat_id, update_id) WHERE NOT done;
        CREATE INDEX coach_inbox_done ON coach_inbox (done_utc) WHERE done;
        """,

        // 2: the outbox, the replies a turn decided (each a Reply as JSON) and how many the transport accepted.
        """
        ALTER TABLE coach_inbox ADD COLUMN replies text[], ADD COLUMN sent int NOT NULL DEFAULT 0;
        """,

        // 3: the check-ins due, looked up every minute: the chats with check-ins on, by their next moment (the
        // document's date as LiteDB's JSON writes it, ISO 8601 in UTC at a fixed width, so text order is time order).
        """
        CREATE INDEX coach_sessions_checkins_due ON coach_sessions ((document->'CheckIns'->'NextDueUtc'->>'$date'))
            WHERE document->'CheckIns'->>'On' = 'true';
        """,

        // 4: session documents of version 3 keep each feature's state under Features (the check-ins under
        // Features.checkins); version 2's rows keep theirs at CheckIns until their next save. The index reads both.
        """
        DROP INDEX coach_sessions_checkins_due;
        CREATE INDEX coach_sessions_checkins_due ON coach_sessions ((coalesce(document->'Features'->'checkins', document->'CheckIns')->'NextDueUtc'->>'$date'))
            WHERE coalesce(document->'Features'->'checkins', document->'CheckIns')->>'On' = 'true';
        """,
    ];

    public static int Latest => Migrations.Count;

    /// <summary>Brings the database to <see cref="Latest"/>; returns how many migrations ran.</summary>
    public static async Task<int> MigrateAsync(NpgsqlDataSource database, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await Execute(connection, $"SELECT pg_advisory_lock({AdvisoryLocks.Space}, {AdvisoryLocks.Migration})", cancellationToken);
        try
        {
            await Execute(connection, "CREATE TABLE IF NOT EXISTS coach_schema (version int PRIMARY KEY, applied_utc timestamptz NOT NULL DEFAULT now())", cancellationToken);
            await using var read = new NpgsqlCommand("SELECT coalesce(max(version), 0) FROM coach_schema", connection);
            var current = Convert.ToInt32(await read.ExecuteScalarAsync(cancellationToken));
            if (current > Latest)
            {
                throw new InvalidOperationException(
                    $"the database was migrated by a newer Coach (schema version {current}; this one knows up to {Latest}).");
            }

            for (var version = current + 1; version <= Latest; version++)
            {
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                await using (var migrate = new NpgsqlCommand(Migrations[version - 1], connection, transaction))
                {
                    await migrate.ExecuteNonQueryAsync(cancellationToken);
                }

                await using (var record = new NpgsqlCommand("INSERT INTO coach_schema (version) VALUES ($1)", connection, transaction))
                {
                    record.Parameters.Add(new NpgsqlParameter { Value = version });
                    await record.ExecuteNonQueryAsync(cancellationToken);
                }

                await transaction.CommitAsync(cancellationToken);
            }

            return Latest - current;
        }
        finally
        {
            await Execute(connection, $"SELECT pg_advisory_unlock({AdvisoryLocks.Space}, {AdvisoryLocks.Migration})", CancellationToken.None);
        }
    }

    /// <summary>The schema version the database is at (0 before the first start).</summary>
    public static async Task<int> VersionAsync(NpgsqlDataSource database, CancellationToken cancellationToken = default)
    {
        await using var command = database.CreateCommand("SELECT CASE WHEN to_regclass('coach_schema') IS NULL THEN 0 ELSE (SELECT coalesce(max(version), 0) FROM coach_schema) END");
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken));
    }

    private static async Task Execute(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

/// <summary>
/// Coach's advisory locks: the two-key form, the first key Coach's own space (so other applications on the
/// database do not collide), the second what is locked.
/// </summary>
public static class AdvisoryLocks
{
    /// <summary>"Coac" in ASCII.</summary>
    public const int Space = 0x436F6163;

    public const int Migration = 1;

    /// <summary>The replica that polls Telegram (polling mode).</summary>
    public const int PollingLeader = 2;

    /// <summary>A second space for chats, whose ids fill every int: a chat's key is its id folded to 32 bits (two chats sharing one only take turns).</summary>
    public const int ChatSpace = 0x43686174;

    public static int ChatKey(long chatId) => unchecked((int)(chatId ^ (chatId >>> 32)));
}
