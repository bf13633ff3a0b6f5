using Coach.Core.Texts;

namespace Coach.Core.Dialogue;

/// <summary>
/// One input over one session: routes commands, button presses and typed answers to the
/// dialogue machine and collects the replies. Every path ends in a reply: a question, a
/// re-prompt, a result or the menu; nothing is left unanswered.
/// </summary>
internal sealed partial class DialogueTurn
{
    private const string ForgetConfirmation = "forget";

    private readonly Session _session;
    private readonly FlowCatalog _flows;
    private readonly TextCatalog _catalog;
    private readonly SessionMachine _machine;
    private readonly DialogueViews _views;
    private readonly DateTime _utc;
    private bool _pressing;

    // Answers an answer gave for later questions this turn ("Алсу, 34": the age), whose questions are passed over.
    private readonly HashSet<string> _givenAlready = [];

    public DialogueTurn(Session session, FlowCatalog flows, TextCatalog catalog, DateTime utc)
    {
        _session = session;
        _utc = utc;
        _flows = flows;
        _catalog = catalog;
        _machine = flows.Machines.For(session);
        _views = new DialogueViews(session, flows, catalog, _utc);

        // A state no longer declared (an older version's step) falls back to the menu, answers kept.
        if (_session.State != DialogueStates.Menu && _flows.StepAt(_session.State) is null)
        {
            _session.State = DialogueStates.Menu;
        }
    }

    public List<Reply> Replies { get; } = new();

    /// <summary>Work features asked for, each with the place in <see cref="Replies"/> its replies go.</summary>
    public List<(int At, FeatureWork Work)> Work { get; } = new();

    /// <summary>A typed answer the question's rules could not read at all, for the reader of last resort; else null.</summary>
    public Parsing.UnreadAnswer? Unread { get; private set; }

    /// <summary>True when the input answered the current question and the answer was saved.</summary>
    public bool Accepted { get; private set; }

    /// <summary>A short note for a press on a button that no longer applies, shown instead of any message (a toast on Telegram); else null.</summary>
    public string? Toast { get; private set; }

    /// <summary>True when the user confirmed /forget: the caller deletes the session instead of saving it.</summary>
    public bool Forget { get; private set; }

    private Texts.Texts T => _catalog.For(_session.Language);

    private StepDefinition? Current => _flows.StepAt(_session.State);

    public void Handle(UserInput input)
    {
        // The clock's turn leaves the user's context as it is: numbers waiting, a confirmation asked.
        if (input.Kind == UserInputKind.Scheduled)
        {
            Scheduled(input.Payload);
            return;
        }

        // What a recognizer left waiting (the KPI calculator's numbers) is for the very next text typed in the menu only.
        var menuNote = _session.MenuNote;
        _session.MenuNote = null;
        _pressing = input.Kind == UserInputKind.Button;
        switch (input.Kind)
        {
            case UserInputKind.Button:
                Press(input.Payload);
                return;
            case UserInputKind.Unsupported:
                Say(T["error.unsupported"]);
                AskAgain();
                return;
            case UserInputKind.Where:
                AskAgain();
                return;
        }

        var text = input.Payload.Trim();
        if (text.StartsWith('/'))
        {
            var (name, args) = SplitCommand(text);
            if (name != "forget")
            {
                DropPendingConfirmation();
            }

            Command(name, args);
            return;
        }

        if (_session.PendingConfirmation is { } pending && Confirm(pending, text))
        {
            return;
        }

        DropPendingConfirmation();

        if (text.Length == 0)
        {
            AskAgain();
        }
        else if (Current is { } step)
        {
            if (_views.MeansKeep(step, text))
            {
                Advance(DialogueTriggers.Next);
            }
            else
            {
                Answer(step, text, typed: true);
            }
        }
        else
        {
            _session.MenuNote = menuNote;
            OpenTypedFlowOrHint(text);
        }
    }

    // A typed yes or no to the confirmation waiting: /forget's own, or a feature's two buttons.
    private bool Confirm(string pending, string text)
    {
        if (pending == ForgetConfirmation)
        {
            if (YesNo.Read(text, T["forget.yes"], T["forget.no"], firm: true) is not { } forget)
            {
                // "скорее да", "не знаю": nothing is deleted on a maybe, and the question stays.
                if (YesNo.IsUndecided(text))
                {
                    AskToForget("forget.hedged");
                    return true;
                }

                return false;
            }

            Command(forget ? "forget.yes" : "forget.no", "");
            return true;
        }

        if (YesNo.IsUndecided(text) && YesNo.Pressed(pending, true) is not null)
        {
            Say(T["confirm.hedged"]);
            return true;
        }

        if (YesNo.Read(text, firm: true) is not { } yes || YesNo.Pressed(pending, yes) is not { } data)
        {
            return false;
        }

        Press(data);
        return true;
    }

    private static (string Name, string Args) SplitCommand(string text)
    {
        var space = text.IndexOfAny([' ', '\n']);
        var head = space < 0 ? text[1..] : text[1..space];
        var at = head.IndexOf('@');
        if (at >= 0)
        {
            head = head[..at];
        }

        return (head.ToLowerInvariant(), space < 0 ? "" : text[(space + 1)..].Trim());
    }

