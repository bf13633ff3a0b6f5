using System.Collections.Concurrent;
using Coach.Core.Dialogue;

namespace Coach.Bench;

/// <summary>
/// Sessions kept by reference in memory: no serialisation, so the benchmarks measure the engine
/// itself. The engine serialises inputs per chat, so sharing the object is safe.
/// </summary>
public sealed class InMemorySessionStore : ISessionStore
{
    private readonly ConcurrentDictionary<string, Session> _sessions = new();

    public Session? Find(string chatId) => _sessions.GetValueOrDefault(chatId);

    public void Save(Session session) => _sessions[session.Id] = session;

    public bool Delete(string chatId) => _sessions.TryRemove(chatId, out _);

    public int Count => _sessions.Count;
}
