using LiteDB;

namespace Coach.Storage;

/// <summary>
/// Incoming transport updates, written down before the transport is told they were received
/// (the polling offset moves on, the webhook answers 200) and marked done once handled. A crash
/// therefore never loses an update: the next start handles what is still pending. An id seen
/// before is refused, so an update the Bot API delivers twice is handled once. Done entries are
/// kept for a day (Telegram keeps an undelivered update no longer), then purged. Every write goes
/// through the file's <see cref="LiteDbCommitQueue"/>: an accepted batch, the session saves and the
/// done marks written meanwhile share one commit.
/// </summary>
public sealed class LiteDbUpdateInbox : IUpdateInbox
{
    private const string Collection = "inbox";

    private readonly LiteDbFile _file;
    private readonly ILiteCollection<InboxEntry> _entries;

    // What the inboxes over this file keep between writes (on the file, as the file is shared): the entries accepted
    // and not yet done, and the highest id stored. See InboxMemory.
    private readonly InboxMemory _memory;

    public LiteDbUpdateInbox(LiteDbFile file)
    {
        _file = file;
        _entries = file.Database.GetCollection<InboxEntry>(Collection);
        _memory = file.Inbox;
        file.Locked(_ =>
        {
            _entries.EnsureIndex(entry => entry.Done);
            if (!_memory.Read)
            {
                _memory.Newest = _entries.Count() == 0 ? long.MinValue : _entries.Max(entry => entry.Id);
                _memory.Read = true;
            }

            return true;
        });
    }

    /// <summary>
    /// Stores the updates not seen before, in one transaction, and returns them (in the order
    /// given); the ones seen before are left out. Returns once they are on disk.
    /// </summary>
    public IReadOnlyList<InboxEntry> Accept(IEnumerable<InboxEntry> updates) => AcceptAsync(updates).GetAwaiter().GetResult();

    /// <summary><see cref="Accept"/>, joining the group commit of whatever else is being written.</summary>
    public Task<IReadOnlyList<InboxEntry>> AcceptAsync(IEnumerable<InboxEntry> updates)
    {
        var batch = updates.ToList();
        return _file.Commits.Enqueue(_ =>
        {
            var fresh = new List<InboxEntry>();
            var seen = new HashSet<long>();
            foreach (var update in batch)
            {
                if (seen.Add(update.Id) && (update.Id > _memory.Newest || _entries.FindById(update.Id) is null))
                {
                    fresh.Add(update);
                }
            }

            if (fresh.Count > 0)
            {
                _entries.Insert(fresh);
                foreach (var entry in fresh)
                {
                    _memory.Open[entry.Id] = entry.Copy();
                    _memory.Newest = Math.Max(_memory.Newest, entry.Id);
                }
            }

            return (IReadOnlyList<InboxEntry>)fresh;
        });
    }

    /// <summary>Updates accepted and not yet handled, oldest first.</summary>
    public IReadOnlyList<InboxEntry> Pending()
    {
        return _file.Locked(_ => _entries.Find(entry => !entry.Done).OrderBy(entry => entry.Id).ToList());
    }

    public IReadOnlyList<InboxEntry> PendingChats(DateTime acceptedBeforeUtc, int chats) =>
        Pending().Where(entry => entry.ReceivedUtc < acceptedBeforeUtc).GroupBy(entry => entry.ChatId).Take(chats).Select(chat => chat.Last()).ToList();

    public int PendingCount()
    {
        return _file.Locked(_ => _entries.Count(entry => !entry.Done));
    }

    /// <summary>Marks the update done and returns once that is on disk.</summary>
    public void MarkDone(long id, DateTime doneUtc) => MarkDoneLater(id, doneUtc).GetAwaiter().GetResult();

    /// <summary>
    /// Queues the done mark for the next group commit and returns at once; the task completes once it
    /// is on disk. A mark lost to a crash only means the update is handled again at the next start.
    /// </summary>
    public Task MarkDoneLater(long id, DateTime doneUtc) => _file.Commits.Enqueue(_ =>
    {
        if (Stored(id) is not { } entry)
        {
            return false;
        }

        entry.Done = true;
        entry.DoneUtc = doneUtc;
        _memory.Open.Remove(id);
        return _entries.Update(entry);
    });

    private InboxEntry? Stored(long id) => _memory.Open.TryGetValue(id, out var entry) ? entry : _entries.FindById(id);

