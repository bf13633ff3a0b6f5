using Coach.Core.Texts;
using Stateless;

namespace Coach.Core.Dialogue;

/// <summary>
/// One input over one session: routes commands, button presses and typed answers to the
/// dialogue machine and collects the replies. Every path ends in a reply: a question, a
/// re-prompt, a result or the menu; nothing is left unanswered.
/// </summary>
internal sealed class DialogueTurn
{
    private const string ForgetConfirmation = "forget";

    private readonly Session _session;
    private readonly FlowCatalog _flows;
    private readonly TextCatalog _catalog;
    private readonly StateMachine<string, string> _machine;
    private readonly DialogueViews _views;

    public DialogueTurn(Session session, FlowCatalog flows, TextCatalog catalog)
    {
        _session = session;
        _flows = flows;
        _catalog = catalog;
        _machine = DialogueMachine.Create(session, flows);
        _views = new DialogueViews(session, flows, catalog);

        // A state no longer declared (an older version's step) falls back to the menu, answers kept.
        if (_session.State != DialogueStates.Menu && _flows.StepAt(_session.State) is null)
        {
            _session.State = DialogueStates.Menu;
        }
    }

    public List<Reply> Replies { get; } = new();

    /// <summary>True when the user confirmed /forget: the caller deletes the session instead of saving it.</summary>
    public bool Forget { get; private set; }

    private Texts.Texts T => _catalog.For(_session.Language);

    private StepDefinition? Current => _flows.StepAt(_session.State);

