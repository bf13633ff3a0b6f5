using LiteDB;

namespace Coach.Storage;

/// <summary>
/// Incoming transport updates, written down before the transport is told they were received
/// (the polling offset moves on, the webhook answers 200) and marked done once handled. A crash
/// therefore never loses an update: the next start handles what is still pending. An id seen
/// before is refused, so an update the Bot API delivers twice is handled once. Done entries are
/// kept for a day (Telegram keeps an undelivered update no longer), then purged.
/// </summary>
public sealed class LiteDbUpdateInbox
{
    private const string Collection = "inbox";

    private readonly LiteDbFile _file;
    private readonly ILiteCollection<InboxEntry> _entries;

    public LiteDbUpdateInbox(LiteDbFile file)
    {
        _file = file;
        _entries = file.Database.GetCollection<InboxEntry>(Collection);
        file.Locked(_ => _entries.EnsureIndex(entry => entry.Done));
    }

    /// <summary>
    /// Stores the updates not seen before, in one transaction, and returns them (in the order
    /// given); the ones seen before are left out.
    /// </summary>
    public IReadOnlyList<InboxEntry> Accept(IEnumerable<InboxEntry> updates)
    {
        return _file.Locked(_ =>
        {
            var fresh = new List<InboxEntry>();
            var seen = new HashSet<long>();
            foreach (var update in updates)
            {
                if (seen.Add(update.Id) && _entries.FindById(update.Id) is null)
                {
                    fresh.Add(update);
                }
            }

            if (fresh.Count > 0)
            {
                _entries.Insert(fresh);
            }

            return (IReadOnlyList<InboxEntry>)fresh;
        });
    }

    /// <summary>Updates accepted and not yet handled, oldest first.</summary>
    public IReadOnlyList<InboxEntry> Pending()
    {
        return _file.Locked(_ => _entries.Find(entry => !entry.Done).OrderBy(entry => entry.Id).ToList());
    }

    public int PendingCount()
    {
        return _file.Locked(_ => _entries.Count(entry => !entry.Done));
    }

    public void MarkDone(long id, DateTime doneUtc)
    {
        _file.Locked(_ =>
        {
            if (_entries.FindById(id) is not { } entry)
            {
                return false;
            }

            entry.Done = true;
            entry.DoneUtc = doneUtc;
            return _entries.Update(entry);
        });
    }

    /// <summary>Deletes done entries older than the cut-off; returns how many.</summary>
    public int Purge(DateTime doneBeforeUtc)
    {
        return _file.Locked(_ => _entries.DeleteMany(entry => entry.Done && entry.DoneUtc < doneBeforeUtc));
    }

    /// <summary>
    /// /forget: deletes every stored update of the chat up to and including <paramref name="upToId"/> (the
    /// one that confirmed it; later ones are the user's new start and stay), then checkpoints so that no
    /// copy stays in LiteDB's log file. Returns how many were deleted.
    /// </summary>
    public int ForgetChat(long chatId, long upToId)
    {
        return _file.Locked(database =>
        {
            var deleted = _entries.DeleteMany(entry => entry.ChatId == chatId && entry.Id <= upToId);
            database.Checkpoint();
            return deleted;
        });
    }

    public int Count()
    {
        return _file.Locked(_ => _entries.Count());
    }
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
}
