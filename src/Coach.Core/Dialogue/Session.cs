namespace Coach.Core.Dialogue;

/// <summary>
/// Everything Coach keeps about one chat: language, where the dialogue stands, every answer
/// and every result. The Stateless machine reads and writes <see cref="State"/> (one per flow
/// catalogue, lent to the session for each trigger) and is never persisted itself.
/// </summary>
public sealed class Session
{
    /// <summary>The chat key, e.g. "tg:123456" or "term:local".</summary>
    public string Id { get; set; } = "";

    /// <summary>"ru" or "en".</summary>
    public string Language { get; set; } = Languages.English;

    /// <summary>True once the user picked the language with /lang; then the client's hint is ignored.</summary>
    public bool LanguageChosen { get; set; }

    /// <summary>The dialogue machine's state: <see cref="DialogueStates.Menu"/> or "flow.step".</summary>
    public string State { get; set; } = DialogueStates.Menu;

    /// <summary>The step the user left a flow at (by /cancel, /menu or another flow), to resume exactly there.</summary>
    public string? PausedState { get; set; }

    /// <summary>A confirmation waiting for a yes/no ("forget", or <see cref="YesNo.Pending"/>'s two buttons); any other input drops it.</summary>
    public string? PendingConfirmation { get; set; }

    /// <summary>The sequence number of the last input handled (see <see cref="UserInput.Sequence"/>), saved with the answers it produced.</summary>
    public long LastSequence { get; set; }

    /// <summary>Options toggled so far on a several-options question, valid while <see cref="SelectionState"/> is the current state.</summary>
    public List<string> Selection { get; set; } = new();

    public string? SelectionState { get; set; }

    /// <summary>
    /// The messages whose buttons were already pressed (<see cref="UserInput.Origin"/>, newest last, at most
    /// <see cref="SpentOriginsKept"/>): a second press on one of them changes nothing and gets a short notice.
    /// </summary>
    public List<string> SpentOrigins { get; set; } = new();

    public const int SpentOriginsKept = 20;

    /// <summary>
    /// When set, answering this question completes its flow at once (editing one field of a
    /// saved item rather than walking the whole flow again).
    /// </summary>
    public string? EditOnly { get; set; }

    /// <summary>The /status section whose details to show again once the answer edited from them (<see cref="EditOnly"/>) is saved.</summary>
    public string? EditReturn { get; set; }

    /// <summary>Answers by question key ("coverage.budget"), in canonical form (option value, invariant number, lines).</summary>
    public Dictionary<string, string> Answers { get; set; } = new();

    /// <summary>Flows the user has finished at least once, by flow id.</summary>
    public List<string> CompletedFlows { get; set; } = new();

    /// <summary>When each flow was last finished, by flow id.</summary>
    public Dictionary<string, DateTime> CompletedUtc { get; set; } = new();

    /// <summary>
    /// Each feature's own state (<see cref="IFeatureState"/>: the KPI history, the personas, the check-ins...),
    /// reached through the feature's own accessors on the session.
    /// </summary>
    public FeatureStates Features { get; set; } = new();

    /// <summary>
    /// What a text recognizer left for the very next text typed in the menu (the KPI calculator's numbers
    /// waiting for their last input); the engine drops it on any other input.
    /// </summary>
    public string? MenuNote { get; set; }

    /// <summary>A team chat's (a Telegram group's) shared memory: who answered last, who asked for /forget; null elsewhere.</summary>
    public TeamState? Team { get; set; }

    /// <summary>Set by the engine from its clock when it creates the session.</summary>
    public DateTime CreatedUtc { get; set; }

    /// <summary>Set by the engine from its clock at every save.</summary>
    public DateTime UpdatedUtc { get; set; }

    public string? Answer(string key) => Answers.TryGetValue(key, out var value) ? value : null;

    public bool HasAnswer(string key) => Answers.ContainsKey(key);
}
