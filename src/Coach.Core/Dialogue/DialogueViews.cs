using Coach.Core.Texts;

namespace Coach.Core.Dialogue;

/// <summary>The recurring messages of the dialogue: a question, the main menu, the status card.</summary>
internal sealed class DialogueViews(Session session, FlowCatalog flows, TextCatalog catalog, DateTime utc)
{
    private const int KeepLabelLength = 28;

    private Texts.Texts T => catalog.For(session.Language);

    public Reply Question(StepDefinition step)
    {
        var (position, total) = Progress(step);
        var lines = new List<string>
        {
            T.Format(Counted(step.Flow.HeaderKey, total), ("flow", T.Html(step.Flow.TitleKey)), ("step", position), ("total", total)),
            step.Prompt?.Invoke(new StepContext(session, T) { Utc = utc }) ?? T[step.QuestionKey],
        };

        var saved = session.Answer(step.AnswerKey);
        if (saved is not null)
        {
            lines.Add(T.Format("question.current", ("answer", step.Answer.Display(saved, step, T))));
        }

        if (!step.Answer.IsChoice)
        {
            lines.Add(T.Format("question.example", ("example", T.Html(step.ExampleKeyFor(session, T)))));
        }

        if (step.Optional)
        {
            lines.Add(T["question.optional"]);
        }

        var rows = new List<IReadOnlyList<Button>>();
        var token = step.Nonce?.Invoke(session);
        if (step.Answer is MultiChoiceAnswer multi)
        {
            var selected = session.SelectionState == step.State ? session.Selection : MultiChoiceAnswer.Split(saved).ToList();
            var row = new List<Button>();
            foreach (var value in multi.Values)
            {
                var label = (selected.Contains(value) ? "✅ " : "▫️ ") + T[ChoiceAnswer.LabelKey(step, value)];
                row.Add(new Button(label, ButtonData.Answer(step.State, value, token)));
                if (row.Count == multi.Columns)
                {
                    rows.Add(row);
                    row = new List<Button>();
                }
            }

            if (row.Count > 0)
            {
                rows.Add(row);
            }

            rows.Add([new Button(T.Format("question.done", ("count", selected.Count)), ButtonData.Answer(step.State, MultiChoiceAnswer.Done, token))]);
            lines.Add(T.Format("question.several", ("min", multi.Min), ("max", multi.Max)));
        }
        else if (step.Answer is ChoiceAnswer choice)
        {
            var recommended = step.Recommended?.Invoke(session);
            var row = new List<Button>();
            foreach (var value in choice.Values)
            {
                var label = T[ChoiceAnswer.LabelKey(step, value)];
                if (value == recommended)
                {
                    label = T.Label("question.recommended", ("label", label));
                }

                if (value == saved)
                {
                    label = "✓ " + label;
                }

                row.Add(new Button(label, ButtonData.Answer(step.State, value, token)));
                if (row.Count == choice.Columns)
                {
                    rows.Add(row);
                    row = new List<Button>();
                }
            }

            if (row.Count > 0)
            {
                rows.Add(row);
            }
        }
        else if (saved is not null)
        {
            var shown = step.Answer.Display(saved, step, T).Replace('\n', ' ');
            if (shown.Length > KeepLabelLength)
            {
                shown = shown[..(KeepLabelLength - 1)] + "…";
            }

            rows.Add([new Button(T.Label("question.keep", ("answer", shown)), ButtonData.Answer(step.State, ButtonData.Keep, token))]);
        }

        var navigation = new List<Button>();
        if (position > 1)
        {
            navigation.Add(new Button(T["button.back"], ButtonData.Command("back")));
        }

        if (step.Optional)
        {
            navigation.Add(new Button(T["button.skip"], ButtonData.Command("skip")));
        }

        if (navigation.Count > 0)
        {
            rows.Add(navigation);
        }

        return new Reply(string.Join("\n\n", lines)) { Buttons = rows, ExpectsText = !step.Answer.IsChoice };
    }

