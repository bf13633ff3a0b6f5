using System.Collections.Concurrent;
using System.Text.Json;
using Coach.Core.Dialogue;

namespace Coach.Core.Tests.Support;

/// <summary>
/// A session store that copies on save and load, as a real store would, so tests see only what was saved;
/// safe for many chats at once, as the engine may use it.
/// </summary>
public sealed class InMemorySessionStore : ISessionStore
{
    private readonly ConcurrentDictionary<string, string> _documents = new();
    private int _saves;

    public int Saves => _saves;

    public Session? Find(string chatId) =>
        _documents.TryGetValue(chatId, out var json) ? JsonSerializer.Deserialize<Session>(json) : null;

    public void Save(Session session)
    {
        Interlocked.Increment(ref _saves);
        _documents[session.Id] = JsonSerializer.Serialize(session);
    }

    public bool Delete(string chatId) => _documents.TryRemove(chatId, out _);

    public bool Contains(string chatId) => _documents.ContainsKey(chatId);
}
