namespace Coach.Core.Dialogue;

/// <summary>
/// Everything one feature adds to Coach, declared in one place: its folder's <c>…Module.cs</c>
/// (<c>Flows/Kpi/KpiModule.cs</c>), registered once in <c>CoachFlows</c>. The engine reads the
/// contributions through <see cref="FlowCatalog"/> and knows no feature by name.
/// </summary>
/// <param name="Id">The module's name in <c>CoachFlows</c>' order lists ("kpi"): lower case, unique.</param>
public sealed record FeatureModule(string Id)
{
    /// <summary>Its flows, in menu order; the modules' order in <c>CoachFlows</c> is the menu's.</summary>
    public IReadOnlyList<FlowDefinition> Flows { get; init; } = [];

    /// <summary>Slash commands it answers (/kpi); a name belongs to one module.</summary>
    public IReadOnlyList<CommandDefinition> Commands { get; init; } = [];

    /// <summary>Free text it recognises in the menu (a KPI typed as a sentence), tried in module order.</summary>
    public IReadOnlyList<TextRecognizer> Recognizers { get; init; } = [];

    /// <summary>Its section of /status; where it stands among the others is <c>CoachFlows</c>' status order.</summary>
    public StatusSection? Status { get; init; }

    /// <summary>Main-menu buttons it adds above the flows, in module order.</summary>
    public IReadOnlyList<MenuEntry> MenuEntries { get; init; } = [];

    /// <summary>What it adds after any flow is finished; run in <c>CoachFlows</c>' follow-up order.</summary>
    public CompletionFollowUp? FollowUp { get; init; }

    /// <summary>What /status says of a finished section whose answers changed since (one module at most: the programme).</summary>
    public Func<FeatureContext, string, string?>? ReviewNote { get; init; }

    /// <summary>Its own state records in the session (<see cref="IFeatureState"/> types): each declared by one module.</summary>
    public IReadOnlyList<Type> States { get; init; } = [];
}
