namespace Coach.Core.Dialogue;

/// <summary>
/// The flows Coach offers, in menu order. Building one never throws on a faulty declaration
/// (two steps with one state keep the first); <see cref="Validate"/> names every fault at start.
/// </summary>
public sealed partial class FlowCatalog
{
    private readonly Dictionary<string, FlowDefinition> _byId = [];
    private readonly Dictionary<string, StepDefinition> _byState = [];
    private readonly List<CommandDefinition> _declaredCommands;

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
        _declaredCommands = (commands ?? []).ToList();
        Commands = _declaredCommands.DistinctBy(command => command.Name).ToDictionary(command => command.Name);
        Recognizers = (recognizers ?? []).ToList();
        foreach (var flow in Flows)
        {
            _byId.TryAdd(flow.Id, flow);
            foreach (var step in flow.Steps)
            {
                _byState.TryAdd(step.State, step);
            }
        }

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
