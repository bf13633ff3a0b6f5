using Coach.Core.Dialogue;

namespace Coach.Storage;

/// <summary>
/// The session store of a transport that handles many chats at once: the transport awaits
/// <see cref="CommittedAsync"/> for the chat before it sends any reply of the turn, so no reply goes out for an
/// answer a crash could still lose. <see cref="GroupCommitSessionStore"/> queues saves for the LiteDB file's
/// group commit; the PostgreSQL store's save is durable when it returns, so its wait is already over.
/// </summary>
public interface ICommittedSessionStore : ISessionStore
{
    /// <summary>Completes once the chat's last saved session is durable; fails if it could not be written.</summary>
    Task CommittedAsync(string chatId);
}
