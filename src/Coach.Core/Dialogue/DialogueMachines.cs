using System.Collections.Concurrent;
using Stateless;

namespace Coach.Core.Dialogue;

/// <summary>
/// The dialogue machines of one <see cref="FlowCatalog"/>: configured once, then lent to one
/// session at a time. A Stateless machine is not thread-safe (a trigger queue, a firing flag,
/// states added to its dictionary on first lookup), so each <see cref="Fire"/> or
/// <see cref="CanFire"/> takes an idle machine, points its state accessor and guards at the
/// session for that one call, and puts it back; a new one is built only when every machine is
/// busy, so there are as many as calls ever ran at the same moment (about one per core).
/// </summary>
public sealed class DialogueMachines(FlowCatalog catalog)
{
    private readonly ConcurrentBag<Lent> _idle = new();
    private int _built;

    /// <summary>How many machines were built so far: 1 for a catalog used by one chat at a time.</summary>
    public int Built => Volatile.Read(ref _built);

    /// <summary>The machine as one session sees it (what a <see cref="DialogueTurn"/> fires).</summary>
    public SessionMachine For(Session session) => new(this, session);

    /// <summary>Fires the trigger in the session's state; throws as Stateless does when it is not permitted.</summary>
    public void Fire(Session session, string trigger)
    {
        var lent = Take(session);
        try
        {
            lent.Machine.Fire(trigger);
        }
        finally
        {
            Return(lent);
        }
    }

    /// <summary>True when the trigger is permitted in the session's state, its guards holding for the session.</summary>
    public bool CanFire(Session session, string trigger)
    {
        var lent = Take(session);
        try
        {
            return lent.Machine.CanFire(trigger);
        }
        finally
        {
            Return(lent);
        }
    }

    private Lent Take(Session session)
    {
        if (_idle.TryTake(out var lent))
        {
            lent.Session = session;
            return lent;
        }

        Interlocked.Increment(ref _built);
        return new Lent(catalog, session);
    }

    // Stateless clears its firing flag in a finally, so a machine whose trigger threw is reusable;
    // the session is dropped so an idle machine keeps no chat alive.
    private void Return(Lent lent)
    {
        lent.Session = null;
        _idle.Add(lent);
    }

    private sealed class Lent
    {
        // Stateless reads the state once while it is built (as its initial state), so the first session is set first.
        public Lent(FlowCatalog catalog, Session session)
        {
            Session = session;
            Machine = DialogueMachine.Create(() => Session ?? throw new InvalidOperationException("The dialogue machine is not lent to a session."), catalog);
        }

        public StateMachine<string, string> Machine { get; }

        public Session? Session { get; set; }
    }
}

/// <summary>The catalogue's dialogue machine bound to one session.</summary>
public readonly struct SessionMachine(DialogueMachines machines, Session session)
{
    public void Fire(string trigger) => machines.Fire(session, trigger);

    public bool CanFire(string trigger) => machines.CanFire(session, trigger);
}
