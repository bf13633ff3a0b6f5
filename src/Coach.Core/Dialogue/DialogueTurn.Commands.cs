using Coach.Core.Texts;

namespace Coach.Core.Dialogue;

/// <summary>The dialogue's own commands: /start, /menu, /back, /skip, /cancel, /lang, /forget… and those features add.</summary>
internal sealed partial class DialogueTurn
{
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
            case "status": Status(args); break;
            case "resume": Resume(); break;
            case "lang": Language(args); break;
            case "forget": AskToForget(); break;
            case "forget.yes": ConfirmForget(); break;
            case "forget.no": _session.PendingConfirmation = null; Say(T["forget.kept"]); AskAgain(); break;
            default: FeatureCommand(name, args); break;
        }
    }

    /// <summary>
    /// /start, or a deep link t.me/bot?start=payload: a flow id opens that flow ("coverage", "kpi_cac"),
    /// a feature command runs it ("kpi", "personas"), and "command-argument" runs it with the argument
    /// ("learn-cac"). Telegram allows up to 64 characters of A-Z a-z 0-9 _ - in a payload.
    /// </summary>
    private void Start(string payload)
    {
        if (payload.Length > 0)
        {
            if (_flows.Find(payload) is { } flow)
            {
                // A section with a hub (personas, journey maps) opens at its hub, as from the menu.
                if (flow.MenuCommand is { } hub)
                {
                    FeatureCommand(hub, "");
                }
                else
                {
                    Open(payload);
                }

                return;
            }

            // "command-argument", or "command_argument" when the part before the underscore is a command ("learn_roi").
            var dash = payload.IndexOf('-');
            var underscore = payload.IndexOf('_');
            var cut = dash >= 0 ? dash : underscore >= 0 && _flows.Commands.ContainsKey(payload[..underscore]) ? underscore : -1;
            var (name, argument) = cut < 0 ? (payload, "") : (payload[..cut], payload[(cut + 1)..].Replace('_', ' '));
            if (DeepLinkPayload.IsValid(payload) && _flows.Commands.ContainsKey(name))
            {
                FeatureCommand(name, argument);
                return;
            }
        }

        LeaveFlow();
        // The first greeting explains where the work starts; a returning user is not sent back to the start.
        var greeting = T.Html(_session.CompletedFlows.Count > 0 ? "start.greeting.back" : "start.greeting");
        Replies.Add(_views.Menu(payload.Length > 0 ? new Markup(greeting.Html + "\n\n" + T.Html("start.unknownlink").Html) : greeting));
    }

    /// <summary>
    /// /status: the compact card (a question in progress is asked again below it); "status {section}" its details (with a
    /// button back to a waiting question, not the question again);
    /// "status e {state} [{record}]" edits that one answer, then the section's details come back.
    /// </summary>
    private void Status(string args)
    {
        var parts = args.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        if (parts is ["e", var state, ..])
        {
            EditFromStatus(state, parts.ElementAtOrDefault(2) ?? "");
            return;
        }

        if (parts.Length == 0 || _views.StatusDetails(parts[0]) is not { } reply)
        {
            if (parts.Length > 0)
            {
                Say(T["error.stale"]);
            }

            reply = _views.Status();
        }

        if (parts.Length > 0 && Current is not null)
        {
            // A section's details while a question waits: the question is already above in the chat, so it is not sent
            // again with every details button; one button takes the user back to it.
            Replies.Add(reply with { Buttons = [.. reply.Buttons, [new Button(T["status.to_question"], ButtonData.Open(Current!.Flow.Id))]] });
            return;
        }

        Replies.Add(reply);
        if (Current is not null)
        {
            AskAgain();
        }
    }

    private void EditFromStatus(string state, string record)
    {
        var step = _flows.StepAt(state);
        var loaded = step?.Flow.LoadForEdit is { } load ? load(_session, record) : step is not null && _session.HasAnswer(state);
        if (step is null || !loaded)
        {
            Say(T["error.stale"]);
            Replies.Add(_views.Status());
            return;
        }

        // Back to the details once saved, unless the edit was of a walk not finished yet (which then goes on as before).
        var section = step.Flow.ActiveSteps(_session).All(s => s.Optional || _session.HasAnswer(s.AnswerKey)) ? _views.StatusIdOf(step.Flow) : null;
        _session.EditOnly = state;
        Apply(new FeatureResult([]) { ContinueAt = state });
        _session.EditReturn = section;
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
            Ask(Current!, intro: true, entering: true);
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

    private void AskToForget(string key = "forget.confirm")
    {
        _session.PendingConfirmation = ForgetConfirmation;
        Replies.Add(new Reply(T[key])
        {
            Buttons = [[new Button(T["forget.yes"], ButtonData.Command("forget.yes")), new Button(T["forget.no"], ButtonData.Command("forget.no"))]],
        });
    }

    private void ConfirmForget()
    {
        if (_session.PendingConfirmation != ForgetConfirmation)
        {
            Stale();
            return;
        }

        Forget = true;
        Say(T["forget.done"]);
    }

    private void DropPendingConfirmation()
    {
        if (_session.PendingConfirmation is { } pending)
        {
            _session.PendingConfirmation = null;
            if (pending == ForgetConfirmation)
            {
                Say(T["forget.kept"]);
            }
        }
    }

    private void FeatureCommand(string name, string args)
    {
        if (_flows.Commands.TryGetValue(name, out var command))
        {
            Apply(command.Handle(FeatureContext(), args));
            return;
        }

        Say(T.Format("error.command", ("command", "/" + name)));
        AskAgain();
    }
}