    public void Handle(UserInput input)
    {
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

        if (_session.PendingConfirmation is not null)
        {
            var yesNo = OptionMatcher.Match(text, [T["forget.yes"], T["forget.no"]]);
            if (yesNo is not null)
            {
                Command(yesNo == 0 ? "forget.yes" : "forget.no", "");
                return;
            }

            DropPendingConfirmation();
        }

        if (text.Length == 0)
        {
            AskAgain();
        }
        else if (Current is { } step)
        {
            Answer(step, text, typed: true);
        }
        else
        {
            OpenTypedFlowOrHint(text);
        }
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
            case "a" when first == _session.State && Current is { Answer: MultiChoiceAnswer multi } step:
                Toggle(step, multi, second);
                break;
            case "a" when first == _session.State && Current is { } step:
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
                Say(T["error.stale"]);
                AskAgain();
                break;
        }
    }

    private void Command(string name, string args)
    {
        switch (name)
        {
            case "start": Start(args); break;
            case "menu": LeaveFlow(); Replies.Add(_views.Menu(null)); break;
            case "help": Say(T["help.text"]); AskAgain(); break;
            case "cancel": Cancel(); break;
            case "back": Back(); break;
            case "skip": Skip(); break;
            case "status": Replies.Add(_views.Status()); AskAgain(); break;
            case "resume": Resume(); break;
            case "lang": Language(args); break;
            case "forget": AskToForget(); break;
            case "forget.yes": ConfirmForget(); break;
            case "forget.no": DropPendingConfirmation(); Say(T["forget.kept"]); AskAgain(); break;
            default: FeatureCommand(name, args); break;
        }
    }

    private void Start(string payload)
    {
        if (payload.Length > 0 && _flows.Find(payload) is not null)
        {
            Open(payload);
            return;
        }

        LeaveFlow();
        Replies.Add(_views.Menu(T.Html("start.greeting")));
    }

    private void Cancel()
    {
        if (Current is null)
        {
            Replies.Add(_views.Menu(T.Html("cancel.nothing")));
            return;
        }

        var flow = Current.Flow;
        LeaveFlow();
        Replies.Add(_views.Menu(T.Html("cancel.done", ("flow", T.Html(flow.TitleKey)))));
    }

    private void Back()
    {
        if (Current is null)
        {
            Replies.Add(_views.Menu(T.Html("back.none")));
        }
        else if (_machine.CanFire(DialogueTriggers.Back))
        {
            _machine.Fire(DialogueTriggers.Back);
            Ask(Current!, intro: false);
        }
        else
        {
            Say(T["back.first"]);
            AskAgain();
        }
    }

    private void Skip()
    {
        if (Current is not { } step)
        {
            Replies.Add(_views.Menu(T.Html("skip.none")));
        }
        else if (step.Optional && _machine.CanFire(DialogueTriggers.Skip))
        {
            _session.Answers.Remove(step.AnswerKey);
            Advance(DialogueTriggers.Skip);
        }
        else
        {
            Say(T.Format("skip.required", ("why", T.Html(step.WhyKey))));
            AskAgain();
        }
    }

    private void Resume()
    {
        if (_machine.CanFire(DialogueTriggers.Resume))
        {
            _machine.Fire(DialogueTriggers.Resume);
            _session.PausedState = null;
            Ask(Current!, intro: true);
        }
        else
        {
            AskAgain();
        }
    }

    private void Language(string args)
    {
        var language = Languages.Parse(args);
        if (language is null)
        {
            Replies.Add(new Reply(T["lang.choose"])
            {
                Buttons = [[new Button("Русский", ButtonData.Command("lang", Languages.Russian)), new Button("English", ButtonData.Command("lang", Languages.English))]],
            });
            return;
        }

        _session.Language = language;
        _session.LanguageChosen = true;
        Say(T["lang.set"]);
        AskAgain();
    }

    private void AskToForget()
    {
        _session.PendingConfirmation = ForgetConfirmation;
        Replies.Add(new Reply(T["forget.confirm"])
        {
            Buttons = [[new Button(T["forget.yes"], ButtonData.Command("forget.yes")), new Button(T["forget.no"], ButtonData.Command("forget.no"))]],
        });
    }

    private void ConfirmForget()
    {
        if (_session.PendingConfirmation != ForgetConfirmation)
        {
            Say(T["error.stale"]);
            AskAgain();
            return;
        }

        Forget = true;
        Say(T["forget.done"]);
    }

    private void DropPendingConfirmation()
    {
        if (_session.PendingConfirmation is not null)
        {
            _session.PendingConfirmation = null;
            Say(T["forget.kept"]);
        }
    }

    private void Open(string flowId)
    {
        var flow = _flows.Find(flowId);
        if (flow is null)
        {
            Say(T["error.stale"]);
            AskAgain();
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
        else if (_session.CompletedFlows.Contains(flow.Id) && !flow.FreshStart)
        {
            Say(T["flow.again"]);
        }

        Ask(Current!, intro: true);
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

    private void FeatureCommand(string name, string args)
    {
        if (_flows.Commands.TryGetValue(name, out var command))
        {
            Apply(command.Handle(new FeatureContext(_session, T), args));
            return;
        }

        Say(T.Format("error.command", ("command", "/" + name)));
        AskAgain();
    }

    private void Apply(FeatureResult result)
    {
        Replies.AddRange(result.Replies);
        if (result.ContinueAt is { } state && _flows.StepAt(state) is { } step)
        {
            // An edit-one-answer mark the feature set for the question it continues at survives the move.
            var editOnly = _session.EditOnly == state ? state : null;
            LeaveFlow();
            _session.EditOnly = editOnly;
            _session.PausedState = state;
            _machine.Fire(DialogueTriggers.Open(step.Flow.Id));
            _session.PausedState = null;
            Ask(Current!, intro: true);
        }
    }

    private void FollowUp(FlowDefinition flow)
    {
        foreach (var followUp in _flows.FollowUps)
        {
            if (followUp(new FeatureContext(_session, T), flow.Id) is { } reply)
            {
                Replies.Add(reply);
            }
        }
    }

    private void OpenTypedFlowOrHint(string text)
    {
        foreach (var recognizer in _flows.Recognizers)
        {
            if (recognizer(new FeatureContext(_session, T), text) is { } result)
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

    /// <summary>The options toggled so far on the current several-options question (else its saved answer).</summary>
    private List<string> Selection(StepDefinition step) =>
        _session.SelectionState == step.State
            ? _session.Selection
            : MultiChoiceAnswer.Split(_session.Answer(step.AnswerKey)).ToList();

    private void Toggle(StepDefinition step, MultiChoiceAnswer multi, string value)
    {
        var selection = Selection(step);
        if (value == MultiChoiceAnswer.Done)
        {
            Answer(step, string.Join(',', selection), typed: false);
            return;
        }

        if (!multi.Values.Contains(value))
        {
            Say(T["error.stale"]);
        }
        else if (!selection.Remove(value))
        {
            selection.Add(value);
        }

        _session.Selection = selection;
        _session.SelectionState = step.State;
        Ask(step, intro: false);
    }

    private void Answer(StepDefinition step, string raw, bool typed)
    {
        AnswerCheck check;
        if (step.Answer is MultiChoiceAnswer multi)
        {
            check = typed ? MatchSeveral(step, multi, raw) : multi.Check(raw, T);
        }
        else if (step.Answer is ChoiceAnswer choice && typed)
        {
            var labels = choice.Values.Select(value => T[ChoiceAnswer.LabelKey(step, value)]).ToList();
            check = OptionMatcher.Match(raw, labels) is { } index
                ? AnswerCheck.Accept(choice.Values[index])
                : AnswerCheck.Reject(T["error.choice"]);
        }
        else
        {
            check = step.Answer.Check(raw, new StepContext(_session, T));
        }

        if (!check.Ok)
        {
            Say(step.Answer.IsChoice
                ? check.Problem!
                : T.Format("error.answer", ("problem", new Markup(check.Problem!)), ("example", T.Html("error.example", ("example", T.Html(step.ExampleKey))))));
            Ask(step, intro: false);
            return;
        }

        _session.Answers[step.AnswerKey] = check.Value!;
        Advance(DialogueTriggers.Next);
    }

    // "instagram, telegram" → the options those names clearly are; any unclear name fails the whole answer.
    private AnswerCheck MatchSeveral(StepDefinition step, MultiChoiceAnswer multi, string raw)
    {
        var labels = multi.Values.Select(value => T[ChoiceAnswer.LabelKey(step, value)]).ToList();
        var picked = new List<string>();
        foreach (var name in raw.Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (OptionMatcher.Match(name, labels) is not { } index)
            {
                return AnswerCheck.Reject(T.Format("error.multi.unknown", ("name", name)));
            }

            picked.Add(multi.Values[index]);
        }

        return multi.CheckSelection(picked.Distinct().ToList(), T);
    }

    private void Advance(string trigger)
    {
        var flow = Current!.Flow;
        _session.SelectionState = null;
        _session.Selection = [];
        if (_session.EditOnly == _session.State)
        {
            // One field edited: the flow completes now instead of walking its other questions.
            _session.EditOnly = null;
            _machine.Fire(DialogueTriggers.Leave);
            _session.PausedState = null;
            _session.CompletedUtc[flow.Id] = DateTime.UtcNow;
            Apply(flow.Complete(new StepContext(_session, T)));
            return;
        }

        _machine.Fire(trigger);
        if (Current is { } next)
        {
            Ask(next, intro: true);
            return;
        }

        var result = flow.Complete(new StepContext(_session, T));
        if (result.ContinueAt is null)
        {
            _session.CompletedUtc[flow.Id] = DateTime.UtcNow;
            if (!_session.CompletedFlows.Contains(flow.Id))
            {
                _session.CompletedFlows.Add(flow.Id);
            }
        }

        Apply(result);
        if (result.ContinueAt is null)
        {
            FollowUp(flow);
        }
    }

    private void LeaveFlow()
    {
        _session.EditOnly = null;
        if (Current is not null)
        {
            _session.PausedState = _session.State;
            _machine.Fire(DialogueTriggers.Leave);
        }
    }

    private void Ask(StepDefinition step, bool intro)
    {
        if (intro && step.Intro?.Invoke(new StepContext(_session, T)) is { } introReply)
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
}