    private void Press(string data)
    {
        var (kind, first, second) = ButtonData.Parse(data);
        if (kind != "c" || !first.StartsWith("forget.", StringComparison.Ordinal))
        {
            DropPendingConfirmation();
        }

        switch (kind)
        {
            case "a" when AsksNow(first) && Current is { Answer: MultiChoiceAnswer multi } step:
                Toggle(step, multi, second);
                break;
            case "a" when AsksNow(first) && Current is { } step:
                if (second == ButtonData.Keep && _session.HasAnswer(step.AnswerKey))
                {
                    Advance(DialogueTriggers.Next);
                }
                else
                {
                    Answer(step, second, typed: false);
                }

                break;
            case "go":
                Open(first);
                break;
            case "c":
                Command(first, second);
                break;
            default:
                Stale();
                break;
        }
    }

    // True when answer data is for the question asked now: its state, and its token if the step has one.
    private bool AsksNow(string question)
    {
        var (state, token) = ButtonData.Question(question);
        return state == _session.State && token == (Current?.Nonce?.Invoke(_session) ?? "");
    }

    private void Open(string flowId)
    {
        var flow = _flows.Find(flowId);
        if (flow is null)
        {
            Stale();
            return;
        }

        if (Current?.Flow == flow)
        {
            AskAgain();
            return;
        }

        LeaveFlow();
        if (flow.FreshStart)
        {
            ClearAnswers(flow);
        }

        var resuming = _session.PausedState is { } paused && flow.Owns(paused);
        _machine.Fire(DialogueTriggers.Open(flow.Id));
        if (resuming)
        {
            _session.PausedState = null;
            Say(T["flow.resumed"]);
        }
        else if (flow.IsDone(_session) && !flow.FreshStart)
        {
            Say(T["flow.again"]);
        }

        Ask(Current!, intro: true, entering: true);
    }

    private void ClearAnswers(FlowDefinition flow)
    {
        foreach (var step in flow.Steps)
        {
            _session.Answers.Remove(step.AnswerKey);
        }

        if (_session.PausedState is { } paused && flow.Owns(paused))
        {
            _session.PausedState = null;
        }
    }

    private void Apply(FeatureResult result)
    {
        Replies.AddRange(result.Replies);
        if (result.Work is { } work)
        {
            Work.Add((Replies.Count, work));
        }

        if (result.ContinueAt is { } state && _flows.StepAt(state) is { } step)
        {
            // An edit-one-answer mark the feature set for the question it continues at survives the move.
            var editOnly = _session.EditOnly == state ? state : null;
            LeaveFlow();
            var kept = _session.PausedState;
            _session.EditOnly = editOnly;
            _session.PausedState = state;
            _machine.Fire(DialogueTriggers.Open(step.Flow.Id));

            // The place left in another flow stays to come back to when the feature continues in an
            // errand (coverage at 2/8, then a practice question): only a real flow takes its place.
            _session.PausedState = step.Flow.Aside && kept is not null && !step.Flow.Owns(kept) ? kept : null;
            Ask(Current!, intro: true, entering: true);
        }
    }

    // A command the clock runs: a feature's only, and it may answer nothing (nothing was due); the place the user is at stays.
    private void Scheduled(string payload)
    {
        var (name, args) = SplitCommand("/" + payload);
        if (_flows.Commands.TryGetValue(name, out var command))
        {
            Apply(command.Handle(FeatureContext() with { Scheduled = true }, args));
        }
    }

    private void OpenTypedFlowOrHint(string text)
    {
        foreach (var recognizer in _flows.Recognizers)
        {
            if (recognizer(FeatureContext(), text) is { } result)
            {
                Apply(result);
                return;
            }
        }

        var titles = _flows.Flows.Select(flow => T[flow.TitleKey]).ToList();
        if (OptionMatcher.Match(text, titles) is { } index && !int.TryParse(text, out _))
        {
            Open(_flows.Flows[index].Id);
            return;
        }

        Replies.Add(_views.Menu(T.Html("menu.unknown")));
    }

    private void LeaveFlow()
    {
        _session.EditOnly = null;
        _session.EditReturn = null;
        if (Current is { } current)
        {
            // An errand left half-way is not offered to continue; the place left before it stays.
            if (!current.Flow.Aside)
            {
                _session.PausedState = _session.State;
            }

            _machine.Fire(DialogueTriggers.Leave);
        }
    }

    private void Ask(StepDefinition step, bool intro, bool entering = false)
    {
        var before = entering && step.Reentry is not null ? step.Reentry : step.Intro;
        if (intro && before?.Invoke(StepContext()) is { } introReply)
        {
            Replies.Add(introReply);
        }

        Replies.Add(_views.Question(step));
    }

    private void AskAgain()
    {
        if (Current is { } step)
        {
            Ask(step, intro: false);
        }
        else
        {
            Replies.Add(_views.Menu(null));
        }
    }

    private void Say(string html) => Replies.Add(new Reply(html));

    // A button that no longer applies: a press is only noted (nothing else is sent, so a double tap
    // costs no duplicate message); the same data typed as a command gets the message and the question.
    private void Stale()
    {
        if (_pressing)
        {
            Toast = T["error.stale.toast"];
            return;
        }

        Say(T["error.stale"]);
        AskAgain();
    }

    private FeatureContext FeatureContext() => new(_session, T) { Utc = _utc };

    private StepContext StepContext() => new(_session, T) { Utc = _utc };
}
