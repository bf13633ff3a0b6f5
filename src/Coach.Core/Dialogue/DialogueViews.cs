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
            T[step.QuestionKey],
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

    public Reply Status()
    {
        var lines = new List<string> { T["status.title"] };
        if (flows.StepAt(session.State) is { } step)
        {
            var (position, total) = Progress(step);
            lines.Add(T.Format(Counted("status.in_flow", total), ("flow", T.Html(step.Flow.TitleKey)), ("step", position), ("total", total)));
        }
        else if (session.PausedState is { } paused && flows.StepAt(paused) is { } pausedStep)
        {
            var (position, total) = Progress(pausedStep);
            lines.Add(T.Format(Counted("menu.paused", total), ("flow", T.Html(pausedStep.Flow.TitleKey)), ("step", position), ("total", total)));
        }
        else
        {
            lines.Add(T["status.in_menu"]);
        }

        var any = false;
        // Calculators (flows started fresh each time, or reached from another flow) show in their own sections.
        foreach (var flow in flows.Flows.Where(f => f.InMenu && !f.FreshStart))
        {
            if (flow.StatusLines is { } statusLines)
            {
                var own = statusLines(Context());
                if (own.Count > 0)
                {
                    any = true;
                    lines.Add($"{(flow.IsDone(session) ? "✅" : "⏳")} <b>{T[flow.TitleKey]}</b>");
                    lines.AddRange(own);
                }

                continue;
            }

            var more = flow.ContinuesIn?.Invoke(session) is { } next ? flows.Find(next)?.Steps ?? [] : [];
            var answered = flow.Steps.Concat(more).Where(s => s.AppliesTo(session) && session.HasAnswer(s.AnswerKey)).ToList();
            if (answered.Count == 0)
            {
                continue;
            }

            any = true;
            var done = flow.IsDone(session) ? "✅" : "⏳";
            lines.Add($"{done} <b>{T[flow.TitleKey]}</b>");
            foreach (var s in answered)
            {
                lines.Add(T.Format("status.answer", ("question", T.Html(s.ShortKey)), ("answer", s.Answer.Display(session.Answer(s.AnswerKey)!, s, T))));
            }
        }

        foreach (var section in flows.StatusSections)
        {
            if (section(Context()) is { } text)
            {
                any = true;
                lines.Add(text);
            }
        }

        if (!any)
        {
            lines.Add(T["status.nothing"]);
        }

        return new Reply(string.Join("\n", lines));
    }

    /// <summary>The question's place among the steps that apply, and the total when the path is known.</summary>
    private (int Position, int? Total) Progress(StepDefinition step)
    {
        var active = step.Flow.ActiveSteps(session);
        return (active.ToList().IndexOf(step) + 1, step.Flow.KnownTotal(session));
    }

    /// <summary>A counter's text without "/{total}" ("{key}.open") while the total is not known yet.</summary>
    private string Counted(string key, int? total) => T.Variant(key, total is null ? "open" : null);

    private FeatureContext Context() => new(session, T) { Utc = utc };
}
