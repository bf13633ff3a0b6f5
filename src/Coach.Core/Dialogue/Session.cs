using Coach.Core.Domain.Coverage;
using Coach.Core.Domain.Kpi;
using Coach.Core.Domain.Smart;

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

    /// <summary>True while the user walks the whole programme: each finished section offers the next.</summary>
    public bool InProgramme { get; set; }

    /// <summary>The consultant remarks already shown, as fingerprints (a rule with its values), so none repeats.</summary>
    public List<string> RemarksShown { get; set; } = new();

    /// <summary>When each flow was last finished, by flow id.</summary>
    public Dictionary<string, DateTime> CompletedUtc { get; set; } = new();

    /// <summary>What each programme section read when it was last finished: a review is due only when one of those values changed.</summary>
    public List<Domain.Programme.SectionInput> SectionInputs { get; set; } = new();

    /// <summary>The saved coverage-strategy result, once the wizard was finished.</summary>
    public CoverageResult? Coverage { get; set; }

    /// <summary>Every KPI the user computed, oldest first (the last <see cref="KpiRecord.Keep"/> are kept).</summary>
    public List<KpiRecord> KpiHistory { get; set; } = new();

    /// <summary>The channels of the last /kpi channels with a CAC, each read as a channel of the plan (or asked about).</summary>
    public List<ChannelCac> ChannelCacs { get; set; } = new();

    /// <summary>Audience portraits, in the order they were made.</summary>
    public List<Domain.Persona.Persona> Personas { get; set; } = new();

    /// <summary>The persona the persona questions are editing; null while a new one is being made.</summary>
    public string? EditingPersonaId { get; set; }

    /// <summary>The segment a new persona is being made for, if any.</summary>
    public string? PersonaSegment { get; set; }

    /// <summary>Customer journey maps, one per persona at most.</summary>
    public List<Domain.Cjm.CjmMap> Cjms { get; set; } = new();

    /// <summary>The persona the journey questions are about.</summary>
    public string? CjmPersonaId { get; set; }

    /// <summary>SMART goals that passed all five criteria, oldest first.</summary>
    public List<SmartGoal> Goals { get; set; } = new();

    /// <summary>Learning and practice: per-topic scores, practice days, the current round and exercise.</summary>
    public Domain.Learn.LearningProgress Learning { get; set; } = new();

    /// <summary>The weekly check-ins: when they come, in the user's time zone, and the weeks answered.</summary>
    public Domain.CheckIns.CheckInSettings CheckIns { get; set; } = new();

    /// <summary>The brand's tone of voice, once described.</summary>
    public Domain.Tov.ToneProfile? Tone { get; set; }

    /// <summary>The drafts shown last (one, or a 360 pack), which their buttons change.</summary>
    public List<Domain.Tov.TovDraft> Drafts { get; set; } = new();

    /// <summary>Drafts the user saved, oldest first.</summary>
    public List<Domain.Tov.TovDraft> SavedDrafts { get; set; } = new();

    /// <summary>
    /// Numbers free text gave without enough for a metric ("spent 90 000 on ads"), by slot, waiting
    /// for the lone number that completes them; null when none wait.
    /// </summary>
    public string? PendingKpiNumbers { get; set; }

    /// <summary>A team chat's (a Telegram group's) shared memory: who answered last, who asked for /forget; null elsewhere.</summary>
    public TeamState? Team { get; set; }

    /// <summary>Set by the engine from its clock when it creates the session.</summary>
    public DateTime CreatedUtc { get; set; }

    /// <summary>Set by the engine from its clock at every save.</summary>
    public DateTime UpdatedUtc { get; set; }

    public string? Answer(string key) => Answers.TryGetValue(key, out var value) ? value : null;

    public bool HasAnswer(string key) => Answers.ContainsKey(key);
}
