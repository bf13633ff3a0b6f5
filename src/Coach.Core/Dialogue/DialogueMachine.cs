using Stateless;
using Stateless.Graph;
using Stateless.Reflection;

namespace Coach.Core.Dialogue;

/// <summary>
/// Builds the Stateless machine of the whole dialogue from the flow declarations, over a
/// session's state (external state storage): never persisted. Each flow is a superstate of its
/// steps; "next", "skip" and "back" move between the steps that apply to the session's answers,
/// and leaving the last one returns to the menu. The engine builds it once per
/// <see cref="FlowCatalog"/> (<see cref="DialogueMachines"/>) and lends it to one session at a time.
/// </summary>
public static class DialogueMachine
{
    /// <summary>A machine over one session, for the graph and for tests.</summary>
    public static StateMachine<string, string> Create(Session session, FlowCatalog catalog) => Create(() => session, catalog);

    /// <summary>
    /// A machine whose state accessor and guards read the session <paramref name="session"/> returns
    /// at the moment they run: the session it is lent to.
    /// </summary>
    public static StateMachine<string, string> Create(Func<Session> session, FlowCatalog catalog)
    {
        var machine = new StateMachine<string, string>(() => session().State, state => session().State = state);
        var allSteps = new DynamicStateInfos();
        foreach (var step in catalog.Flows.SelectMany(flow => flow.Steps))
        {
            allSteps.Add(step.State, "the question the user left");
        }

        var menu = machine.Configure(DialogueStates.Menu);
        menu.PermitDynamicIf(
            DialogueTriggers.Resume,
            () => session().PausedState!,
            () => session().PausedState is { } paused && catalog.StepAt(paused) is not null,
            "a flow was left unfinished",
            allSteps);

        foreach (var flow in catalog.Flows)
        {
            var entries = new DynamicStateInfos();
            foreach (var step in flow.Steps)
            {
                entries.Add(step.State, step == flow.Steps[0] ? "a fresh start" : "where the user left it");
            }

            menu.PermitDynamic(DialogueTriggers.Open(flow.Id), () => EntryState(flow, session()), "resume point, else the first question", entries);
            machine.Configure(flow.Id).Permit(DialogueTriggers.Leave, DialogueStates.Menu);
            for (var i = 0; i < flow.Steps.Count; i++)
            {
                var step = flow.Steps[i];
                var state = machine.Configure(step.State).SubstateOf(flow.Id);
                PermitForward(state, DialogueTriggers.Next, flow, i, session);
                if (step.Optional)
                {
                    PermitForward(state, DialogueTriggers.Skip, flow, i, session);
                }

                PermitBackward(state, flow, i, session);
            }
        }

        return machine;
    }

    /// <summary>
    /// The machine of one flow alone: the menu, the flow's steps and every transition of theirs.
    /// The whole dialogue's transitions are the union of its flows' (a test keeps it so).
    /// </summary>
    public static StateMachineInfo Info(FlowDefinition flow) => Create(new Session(), new FlowCatalog([flow])).GetInfo();

    /// <summary>The Mermaid graph of one flow, as docs/dialogue/{flow}.md shows it.</summary>
    public static string Graph(FlowDefinition flow) => MermaidGraph.Format(Info(flow));

    /// <summary>Where opening a flow lands: the question the user left in it, else its first applicable one.</summary>
    public static string EntryState(FlowDefinition flow, Session session) =>
        session.PausedState is { } paused && flow.Owns(paused)
            ? paused
            : flow.ActiveSteps(session).FirstOrDefault()?.State ?? flow.Steps[0].State;

    // From step i the trigger reaches the first later step that applies; conditional steps in
    // between make one guarded transition each, the guards mutually exclusive by construction.
    private static void PermitForward(StateMachine<string, string>.StateConfiguration state, string trigger, FlowDefinition flow, int i, Func<Session> session)
    {
        var passed = new List<StepDefinition>();
        for (var k = i + 1; k < flow.Steps.Count; k++)
        {
            var target = flow.Steps[k];
            var skipped = passed.ToList();
            if (target.AppliesWhen is null && skipped.Count == 0)
            {
                state.Permit(trigger, target.State);
                return;
            }

            state.PermitIf(trigger, target.State, () => target.AppliesTo(session()) && skipped.All(s => !s.AppliesTo(session())), Describe(target, skipped));
            if (target.AppliesWhen is null)
            {
                return;
            }

            passed.Add(target);
        }

        if (passed.Count == 0)
        {
            state.Permit(trigger, DialogueStates.Menu);
        }
        else
        {
            state.PermitIf(trigger, DialogueStates.Menu, () => passed.All(s => !s.AppliesTo(session())), Describe(null, passed));
        }
    }

    private static void PermitBackward(StateMachine<string, string>.StateConfiguration state, FlowDefinition flow, int i, Func<Session> session)
    {
        var passed = new List<StepDefinition>();
        for (var k = i - 1; k >= 0; k--)
        {
            var target = flow.Steps[k];
            var skipped = passed.ToList();
            if (target.AppliesWhen is null && skipped.Count == 0)
            {
                state.Permit(DialogueTriggers.Back, target.State);
                return;
            }

            state.PermitIf(DialogueTriggers.Back, target.State, () => target.AppliesTo(session()) && skipped.All(s => !s.AppliesTo(session())), Describe(target, skipped));
            if (target.AppliesWhen is null)
            {
                return;
            }

            passed.Add(target);
        }
    }

    private static string Describe(StepDefinition? target, IReadOnlyList<StepDefinition> skipped)
    {
        var parts = new List<string>();
        if (target?.AppliesWhen is { } condition)
        {
            parts.Add(condition.Description);
        }

        parts.AddRange(skipped.Select(s => "not " + s.AppliesWhen!.Description));
        return parts.Count == 0 ? "always" : string.Join(" and ", parts.Distinct());
    }
}