    /// <summary>
    /// The outbox: a write that keeps the replies decided for the update in its entry, for the caller
    /// to commit together with the session they belong to (<see cref="GroupCommitSessionStore.CommitAsync"/>).
    /// From then on the update is not handled again after a crash; its replies not yet marked sent go out.
    /// </summary>
    public Action<LiteDatabase> KeepReplies(long id, IReadOnlyList<string> replies) => _ =>
    {
        if (Stored(id) is { } entry)
        {
            entry.Replies = replies.ToList();
            entry.Sent = 0;
            _entries.Update(entry);
        }
    };

    /// <summary>
    /// Records that the first <paramref name="sent"/> kept replies were accepted by the transport; with the
    /// last one the update is done. Completes once on disk.
    /// </summary>
    public Task MarkSentAsync(long id, int sent, DateTime nowUtc) => _file.Commits.Enqueue(_ =>
    {
        if (Stored(id) is not { } entry)
        {
            return false;
        }

        entry.Sent = Math.Max(entry.Sent, sent);
        if (entry.Replies is null || entry.Sent >= entry.Replies.Count)
        {
            entry.Done = true;
            entry.DoneUtc = nowUtc;
            _memory.Open.Remove(id);
        }

        return _entries.Update(entry);
    });

    /// <summary>Deletes done entries older than the cut-off; returns how many.</summary>
    public int Purge(DateTime doneBeforeUtc) =>
        _file.Commits.EnqueueErasing(_ => _entries.DeleteMany(entry => entry.Done && entry.DoneUtc < doneBeforeUtc)).GetAwaiter().GetResult();

    /// <summary>
    /// /forget: deletes every stored update of the chat up to and including <paramref name="upToId"/> (the
    /// one that confirmed it; later ones are the user's new start and stay), once on disk; the group's
    /// checkpoint leaves no copy in LiteDB's log file. Returns how many were deleted.
    /// </summary>
    public int ForgetChat(long chatId, long upToId) =>
        _file.Commits.EnqueueErasing(_ =>
        {
            foreach (var id in _memory.Open.Values.Where(entry => entry.ChatId == chatId && entry.Id <= upToId).Select(entry => entry.Id).ToList())
            {
                _memory.Open.Remove(id);
            }

            return _entries.DeleteMany(entry => entry.ChatId == chatId && entry.Id <= upToId);
        }).GetAwaiter().GetResult();

    public int Count()
    {
        return _file.Locked(_ => _entries.Count());
    }

    /// <summary>One process owns the file.</summary>
    public bool Shared => false;

    /// <summary>None needed: one process, whose dispatcher queues each chat's updates in order.</summary>
    public Task<IChatClaim?> ClaimChatAsync(long chatId, long upToId, bool wait, CancellationToken cancellationToken) => Task.FromResult<IChatClaim?>(null);
}

/// <summary>
/// What the inboxes over one file keep between writes, touched only inside writes (so on the commit queue's one
/// thread) and at an inbox's opening (under the file's lock). <see cref="Open"/>: the entries accepted and not yet seen
/// done, as written, so the outbox, a sent count and the done mark rewrite the entry from here instead of reading the
/// whole document back first (a profile of the commit thread put those reads at a fifth of its time); an entry of an
/// earlier run, or of a group rolled back, is read (or found missing) as before. <see cref="Newest"/>: no id stored is
/// above it (the highest at opening, then every id inserted), so a Telegram update above it (their ids only grow) is
/// new without a look-up; ids at or below it (the clock's entries are negative; a purge or /forget never raises it)
/// are looked up.
/// </summary>
internal sealed class InboxMemory
{
    public Dictionary<long, InboxEntry> Open { get; } = new();

    public long Newest { get; set; } = long.MinValue;

    public bool Read { get; set; }
}

/// <summary>One received update: its transport id, the chat it belongs to and its raw payload.</summary>
public sealed class InboxEntry
{
    [BsonId]
    public long Id { get; set; }

    public long ChatId { get; set; }

    /// <summary>The update as the transport sent it (Telegram's JSON).</summary>
    public string Payload { get; set; } = "";

    public DateTime ReceivedUtc { get; set; }

    public bool Done { get; set; }

    public DateTime? DoneUtc { get; set; }

    /// <summary>The outbox: the replies decided for the update (<see cref="Coach.Core.Dialogue.Reply.ToJson"/>), once committed with the session; null before.</summary>
    public List<string>? Replies { get; set; }

    /// <summary>How many of <see cref="Replies"/> the transport has accepted, in order.</summary>
    public int Sent { get; set; }

    /// <summary>A copy the inbox keeps as written, apart from the caller's object.</summary>
    internal InboxEntry Copy()
    {
        var copy = (InboxEntry)MemberwiseClone();
        copy.Replies = Replies is null ? null : [.. Replies];
        return copy;
    }
}