    /// <summary>
    /// True when typed text means the "Keep" button of a question with a saved answer: the word
    /// itself ("keep", "оставить"), or the button's label or its leading words, cut or not.
    /// </summary>
    public bool MeansKeep(StepDefinition step, string typed)
    {
        if (session.Answer(step.AnswerKey) is not { } saved)
        {
            return false;
        }

        var text = OptionMatcher.Normalize(typed);
        var word = OptionMatcher.Normalize(T["question.keep"].Split('{')[0]);
        if (text == word)
        {
            return true;
        }

        var label = OptionMatcher.Normalize(T.Label("question.keep", ("answer", step.Answer.Display(saved, step, T))));
        return !step.Answer.IsChoice && text.StartsWith(word + " ", StringComparison.Ordinal) && label.StartsWith(text, StringComparison.Ordinal);
    }

    public Reply Menu(Markup? prefix)
    {
        var rows = new List<IReadOnlyList<Button>>();
        var text = new List<string>();
        if (prefix is not null)
        {
            text.Add(prefix.Html);
        }

        if (session.PausedState is { } paused && flows.StepAt(paused) is { } step)
        {
            var (position, total) = Progress(step);
            var flowTitle = T.Html(step.Flow.TitleKey);
            text.Add(T.Format(Counted("menu.paused", total), ("flow", flowTitle), ("step", position), ("total", total)));
            rows.Add([new Button(T.Label(Counted("menu.continue", total), ("flow", flowTitle), ("step", position), ("total", total)), ButtonData.Command("resume"))]);
        }

        text.Add(T["menu.prompt"]);
        foreach (var flow in flows.Flows.Where(f => f.InMenu))
        {
            var title = T[flow.TitleKey];
            var data = flow.MenuCommand is { } command ? ButtonData.Command(command) : ButtonData.Open(flow.Id);
            rows.Add([new Button(flow.IsDone(session) ? "✅ " + title : title, data)]);
        }

        foreach (var entry in flows.MenuEntries)
        {
            rows.Add([new Button(T[entry.LabelKey], ButtonData.Command(entry.Command))]);
        }

        rows.Add([new Button(T["button.status"], ButtonData.Command("status")), new Button(T["button.help"], ButtonData.Command("help"))]);
        rows.Add([new Button(T["button.lang"], ButtonData.Command("lang"))]);
        return new Reply(string.Join("\n\n", text)) { Buttons = rows, MainMenu = true, MenuLead = prefix?.Html };
    }

    /// <summary>
    /// The compact /status: where the user is, then one line a section (its state, its key result) and a
    /// button a section for its details, two to a row.
    /// </summary>
    public Reply Status()
    {
        var lines = new List<string> { T["status.title"], Where() };
        var parts = StatusParts();
        lines.AddRange(parts.Select(part => part.Line));
        if (parts.Count == 0)
        {
            lines.Add(T["status.nothing"]);
        }

        var rows = parts.Where(part => part.Details.Count > 0)
            .Select(part => new Button(T.Label("status.button", ("section", T.Has($"status.section.{part.Id}") ? T[$"status.section.{part.Id}"] : part.Id)), ButtonData.Command("status", part.Id)))
            .Chunk(2)
            .Select(row => (IReadOnlyList<Button>)row)
            .ToList();
        if (session.State == DialogueStates.Menu)
        {
            rows.Add([new Button(T["button.menu"], ButtonData.Command("menu"))]);
        }

        return new Reply(string.Join("\n", lines)) { Buttons = rows };
    }

    /// <summary>One section of /status in full: its answers, a button to edit each, and the way back; null for no such section.</summary>
    public Reply? StatusDetails(string id)
    {
        if (StatusParts().FirstOrDefault(part => part.Id == id) is not { } part)
        {
            return null;
        }

        var lines = new List<string> { part.Line };
        lines.AddRange(part.Details);
        var buttons = new List<Button>();
        if (flows.Find(id) is { } flow)
        {
            buttons.AddRange(flow.EditButtons is { } edit
                ? edit(Context())
                : Answered(flow).Select(step => new Button(T.Label("status.edit", ("answer", T[step.ShortKey])), ButtonData.Command("status", "e " + step.State))));
            if (buttons.Count > 0)
            {
                lines.Add(T["status.edit.hint"]);
            }
        }

        var rows = buttons.Chunk(2).Select(row => (IReadOnlyList<Button>)row).ToList();
        rows.Add([new Button(T["status.back"], ButtonData.Command("status")), new Button(T["button.menu"], ButtonData.Command("menu"))]);
        return new Reply(string.Join("\n", lines)) { Buttons = rows };
    }

