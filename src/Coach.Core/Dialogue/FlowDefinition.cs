using Coach.Core.Texts;

namespace Coach.Core.Dialogue;

/// <summary>
/// A flow declared as data: its steps in order and what happens when the last one is answered.
/// The engine turns the declarations into one Stateless machine; a new flow touches no engine code.
/// Text keys follow a convention: "{flow}.title"; per step "{flow}.{step}.q" (question),
/// ".example", ".why" (why a required step cannot be skipped) and ".opt.{value}" (button labels).
/// An example may have variants, ".example.{variant}", chosen by <see cref="ExampleVariant"/>.
/// </summary>
public sealed class FlowDefinition
{
    public FlowDefinition(string id, IReadOnlyList<StepDefinition> steps, Func<StepContext, FeatureResult> complete)
    {
        if (id.Contains(':') || id.Contains('.'))
        {
            throw new ArgumentException($"Flow id '{id}' must not contain ':' or '.'.", nameof(id));
        }

        Id = id;
        Steps = steps;
        Complete = complete;
        foreach (var step in steps)
        {
            step.Flow = this;
        }
    }

    public string Id { get; }

    /// <summary>The text key of the flow's title; by default "{id}.title".</summary>
    [TextKey]
    public string? Title { get; init; }

    public string TitleKey => Title ?? $"{Id}.title";

    /// <summary>
    /// A flow used again and again (a calculator): opening it from the menu clears its answers
    /// instead of offering the previous ones.
    /// </summary>
    public bool FreshStart { get; init; }

    /// <summary>
    /// A short errand beside the work (a calculator, an exercise, a draft): leaving it keeps the place
    /// the user left in another flow for "Continue" and offers no "Continue" of its own, and a
    /// feature continuing into it (a practice question, a missing KPI input) keeps that place too.
    /// </summary>
    public bool Aside { get; init; }

    /// <summary>False for a flow reached only from another feature (not listed in the main menu).</summary>
    public bool InMenu { get; init; } = true;

    /// <summary>
    /// The text key of the line above each question ({flow}, {step}, {total}); by default
    /// "question.header", "Flow · 2/5". A flow whose intro numbers things its own way sets its own.
    /// </summary>
    [TextKey]
    public string HeaderKey { get; init; } = "question.header";

    /// <summary>When set, the menu button runs this command (a hub screen) instead of opening the flow.</summary>
    public string? MenuCommand { get; init; }

    public IReadOnlyList<StepDefinition> Steps { get; }

    /// <summary>A flow whose questions go on in another flow (the mix's chooser, then the chosen model): that flow's id, so /status lists its answers here.</summary>
    public Func<Session, string?>? ContinuesIn { get; init; }

    /// <summary>When set, decides whether the flow shows as done in the menu and /status, instead of its own completion.</summary>
    public Func<Session, bool>? Done { get; init; }

    /// <summary>
    /// When set, the lines /status shows under the flow's title instead of its answered questions:
    /// for a flow whose answers are only a working copy of saved records (the personas).
    /// An empty list leaves the flow out of /status.
    /// </summary>
    public Func<FeatureContext, IReadOnlyList<string>>? StatusLines { get; init; }

    /// <summary>
    /// The key result /status shows on the flow's one line (HTML); by default the last answered question's answer.
    /// </summary>
    public Func<FlowDefinition, FeatureContext, string?>? Summary { get; init; }

    /// <summary>The saved answer of this flow's question with that key, as the user sees it, or null.</summary>
    public string? Shown(string key, Session session, Texts.Texts texts) => Steps.FirstOrDefault(step => step.Key == key)?.Shown(session, texts);

    /// <summary>
    /// For a flow whose answers are a working copy of saved records (a journey map): loads the record the
    /// argument names into the answers before one answer is edited from /status; false when there is none.
    /// </summary>
    public Func<Session, string, bool>? LoadForEdit { get; init; }

    /// <summary>
    /// When set, the buttons of the flow's /status details (label, button data) instead of one per answered question.
    /// </summary>
    public Func<FeatureContext, IReadOnlyList<Button>>? EditButtons { get; init; }

    /// <summary>
    /// When set, names the variant of its questions' examples for this session (the kind of business:
    /// "education" asks for "{prefix}.example.education"); a question without that variant shows its plain example.
    /// </summary>
    public Func<Session, string?>? ExampleVariant { get; init; }

    public bool IsDone(Session session) => Done?.Invoke(session) ?? session.CompletedFlows.Contains(Id);

    /// <summary>
    /// Builds the result (saving it into the session) and returns the result card; or, when the
    /// answers contradict each other, says so and continues at the question to fix.
    /// </summary>
    public Func<StepContext, FeatureResult> Complete { get; }

    public bool Owns(string state) => state.StartsWith(Id + ".", StringComparison.Ordinal);

    /// <summary>The steps that apply to this session's answers, in order.</summary>
    public IReadOnlyList<StepDefinition> ActiveSteps(Session session) =>
        Steps.Where(step => step.AppliesTo(session)).ToList();

