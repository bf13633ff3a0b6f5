using System.Text.Json;
using Coach.Core.Dialogue;

namespace Coach.Core.Tests.Support;

/// <summary>A session store that copies on save and load, as a real store would, so tests see only what was saved.</summary>
public sealed class InMemorySessionStore : ISessionStore
{
    private readonly Dictionary<string, string> _documents = new();

    public int Saves { get; private set; }

    public Session? Find(string chatId) =>
        _documents.TryGetValue(chatId, out var json) ? JsonSerializer.Deserialize<Session>(json) : null;

    public void Save(Session session)
    {
        Saves++;
        _documents[session.Id] = JsonSerializer.Serialize(session);
    }

    public bool Delete(string chatId) => _documents.Remove(chatId);

    public bool Contains(string chatId) => _documents.ContainsKey(chatId);
}
