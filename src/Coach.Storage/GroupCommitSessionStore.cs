using System.Collections.Concurrent;
using Coach.Core.Dialogue;

namespace Coach.Storage;

/// <summary>
/// The session store of a transport that handles many chats at once (Telegram): <see cref="Save"/>
/// only queues the session for the file's next group commit and returns, so an engine turn never
/// waits on the disk; the transport awaits <see cref="CommittedAsync"/> for the chat before it sends
/// any reply of that turn. So the contract of <see cref="ISessionStore"/> holds (the save is on disk
/// before the reply goes out), and the sessions of all chats handled meanwhile share one commit.
/// </summary>
public sealed class GroupCommitSessionStore(LiteDbSessionStore store) : ICommittedSessionStore
{
    private readonly ConcurrentDictionary<string, Task> _staged = new();

    public Session? Find(string chatId) => store.Find(chatId);

    public void Save(Session session) => _staged[session.Id] = store.Stage(session);

    /// <summary>Waits for the chat's queued save (if any); a delete is on disk when it returns.</summary>
    public bool Delete(string chatId)
    {
        _staged.TryRemove(chatId, out _);
        return store.Delete(chatId);
    }

    /// <summary>Completes once the chat's last saved session is on disk; fails if it could not be written.</summary>
    public Task CommittedAsync(string chatId) =>
        _staged.TryRemove(chatId, out var staged) ? staged : Task.CompletedTask;
}