    /// <summary>
    /// The number of questions this session will be asked, when it is known: every guard is settled,
    /// so the count does not change on the way ("9/12" from the first question, never "8/8" then "9/12").
    /// Null while an unanswered question still decides which steps come.
    /// </summary>
    public int? KnownTotal(Session session) =>
        Steps.All(step => step.AppliesWhen?.IsSettled(session) ?? true) ? ActiveSteps(session).Count : null;
}

/// <summary>One question of a flow.</summary>
public sealed class StepDefinition(string key, AnswerKind answer)
{
    public string Key { get; } = key;

    public AnswerKind Answer { get; } = answer;

    /// <summary>True when /skip may leave it unanswered.</summary>
    public bool Optional { get; init; }

    /// <summary>The step is asked only when this holds; null means always.</summary>
    public Condition? AppliesWhen { get; init; }

    /// <summary>A message sent before the question (e.g. the recommendation the question is about).</summary>
    public Func<StepContext, Reply?>? Intro { get; init; }

    /// <summary>
    /// Sent instead of <see cref="Intro"/> when the flow is entered at this step (resumed, continued)
    /// rather than reached from the step before: the context a later question needs after a pause.
    /// </summary>
    public Func<StepContext, Reply?>? Reentry { get; init; }

    /// <summary>
    /// The question's text built for the session (the week's check-in names the plan's channels); null for the
    /// catalogue's "{prefix}.q". Built from the catalogue too, so both languages stay in step.
    /// </summary>
    public Func<StepContext, string>? Prompt { get; init; }

    /// <summary>For a choice, the option Coach recommends for this session (marked on its button).</summary>
    public Func<Session, string?>? Recommended { get; init; }

    /// <summary>
    /// A token of the question being asked now (an exercise's seed), carried by the step's buttons:
    /// a button pressed after the token changed belongs to an earlier question at the same state and
    /// is answered as stale. Null (the default) keeps plain "a:{state}:{value}" data.
    /// </summary>
    public Func<Session, string?>? Nonce { get; init; }

    public FlowDefinition Flow { get; internal set; } = null!;

    public string State => DialogueStates.Of(Flow.Id, Key);

    /// <summary>The key answers are saved under: the same as the state name.</summary>
    public string AnswerKey => State;

    /// <summary>Text key prefix of the question's texts; by default the state name. Steps that share texts share a prefix.</summary>
    public string? TextPrefix { get; init; }

    private string Texts => TextPrefix ?? State;

    public string QuestionKey => $"{Texts}.q";

    public string ShortKey => $"{Texts}.short";

    /// <summary>
    /// The line said when an earlier answer gave this one ("Алсу, 34": the age); null for the catalogue's
    /// "question.taken" ("Age: 34, taken from your answer").
    /// </summary>
    [TextKey]
    public string? TakenKey { get; init; }

    /// <summary>The example's own key when steps that share their texts need examples of their own (a journey stage's).</summary>
    [TextKey]
    public string? Example { get; init; }

    /// <summary>The plain example's key; <see cref="ExampleKeyFor"/> picks the session's variant of it.</summary>
    public string ExampleKey => Example ?? $"{Texts}.example";

    /// <summary>The example to show this session: its flow's variant when the catalogue has one, else the plain example.</summary>
    public string ExampleKeyFor(Session session, Texts.Texts texts) => texts.Variant(ExampleKey, Flow.ExampleVariant?.Invoke(session));

    /// <summary>The key of "why this question can't be skipped"; by default "{prefix}.why".</summary>
    [TextKey]
    public string? Why { get; init; }

    public string WhyKey => Why ?? $"{Texts}.why";

    public bool AppliesTo(Session session) => AppliesWhen?.Holds(session) ?? true;

    /// <summary>The saved answer as the user sees it (plain text), or null when there is none.</summary>
    public string? Shown(Session session, Texts.Texts texts) => session.Answer(AnswerKey) is { } saved ? Answer.Display(saved, this, texts) : null;
}

/// <summary>A guard over the session, with the description the dialogue graph shows.</summary>
public sealed record Condition(Func<Session, bool> Holds, string Description)
{
    /// <summary>
    /// True once the answers the guard reads are given, so whether it holds will not change on the way;
    /// null for a guard that reads nothing the flow asks (always settled). Progress counters show a total
    /// only when every guard of the flow is settled.
    /// </summary>
    public Func<Session, bool>? Settled { get; init; }

    /// <summary>A guard over one answer of the flow: settled once that answer is given.</summary>
    public static Condition OnAnswer(string answerKey, Func<Session, bool> holds, string description) =>
        new(holds, description) { Settled = session => session.HasAnswer(answerKey) };

    public bool IsSettled(Session session) => Settled?.Invoke(session) ?? true;
}

/// <summary>What a step's callbacks see.</summary>
public sealed record StepContext(Session Session, Texts.Texts Texts)
{
    /// <summary>The time of the input, from the engine's clock (a test's clock in tests).</summary>
    public required DateTime Utc { get; init; }
}
