namespace Coach.Core.Dialogue;

/// <summary>The flows Coach offers, in menu order.</summary>
public sealed class FlowCatalog
{
    private readonly Dictionary<string, FlowDefinition> _byId;
    private readonly Dictionary<string, StepDefinition> _byState;

    public FlowCatalog(
        IEnumerable<FlowDefinition> flows,
        IEnumerable<CommandDefinition>? commands = null,
        IEnumerable<TextRecognizer>? recognizers = null,
        IEnumerable<StatusSection>? statusSections = null,
        IEnumerable<MenuEntry>? menuEntries = null,
        IEnumerable<CompletionFollowUp>? followUps = null,
        Func<FeatureContext, string, string?>? reviewNote = null)
    {
        ReviewNote = reviewNote ?? ((_, _) => null);
        FollowUps = (followUps ?? []).ToList();
        MenuEntries = (menuEntries ?? []).ToList();
        StatusSections = (statusSections ?? []).ToList();
        Flows = flows.ToList();
        Commands = (commands ?? []).ToDictionary(command => command.Name);
        Recognizers = (recognizers ?? []).ToList();
        _byId = Flows.ToDictionary(flow => flow.Id);
        _byState = Flows.SelectMany(flow => flow.Steps).ToDictionary(step => step.State);
        Machines = new DialogueMachines(this);
    }

    public IReadOnlyList<FlowDefinition> Flows { get; }

    /// <summary>The dialogue machine of these flows, built once and lent to one session at a time.</summary>
    public DialogueMachines Machines { get; }

    /// <summary>Commands features add beside the dialogue's own (/kpi…).</summary>
    public IReadOnlyDictionary<string, CommandDefinition> Commands { get; }

    /// <summary>Run after a flow is finished, in order.</summary>
    public IReadOnlyList<CompletionFollowUp> FollowUps { get; }

    /// <summary>Menu buttons features add above the flows (e.g. the whole programme).</summary>
    public IReadOnlyList<MenuEntry> MenuEntries { get; }

    /// <summary>What features add to /status, in order.</summary>
    public IReadOnlyList<StatusSection> StatusSections { get; }

    /// <summary>What /status says of a flow's section that rests on answers changed since it was finished (HTML), or null.</summary>
    public Func<FeatureContext, string, string?> ReviewNote { get; }

    /// <summary>Tried in order on free text typed in the menu.</summary>
    public IReadOnlyList<TextRecognizer> Recognizers { get; }

    public FlowDefinition? Find(string flowId) => _byId.GetValueOrDefault(flowId);

    /// <summary>The step a state stands for, or null for the menu (or a state no longer declared).</summary>
    public StepDefinition? StepAt(string state) => _byState.GetValueOrDefault(state);
}
