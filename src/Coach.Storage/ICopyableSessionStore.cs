using Coach.Core.Dialogue;

namespace Coach.Storage;

/// <summary>A store sessions can be copied out of and into (the copy-sessions command; Coach itself is stopped meanwhile).</summary>
public interface ICopyableSessionStore : ISessionStore
{
    /// <summary>Every chat id stored, in order.</summary>
    IReadOnlyList<string> ChatIds();

    /// <summary>Stores the session whatever is stored under its id (no optimistic check: a copy, not a turn).</summary>
    void Replace(Session session);
}