    /// <summary>The /status section a flow's answers show in: the flow itself, or the one whose questions go on in it (the mix).</summary>
    public string StatusIdOf(FlowDefinition flow) =>
        flows.Flows.FirstOrDefault(f => f.ContinuesIn?.Invoke(session) == flow.Id)?.Id ?? flow.Id;

    private string Where()
    {
        if (flows.StepAt(session.State) is { } step)
        {
            var (position, total) = Progress(step);
            return T.Format(Counted("status.in_flow", total), ("flow", T.Html(step.Flow.TitleKey)), ("step", position), ("total", total));
        }

        if (session.PausedState is { } paused && flows.StepAt(paused) is { } pausedStep)
        {
            var (position, total) = Progress(pausedStep);
            return T.Format(Counted("menu.paused", total), ("flow", T.Html(pausedStep.Flow.TitleKey)), ("step", position), ("total", total));
        }

        return T["status.in_menu"];
    }

    private IReadOnlyList<StatusPart> StatusParts()
    {
        var parts = new List<StatusPart>();
        var context = Context();
        // Calculators (flows started fresh each time, or reached from another flow) show in their own sections.
        foreach (var flow in flows.Flows.Where(f => f.InMenu && !f.FreshStart))
        {
            var details = flow.StatusLines is { } statusLines
                ? statusLines(context).ToList()
                : Answered(flow).Select(s => T.Format("status.answer", ("question", T.Html(s.ShortKey)), ("answer", s.Answer.Display(session.Answer(s.AnswerKey)!, s, T)))).ToList();
            if (details.Count == 0)
            {
                continue;
            }

            var review = flows.ReviewNote(context, flow.Id);
            var mark = review is not null ? "⚠️" : flow.IsDone(session) ? "✅" : "⏳";
            var result = flow.Summary?.Invoke(flow, context) ?? LastAnswer(flow);
            var line = T.Format("status.line", ("title", new Markup($"{mark} <b>{T.Html(flow.TitleKey).Html}</b>")), ("result", new Markup(result)));
            parts.Add(new StatusPart(flow.Id, line, review is null ? details : [review, .. details]));
        }

        parts.AddRange(flows.StatusSections.Select(section => section(context)).OfType<StatusPart>());
        return parts;
    }

    /// <summary>The questions of a flow (and of the one its questions go on in) that apply and are answered.</summary>
    private List<StepDefinition> Answered(FlowDefinition flow)
    {
        var more = flow.ContinuesIn?.Invoke(session) is { } next ? flows.Find(next)?.Steps ?? [] : [];
        return flow.Steps.Concat(more).Where(s => s.AppliesTo(session) && session.HasAnswer(s.AnswerKey)).ToList();
    }

    private const int SummaryLength = 60;

    // The last answer given, cut for one line: the flow's result when it has no summary of its own (the chosen strategy, the goal).
    private string LastAnswer(FlowDefinition flow)
    {
        var step = Answered(flow).Last();
        var shown = step.Answer.Display(session.Answer(step.AnswerKey)!, step, T).Replace('\n', ' ');
        return TextCatalog.Escape(shown.Length > SummaryLength ? shown[..(SummaryLength - 1)] + "…" : shown);
    }

    /// <summary>The question's place among the steps that apply, and the total when the path is known.</summary>
    private (int Position, int? Total) Progress(StepDefinition step)
    {
        var active = step.Flow.ActiveSteps(session);
        return (active.ToList().IndexOf(step) + 1, step.Flow.KnownTotal(session));
    }

    /// <summary>A counter's text without "/{total}" ("{key}.open") while the total is not known yet.</summary>
    private string Counted([TextKey] string key, int? total) => T.Variant(key, total is null ? "open" : null);

    private FeatureContext Context() => new(session, T) { Utc = utc };
}
