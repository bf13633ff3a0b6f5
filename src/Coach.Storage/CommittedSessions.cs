using System.Collections.Concurrent;
using LiteDB;

namespace Coach.Storage;

/// <summary>
/// The session documents of the chats this process wrote last, as committed, so a turn's <c>Find</c> reads its chat
/// from memory instead of from LiteDB's pages under the file's lock (a profile of the Telegram burst put the read and
/// its wait at a sixth of the CPU, and every read queued behind the commit thread's apply). One process owns the file
/// (<see cref="LiteDbFile"/>), so what it committed is what is stored.
/// <para>
/// Written only from the commit thread: a write <see cref="Stage"/>s a document inside its transaction, and the queue
/// <see cref="Publish"/>es what its group staged once LiteDB has committed it, or <see cref="Discard"/>s it with the
/// rest of the memory when the group is rolled back. A turn's read comes after its chat's previous commit completed,
/// which is after that publish, so it sees it. Bounded by two generations of <see cref="Capacity"/> chats: when the
/// newer fills up it becomes the older and the older is dropped; a chat found in neither is read from the file.
/// </para>
/// </summary>
internal sealed class CommittedSessions
{
    /// <summary>Chats per generation (documents are a few KB each).</summary>
    public const int Capacity = 1024;

    private readonly List<(string ChatId, BsonDocument? Document)> _staged = [];
    private volatile ConcurrentDictionary<string, BsonDocument> _newer = new(StringComparer.Ordinal);
    private volatile ConcurrentDictionary<string, BsonDocument> _older = new(StringComparer.Ordinal);

    /// <summary>The chat's document as last committed by this process, or false when not kept. Do not change it.</summary>
    public bool TryGet(string chatId, out BsonDocument document)
    {
        if (_newer.TryGetValue(chatId, out document!) || _older.TryGetValue(chatId, out document!))
        {
            return true;
        }

        document = null!;
        return false;
    }

    /// <summary>Inside a write: the document the write stores for the chat (not changed afterwards), or null for a delete.</summary>
    public void Stage(string chatId, BsonDocument? document) => _staged.Add((chatId, document));

    /// <summary>After a commit: what the group (or a lone write) staged is what is stored now.</summary>
    public void Publish()
    {
        foreach (var (chatId, document) in _staged)
        {
            if (document is null)
            {
                _newer.TryRemove(chatId, out _);
                _older.TryRemove(chatId, out _);
                continue;
            }

            if (_newer.Count >= Capacity && !_newer.ContainsKey(chatId))
            {
                // Readers that already looked in the old newer generation find it as the older one.
                _older = _newer;
                _newer = new ConcurrentDictionary<string, BsonDocument>(StringComparer.Ordinal);
            }

            _newer[chatId] = document;
            _older.TryRemove(chatId, out _);
        }

        _staged.Clear();
    }

    /// <summary>After a rollback: nothing staged is stored, and what was kept is no longer trusted.</summary>
    public void Discard()
    {
        _staged.Clear();
        _newer = new ConcurrentDictionary<string, BsonDocument>(StringComparer.Ordinal);
        _older = new ConcurrentDictionary<string, BsonDocument>(StringComparer.Ordinal);
    }
}
