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

    /// <summary>
    /// The catalogue of <paramref name="modules"/>: flows, menu entries and recognizers in module order,
    /// /status sections and follow-ups in the orders given by module id. Fails, naming the problem, when
    /// two modules share an id or a command, an order list misses a module that contributes (or names one
    /// that does not), or more than one module gives a review note: so a new module gets an explicit place.
    /// </summary>
    public static FlowCatalog From(IReadOnlyList<FeatureModule> modules, IReadOnlyList<string> statusOrder, IReadOnlyList<string> followUpOrder)
    {
        var problems = new List<string>();
        var byId = new Dictionary<string, FeatureModule>(StringComparer.Ordinal);
        foreach (var module in modules)
        {
            if (!byId.TryAdd(module.Id, module))
            {
                problems.Add($"two modules are called '{module.Id}'");
            }
        }

        foreach (var command in modules.SelectMany(module => module.Commands.Select(command => (module.Id, command.Name))).GroupBy(pair => pair.Name).Where(group => group.Count() > 1))
        {
            problems.Add($"the command /{command.Key} is declared by {string.Join(" and ", command.Select(pair => pair.Id))}");
        }

        IReadOnlyList<T> InOrder<T>(string what, IReadOnlyList<string> order, Func<FeatureModule, T?> pick)
            where T : class
        {
            var contributing = modules.Where(module => pick(module) is not null).Select(module => module.Id).ToHashSet(StringComparer.Ordinal);
            problems.AddRange(contributing.Where(id => !order.Contains(id)).Select(id => $"the module '{id}' has a {what} but no place in the {what} order"));
            problems.AddRange(order.Where(id => !contributing.Contains(id)).Select(id => $"the {what} order names '{id}', which has no {what}"));
            problems.AddRange(order.GroupBy(id => id).Where(group => group.Count() > 1).Select(group => $"the {what} order names '{group.Key}' twice"));
            return order.Distinct().Where(byId.ContainsKey).Select(id => pick(byId[id])).OfType<T>().ToList();
        }

        var status = InOrder("status", statusOrder, module => module.Status);
        var followUps = InOrder("follow-up", followUpOrder, module => module.FollowUp);
        var reviewNotes = modules.Where(module => module.ReviewNote is not null).ToList();
        if (reviewNotes.Count > 1)
        {
            problems.Add($"more than one module gives a review note: {string.Join(", ", reviewNotes.Select(module => module.Id))}");
        }

        if (problems.Count > 0)
        {
            throw new InvalidOperationException("The feature modules do not fit together: " + string.Join("; ", problems) + ".");
        }

        return new FlowCatalog(
            modules.SelectMany(module => module.Flows),
            modules.SelectMany(module => module.Commands),
            modules.SelectMany(module => module.Recognizers),
            status,
            modules.SelectMany(module => module.MenuEntries),
            followUps,
            reviewNotes.SingleOrDefault()?.ReviewNote)
        {
            Modules = modules,
        };
    }

    /// <summary>The modules the catalogue was made of (<see cref="From"/>), in order; empty for a catalogue of bare flows.</summary>
    public IReadOnlyList<FeatureModule> Modules { get; private init; } = [];

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
