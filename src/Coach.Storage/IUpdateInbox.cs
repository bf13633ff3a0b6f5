namespace Coach.Storage;

/// <summary>
/// Incoming transport updates, written down before the transport is told they arrived and marked done once
/// handled (see <see cref="LiteDbUpdateInbox"/>, one process over a file, and the PostgreSQL inbox, shared by
/// several replicas). The dispatcher of the Telegram host uses only this.
/// </summary>
/// <remarks>
/// The outbox: the replies of a turn are kept in its entry (<see cref="InboxEntry.Replies"/>, written with the
/// session by <see cref="ICommittedSessionStore.CommitAsync"/>) and marked sent one by one; a pending entry with
/// replies is not handled again but its unsent replies go out, by whichever process claims the chat next.
/// </remarks>
public interface IUpdateInbox
{
    /// <summary>True when other processes share the inbox: the dispatcher claims each chat and looks for updates they accepted.</summary>
    bool Shared { get; }

    /// <summary>
    /// Stores the updates not seen before and returns them (in the order given); the ones seen before are left
    /// out. Completes once they are durable, so the transport may confirm them.
    /// </summary>
    Task<IReadOnlyList<InboxEntry>> AcceptAsync(IEnumerable<InboxEntry> updates);

    /// <summary>Updates accepted and not yet handled, oldest first.</summary>
    IReadOnlyList<InboxEntry> Pending();

    int PendingCount();

    /// <summary>
    /// What the sweep of a shared inbox looks at, bounded however large the backlog: for at most
    /// <paramref name="chats"/> chats with updates accepted before <paramref name="acceptedBeforeUtc"/> and not
    /// handled, those waiting longest first, the newest such update of each (its chat claim takes the older ones).
    /// </summary>
    IReadOnlyList<InboxEntry> PendingChats(DateTime acceptedBeforeUtc, int chats);

    /// <summary>Marks the update done; the task completes once that is durable (a lost mark only makes the update run again).</summary>
    Task MarkDoneLater(long id, DateTime doneUtc);

    /// <summary>
    /// Records that the first <paramref name="sent"/> kept replies were accepted by the transport (with the last
    /// one the update is done); completes once durable.
    /// </summary>
    Task MarkSentAsync(long id, int sent, DateTime nowUtc);

    /// <summary>Deletes done entries older than the cut-off; returns how many.</summary>
    int Purge(DateTime doneBeforeUtc);

    /// <summary>/forget: deletes every stored update of the chat up to and including <paramref name="upToId"/>, durably; returns how many.</summary>
    int ForgetChat(long chatId, long upToId);

    int Count();

    /// <summary>
    /// A shared inbox: waits until this process holds the chat (no other replica handles it meanwhile) and
    /// returns the chat's pending updates up to and including <paramref name="upToId"/>, oldest first, also the
    /// ones other replicas accepted; disposing the claim releases the chat. Without <paramref name="wait"/> a chat
    /// another replica holds gives a claim with nothing due at once. One process (LiteDB): null, its
    /// dispatcher's per-chat queue already keeps the order.
    /// </summary>
    Task<IChatClaim?> ClaimChatAsync(long chatId, long upToId, bool wait, CancellationToken cancellationToken);
}

/// <summary>A chat held by this process while its due updates run (see <see cref="IUpdateInbox.ClaimChatAsync"/>).</summary>
public interface IChatClaim : IAsyncDisposable
{
    /// <summary>The chat's pending updates up to the one asked for, oldest first; empty when another replica handled them.</summary>
    IReadOnlyList<InboxEntry> Due { get; }
}
