using Coach.Core.Texts;

namespace Coach.Core.Dialogue;

/// <summary>What a command or a text recognizer contributed by a feature sees.</summary>
public sealed record FeatureContext(Session Session, Texts.Texts Texts)
{
    /// <summary>The time of the input, from the engine's clock (a test's clock in tests).</summary>
    public required DateTime Utc { get; init; }

    /// <summary>True when the clock ran the command (a scheduled check-in), not the user: it may then answer nothing.</summary>
    public bool Scheduled { get; init; }
}

/// <summary>
/// What a feature answers. With <see cref="ContinueAt"/> the dialogue moves to that question
/// (the feature has saved the answers before it), e.g. to ask for the one input a typed
/// message lacked.
/// </summary>
public sealed record FeatureResult(IReadOnlyList<Reply> Replies)
{
    public string? ContinueAt { get; init; }

    /// <summary>
    /// Slow work to finish the answer (drafting with a language model). The engine runs it after
    /// the turn, under the chat's lock, tells the transport it is busy ("typing…") first, and puts
    /// its replies right after <see cref="Replies"/>; the session is saved once it is done.
    /// </summary>
    public FeatureWork? Work { get; init; }
}

/// <summary>Asynchronous work a feature asks the engine to await; it may change the session and returns its replies.</summary>
public delegate Task<IReadOnlyList<Reply>> FeatureWork(WorkContext context, CancellationToken cancellationToken);

/// <summary>What feature work sees: the session, the texts, and the language model when one is configured.</summary>
public sealed record WorkContext(Session Session, Texts.Texts Texts, Drafting.IDraftModel? Model)
{
    /// <summary>The time the work started, from the engine's clock.</summary>
    public required DateTime Utc { get; init; }
}

/// <summary>A slash command contributed by a feature (e.g. /kpi). Args are the text after the command.</summary>
public sealed record CommandDefinition(string Name, Func<FeatureContext, string, FeatureResult> Handle);

/// <summary>Free text typed outside any question; returns null when the text is not for this feature.</summary>
public delegate FeatureResult? TextRecognizer(FeatureContext context, string text);

/// <summary>
/// A section of /status: its id (the details button's argument), its one line (HTML: the state, the section and
/// its key result) and the details shown behind its button (none: no button).
/// </summary>
public sealed record StatusPart(string Id, string Line, IReadOnlyList<string> Details);

/// <summary>A section a feature adds to /status (e.g. the latest KPIs); null when it has nothing to show.</summary>
public delegate StatusPart? StatusSection(FeatureContext context);

/// <summary>A main-menu button a feature adds: its label's text key and the command it runs.</summary>
public sealed record MenuEntry([TextKey] string LabelKey, string Command);

/// <summary>Something a feature adds after any flow is finished (e.g. the programme's next section); null for nothing.</summary>
public delegate Reply? CompletionFollowUp(FeatureContext context, string flowId);
