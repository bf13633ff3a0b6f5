using Coach.Core.Dialogue;

namespace Coach.Storage;

/// <summary>
/// The session store of a transport that handles many chats at once: the transport awaits
/// <see cref="CommitAsync"/> for the chat, with the turn's replies (the outbox), before it sends any of them,
/// so no reply goes out for an answer a crash could still lose, and after a crash the replies not yet sent go
/// out as they were decided. <see cref="GroupCommitSessionStore"/> writes the held session and the replies in
/// one write of the LiteDB file's group commit; <c>PostgreSqlTurnStore</c> makes the save in the chat's transaction
/// and commits it with the replies. Either way a crash before the commit leaves neither, and the update is handled
/// again as new.
/// </summary>
public interface ICommittedSessionStore : ISessionStore
{
    /// <summary>
    /// Completes once the chat's last saved session and <paramref name="replies"/> (each <see cref="Reply.ToJson"/>,
    /// kept in update <paramref name="updateId"/>'s inbox entry) are durable; fails if they could not be written.
    /// </summary>
    Task CommitAsync(string chatId, long updateId, IReadOnlyList<string> replies);
}
