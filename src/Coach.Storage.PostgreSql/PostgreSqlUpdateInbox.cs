using Npgsql;
using NpgsqlTypes;

namespace Coach.Storage.PostgreSql;

/// <summary>
/// The update inbox in PostgreSQL, shared by every replica. An update id is the primary key, so an update is
/// accepted once whichever replica receives it, however often. A replica handles a chat only while it holds the
/// chat's advisory lock (<see cref="ClaimChatAsync"/>), and under it takes the chat's pending updates from the
/// table in id order, whoever accepted them: one chat's updates run in order on one replica at a time. The lock
/// is held on a connection of its own and ends with it, so a replica that dies (even <c>kill -9</c>: its
/// connection closes) lets another take the chat over. Every write is committed when it returns.
/// </summary>
public sealed class PostgreSqlUpdateInbox(NpgsqlDataSource database) : IUpdateInbox
{
    private const string Columns = "update_id, chat_id, payload, received_utc, done, done_utc, replies, sent";

    public bool Shared => true;

    public async Task<IReadOnlyList<InboxEntry>> AcceptAsync(IEnumerable<InboxEntry> updates)
    {
        var batch = updates.DistinctBy(update => update.Id).ToList();
        if (batch.Count == 0)
        {
            return [];
        }

        await using var command = database.CreateCommand(
            "INSERT INTO coach_inbox (update_id, chat_id, payload, received_utc) SELECT * FROM unnest($1, $2, $3, $4) " +
            "ON CONFLICT (update_id) DO NOTHING RETURNING update_id");
        command.Parameters.Add(new NpgsqlParameter { Value = batch.Select(update => update.Id).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint });
        command.Parameters.Add(new NpgsqlParameter { Value = batch.Select(update => update.ChatId).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint });
        command.Parameters.Add(new NpgsqlParameter { Value = batch.Select(update => update.Payload).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = batch.Select(update => DateTime.SpecifyKind(update.ReceivedUtc, DateTimeKind.Utc)).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.TimestampTz });
        var fresh = new HashSet<long>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                fresh.Add(reader.GetInt64(0));
            }
        }

        return batch.Where(update => fresh.Contains(update.Id)).ToList();
    }

    public IReadOnlyList<InboxEntry> Pending()
    {
        using var command = database.CreateCommand($"SELECT {Columns} FROM coach_inbox WHERE NOT done ORDER BY update_id");
        return ReadAll(command);
    }

    /// <summary>Only the newest row of each of at most <paramref name="chats"/> chats comes back (payload and all), whatever the backlog.</summary>
    public IReadOnlyList<InboxEntry> PendingChats(DateTime acceptedBeforeUtc, int chats)
    {
        using var command = database.CreateCommand(
            $"SELECT {Columns} FROM (SELECT DISTINCT ON (chat_id) {Columns}, min(update_id) OVER (PARTITION BY chat_id) AS oldest " +
            "FROM coach_inbox WHERE NOT done AND received_utc < $1 ORDER BY chat_id, update_id DESC) newest ORDER BY oldest LIMIT $2");
        command.Parameters.Add(new NpgsqlParameter { Value = DateTime.SpecifyKind(acceptedBeforeUtc, DateTimeKind.Utc), NpgsqlDbType = NpgsqlDbType.TimestampTz });
        command.Parameters.Add(new NpgsqlParameter { Value = chats });
        return ReadAll(command);
    }

    public int PendingCount() => Scalar("SELECT count(*) FROM coach_inbox WHERE NOT done");

    /// <summary>Written and committed before it returns: the chat's next claimer (maybe another replica) must not see it pending.</summary>
    public Task MarkDoneLater(long id, DateTime doneUtc)
    {
        using var command = database.CreateCommand("UPDATE coach_inbox SET done = true, done_utc = $2 WHERE update_id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        command.Parameters.Add(new NpgsqlParameter { Value = DateTime.SpecifyKind(doneUtc, DateTimeKind.Utc), NpgsqlDbType = NpgsqlDbType.TimestampTz });
        command.ExecuteNonQuery();
        return Task.CompletedTask;
    }

    public Task MarkSentAsync(long id, int sent, DateTime nowUtc)
    {
        using var command = database.CreateCommand(
            "UPDATE coach_inbox SET sent = greatest(sent, $2), done = done OR $2 >= coalesce(cardinality(replies), 0), " +
            "done_utc = CASE WHEN $2 >= coalesce(cardinality(replies), 0) THEN $3 ELSE done_utc END WHERE update_id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        command.Parameters.Add(new NpgsqlParameter { Value = sent });
        command.Parameters.Add(new NpgsqlParameter { Value = DateTime.SpecifyKind(nowUtc, DateTimeKind.Utc), NpgsqlDbType = NpgsqlDbType.TimestampTz });
        command.ExecuteNonQuery();
        return Task.CompletedTask;
    }

    /// <summary>
    /// The outbox: keeps the replies a turn decided in the update's entry, committed before it returns, or with
    /// <paramref name="transaction"/> (the turn's session save, <see cref="PostgreSqlTurnStore"/>) when given.
    /// </summary>
    public void KeepReplies(long id, IReadOnlyList<string> replies, NpgsqlTransaction? transaction = null)
    {
        const string sql = "UPDATE coach_inbox SET replies = $2, sent = 0 WHERE update_id = $1";
        using var command = transaction is null ? database.CreateCommand(sql) : new NpgsqlCommand(sql, transaction.Connection, transaction);
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        command.Parameters.Add(new NpgsqlParameter { Value = replies.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        command.ExecuteNonQuery();
    }

    public int Purge(DateTime doneBeforeUtc)
    {
        using var command = database.CreateCommand("DELETE FROM coach_inbox WHERE done AND done_utc < $1");
        command.Parameters.Add(new NpgsqlParameter { Value = DateTime.SpecifyKind(doneBeforeUtc, DateTimeKind.Utc), NpgsqlDbType = NpgsqlDbType.TimestampTz });
        return command.ExecuteNonQuery();
    }

    public int ForgetChat(long chatId, long upToId)
    {
        using var command = database.CreateCommand("DELETE FROM coach_inbox WHERE chat_id = $1 AND update_id <= $2");
        command.Parameters.Add(new NpgsqlParameter { Value = chatId });
        command.Parameters.Add(new NpgsqlParameter { Value = upToId });
        return command.ExecuteNonQuery();
    }

    public int Count() => Scalar("SELECT count(*) FROM coach_inbox");

    public async Task<IChatClaim?> ClaimChatAsync(long chatId, long upToId, bool wait, CancellationToken cancellationToken)
    {
        var connection = await database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using (var lockChat = new NpgsqlCommand(wait ? "SELECT true FROM pg_advisory_lock($1, $2)" : "SELECT pg_try_advisory_lock($1, $2)", connection))
            {
                lockChat.Parameters.Add(new NpgsqlParameter { Value = AdvisoryLocks.ChatSpace });
                lockChat.Parameters.Add(new NpgsqlParameter { Value = AdvisoryLocks.ChatKey(chatId) });
                if (await lockChat.ExecuteScalarAsync(cancellationToken) is false)
                {
                    // Another replica holds the chat: it runs what is due, or the next sweep comes back.
                    await connection.DisposeAsync();
                    return new HeldElsewhere();
                }
            }

            var claim = new Claim(connection, chatId);
            try
            {
                await using var due = new NpgsqlCommand($"SELECT {Columns} FROM coach_inbox WHERE chat_id = $1 AND NOT done AND update_id <= $2 ORDER BY update_id", connection);
                due.Parameters.Add(new NpgsqlParameter { Value = chatId });
                due.Parameters.Add(new NpgsqlParameter { Value = upToId });
                claim.Due = ReadAll(due);
                return claim;
            }
            catch
            {
                await claim.DisposeAsync();
                throw;
            }
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private int Scalar(string sql)
    {
        using var command = database.CreateCommand(sql);
        return Convert.ToInt32(command.ExecuteScalar());
    }

    private static List<InboxEntry> ReadAll(NpgsqlCommand command)
    {
        using var reader = command.ExecuteReader();
        var entries = new List<InboxEntry>();
        while (reader.Read())
        {
            entries.Add(new InboxEntry
            {
                Id = reader.GetInt64(0),
                ChatId = reader.GetInt64(1),
                Payload = reader.GetString(2),
                ReceivedUtc = reader.GetDateTime(3),
                Done = reader.GetBoolean(4),
                DoneUtc = reader.IsDBNull(5) ? null : reader.GetDateTime(5),
                Replies = reader.IsDBNull(6) ? null : reader.GetFieldValue<string[]>(6).ToList(),
                Sent = reader.GetInt32(7),
            });
        }

        return entries;
    }

    private sealed class HeldElsewhere : IChatClaim
    {
        public IReadOnlyList<InboxEntry> Due => [];

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    /// <summary>
    /// The chat's lock on its own connection. Unlocked explicitly before the connection goes back to the pool:
    /// a pooled connection keeps its session's locks until it is next used.
    /// </summary>
    private sealed class Claim(NpgsqlConnection connection, long chatId) : IChatClaim
    {
        public IReadOnlyList<InboxEntry> Due { get; set; } = [];

        public async ValueTask DisposeAsync()
        {
            try
            {
                await using var unlock = new NpgsqlCommand("SELECT pg_advisory_unlock($1, $2)", connection);
                unlock.Parameters.Add(new NpgsqlParameter { Value = AdvisoryLocks.ChatSpace });
                unlock.Parameters.Add(new NpgsqlParameter { Value = AdvisoryLocks.ChatKey(chatId) });
                await unlock.ExecuteNonQueryAsync();
            }
            catch (Exception error) when (error is NpgsqlException or InvalidOperationException)
            {
                // The connection broke: the server ended its session, and the lock with it.
                NpgsqlConnection.ClearPool(connection);
            }
            finally
            {
                await connection.DisposeAsync();
            }
        }
    }
}
