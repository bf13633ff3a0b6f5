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
