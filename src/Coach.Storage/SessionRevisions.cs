using System.Runtime.CompilerServices;
using Coach.Core.Dialogue;

namespace Coach.Storage;

/// <summary>
/// The stored revision each loaded <see cref="Session"/> object was read at, kept beside the object (not in the
/// model), so a store can save optimistically: a save succeeds only over the revision it was loaded at, else
/// <see cref="SessionConflictException"/>. A session never loaded (new) may only be inserted.
/// </summary>
public sealed class SessionRevisions
{
    /// <summary>The document field (LiteDB) holding the revision; the PostgreSQL store keeps it in a column.</summary>
    public const string Field = "Revision";

    private readonly ConditionalWeakTable<Session, StrongBox<long>> _loaded = new();

    /// <summary>The revision the session was loaded or last saved at; null for a session the store never had.</summary>
    public long? Of(Session session) => _loaded.TryGetValue(session, out var box) ? box.Value : null;

    public void Remember(Session session, long revision) => _loaded.AddOrUpdate(session, new StrongBox<long>(revision));

    public void Forget(Session session) => _loaded.Remove(session);
}
