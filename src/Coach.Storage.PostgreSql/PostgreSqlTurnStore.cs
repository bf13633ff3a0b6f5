using System.Collections.Concurrent;
using Coach.Core.Dialogue;
using Npgsql;

namespace Coach.Storage.PostgreSql;

/// <summary>
/// The session store of the Telegram host over PostgreSQL: a turn's session and its replies (the outbox, in the
/// update's inbox entry) are committed in one transaction, so a crash between the two writes leaves neither, and the
/// update is handled again as if it had never been. <see cref="Save"/> opens the chat's transaction on a connection
/// of its own and makes the optimistic write in it at once: a stale revision is a
/// <see cref="SessionConflictException"/> right there, inside the engine, which runs the input again on a fresh load;
/// the row stays locked, so no other writer can slip in before the commit (a replica's save of the same chat waits
/// for it, and then meets the newer revision). <see cref="CommitAsync"/> writes the replies in that transaction and
/// commits it, before any reply is sent. Until then <see cref="Find"/> returns the held session (what the turn
/// saved) in this process; other processes read the committed row.
/// <para>
/// A held transaction that no commit follows (the handler failed between the engine and the commit) is rolled back
/// after <see cref="HeldFor"/>, with its session and without replies: the update, still pending, is handled again.
/// Saves that no commit follows by design (the terminal, the copy command) use <see cref="PostgreSqlSessionStore"/>,
/// durable when they return. A delete is committed when it returns, as there.
/// </para>
/// </summary>
public sealed class PostgreSqlTurnStore(NpgsqlDataSource database, PostgreSqlSessionStore sessions, PostgreSqlUpdateInbox inbox) : ICommittedSessionStore
{
    private readonly ConcurrentDictionary<string, Turn> _held = new();

    /// <summary>How long a saved turn may wait for its commit before it is rolled back.</summary>
    public TimeSpan HeldFor { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// A seam for tests: runs after the session write and before the replies are written, on the turn's connection
    /// (a test may throw, or end the connection as a crash would).
    /// </summary>
    public Action<NpgsqlConnection>? BetweenWrites { get; set; }

    public Session? Find(string chatId)
    {
        if (_held.TryGetValue(chatId, out var turn) && turn.Document is { } document)
        {
            var session = SessionDocuments.FromJson(document);
            sessions.Remember(session, turn.Revision);
            return session;
        }

        return sessions.Find(chatId);
    }

    public void Save(Session session)
    {
        var turn = _held.GetOrAdd(session.Id, _ => new Turn());
        lock (turn)
        {
            try
            {
                turn.Begin(database, HeldFor);
                turn.Revision = sessions.Write(session, turn.Transaction);
                turn.Document = SessionDocuments.ToJson(session);
            }
            catch
            {
                // A conflict (or a broken connection) ends the turn's transaction: the retry loads the committed row.
                End(session.Id, turn);
                throw;
            }
        }
    }

    public bool Delete(string chatId)
    {
        if (_held.TryRemove(chatId, out var turn))
        {
            lock (turn)
            {
                turn.Dispose();
            }
        }

        return sessions.Delete(chatId);
    }

    /// <summary>
    /// Writes <paramref name="replies"/> in the transaction of the chat's held save and commits both; without a held
    /// save (a turn that saved nothing) the replies alone, committed when it returns. Fails, with nothing written, if
    /// the transaction could not be committed or was rolled back for waiting too long.
    /// </summary>
    public Task CommitAsync(string chatId, long updateId, IReadOnlyList<string> replies)
    {
        if (!_held.TryRemove(chatId, out var turn))
        {
            if (replies.Count > 0)
            {
                inbox.KeepReplies(updateId, replies);
            }

            return Task.CompletedTask;
        }

        lock (turn)
        {
            try
            {
                if (turn.Transaction is not { } transaction)
                {
                    throw new InvalidOperationException($"the save of chat {chatId} waited more than {HeldFor} for its commit and was rolled back");
                }

                BetweenWrites?.Invoke(transaction.Connection!);
                if (replies.Count > 0)
                {
                    inbox.KeepReplies(updateId, replies, transaction);
                }

                transaction.Commit();
            }
            finally
            {
                turn.Dispose();
            }
        }

        return Task.CompletedTask;
    }

    private void End(string chatId, Turn turn)
    {
        _held.TryRemove(new KeyValuePair<string, Turn>(chatId, turn));
        turn.Dispose();
    }

    /// <summary>One chat's open transaction: its connection, the saved document and revision, the expiry timer.</summary>
    private sealed class Turn : IDisposable
    {
        private NpgsqlConnection? _connection;
        private Timer? _expiry;
        private int _generation;

        public NpgsqlTransaction? Transaction { get; private set; }

        public string? Document { get; set; }

        public long Revision { get; set; }

        /// <summary>Opens the transaction if the turn has none yet (a second save of one turn shares it).</summary>
        public void Begin(NpgsqlDataSource database, TimeSpan heldFor)
        {
            if (Transaction is not null)
            {
                return;
            }

            _connection = database.OpenConnection();
            Transaction = _connection.BeginTransaction();
            var generation = ++_generation;
            _expiry = new Timer(_ => Expire(generation), null, heldFor, Timeout.InfiniteTimeSpan);
        }

        // Rolls back the transaction the timer was set for, unless it ended already (a later one has its own timer).
        private void Expire(int generation)
        {
            lock (this)
            {
                if (generation == _generation && Transaction is not null)
                {
                    Dispose();
                }
            }
        }

        /// <summary>Ends the turn: rolls back whatever is not committed and gives the connection back.</summary>
        public void Dispose()
        {
            _expiry?.Dispose();
            _expiry = null;
            Document = null;
            try
            {
                Transaction?.Dispose();
                _connection?.Dispose();
            }
            catch (Exception error) when (error is NpgsqlException or InvalidOperationException)
            {
                // The connection broke: the server ended the transaction with it.
                if (_connection is not null)
                {
                    NpgsqlConnection.ClearPool(_connection);
                }
            }
            finally
            {
                Transaction = null;
                _connection = null;
            }
        }
    }
}
