using System.Collections.Concurrent;
using Coach.Core.Dialogue;
using LiteDB;

namespace Coach.Storage;

/// <summary>
/// The session store of a transport that handles many chats at once (Telegram): <see cref="Save"/>
/// only holds the session (as its stored document) and returns, so an engine turn never waits on the
/// disk; the transport then calls <see cref="CommitAsync"/> for the chat, with the turn's outbox
/// (<see cref="LiteDbUpdateInbox.KeepReplies"/>), before it sends any reply of that turn. The session
/// and the replies decided with it reach the disk in one transaction, and the sessions of all chats
/// handled meanwhile share that commit (<see cref="LiteDbCommitQueue"/>). Until its commit is on disk
/// a held session is what <see cref="Find"/> returns. The revision goes up by one at each commit
/// without the optimistic check of <see cref="LiteDbSessionStore.Stage"/>: in one process the
/// dispatcher already runs one turn of a chat at a time.
/// </summary>
public sealed class GroupCommitSessionStore(LiteDbSessionStore store, LiteDbUpdateInbox inbox) : ICommittedSessionStore
{
    // Each held document in a box of its own, compared by reference: TryRemove(key, value) below compares values, and
    // BsonDocument's Equals compares every field (a profile found it at 4 % of the commit thread's time).
    private readonly ConcurrentDictionary<string, Held> _held = new();

    public Session? Find(string chatId) =>
        _held.TryGetValue(chatId, out var held) ? SessionDocuments.ToSession(held.Document) : store.Find(chatId);

    public void Save(Session session) => _held[session.Id] = new Held(SessionDocuments.ToDocument(session));

    /// <summary>Drops the chat's held session; the delete is on disk when it returns.</summary>
    public bool Delete(string chatId)
    {
        _held.TryRemove(chatId, out _);
        return store.Delete(chatId);
    }

    public Task CommitAsync(string chatId, long updateId, IReadOnlyList<string> replies) =>
        CommitWith(chatId, replies.Count == 0 ? null : inbox.KeepReplies(updateId, replies));

    /// <summary>
    /// Writes the chat's held session (if the turn saved one) and <paramref name="alongside"/> in one
    /// commit; completes once both are on disk, fails if they could not be written.
    /// </summary>
    private async Task CommitWith(string chatId, Action<LiteDatabase>? alongside)
    {
        _held.TryGetValue(chatId, out var held);
        if (held is null && alongside is null)
        {
            return;
        }

        try
        {
            await store.File.Commits.Enqueue(database =>
            {
                if (held is not null)
                {
                    store.UpsertNext(held.Document);
                }

                alongside?.Invoke(database);
            });
        }
        finally
        {
            // Only the document written: a later save of the chat stays held for its own commit.
            if (held is not null)
            {
                _held.TryRemove(new KeyValuePair<string, Held>(chatId, held));
            }
        }
    }

    /// <summary>Commits the chat's held session alone (a turn with nothing to send).</summary>
    public Task CommittedAsync(string chatId) => CommitWith(chatId, alongside: null);

    private sealed class Held(BsonDocument document)
    {
        public BsonDocument Document { get; } = document;
    }
}
