using Coach.Core.Texts;

namespace Coach.Core.Dialogue;

/// <summary>Answers to the current question: checking, saving, several-options toggling, moving on, finishing a flow.</summary>
internal sealed partial class DialogueTurn
{
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
            Stale();
            return;
        }

        if (!selection.Remove(value))
        {
            selection.Add(value);
        }

        _session.Selection = selection;
        _session.SelectionState = step.State;
        Replies.Add(_views.Question(step) with { ReplacesOrigin = true });
    }

    private void Answer(StepDefinition step, string raw, bool typed)
    {
        AnswerCheck check;
        string? understood = null;
        if (step.Answer is MultiChoiceAnswer multi)
        {
            check = typed ? MatchSeveral(step, multi, raw) : multi.Check(raw, T);
        }
        else if (step.Answer is ChoiceAnswer choice && typed)
        {
            (check, understood) = MatchChoice(step, choice, raw);
        }
        else
        {
            check = step.Answer.Check(raw, StepContext());
        }

        if (!check.Ok)
        {
            if (typed && check.Unreadable)
            {
                Unread = new Parsing.UnreadAnswer(_session.Language, T[step.QuestionKey], T[step.ExampleKeyFor(_session, T)], raw);
            }

            // What the refused text gave to later questions is kept for them (a goal typed for today's value): shown
            // there as the current answer, to keep with one tap or replace.
            foreach (var (key, value) in check.Also ?? new Dictionary<string, string>())
            {
                _session.Answers[DialogueStates.Of(step.Flow.Id, key)] = value;
            }

            // The problem alone: the question asked again right below carries the step's example, so saying it here
            // too showed the same example twice on a phone.
            Say(check.Problem!);
            Ask(step, intro: false);
            return;
        }

        Accepted = true;
        _session.Answers[step.AnswerKey] = check.Value!;
        // What the answer also gave ("Алсу, 34": the age) is saved, and its question is passed over
        // with a line saying what was taken (/back reaches it).
        foreach (var (key, value) in check.Also ?? new Dictionary<string, string>())
        {
            var state = DialogueStates.Of(step.Flow.Id, key);
            _session.Answers[state] = value;
            _givenAlready.Add(state);
        }

        var first = Replies.Count;
        Advance(DialogueTriggers.Next);
        if (understood is not null)
        {
            // Said back: /back undoes a wrong pick while the flow is still open; after its last question only the pick is said.
            var open = Current?.Flow == step.Flow;
            Replies.Insert(first, new Reply(T.Format(open ? "answer.picked" : "answer.picked.last", ("answer", understood))));
        }
    }

    // Typed text to one of the buttons: a number that is a value, the label's name or number, a plain yes/no, then the
    // label's words; a pick by words comes with the label to say back (without its emoji).
    private (AnswerCheck Check, string? Understood) MatchChoice(StepDefinition step, ChoiceAnswer choice, string raw)
    {
        var labels = choice.Values.Select(value => T[ChoiceAnswer.LabelKey(step, value)]).ToList();
        if (choice.TypedNumbersAreValues && TypedValue(raw) is { } typedValue)
        {
            return (choice.Check(typedValue, T), null);
        }

        // "2" on the emotion scale: the score +2 or the second button (−1)? Asked, never guessed.
        if (OptionMatcher.ScaleAmbiguity(raw, labels) is var (scored, numbered))
        {
            return (AnswerCheck.Reject(T.Format("error.choice.scale", ("typed", raw.Trim()), ("value", Bare(labels[scored])), ("button", Bare(labels[numbered])))), null);
        }

        if (OptionMatcher.Match(raw, labels) is { } index)
        {
            // By one of its inner words ("реклама" for "Наружная реклама"), or by a button number on a scale of numbers
            // ("4" is "+1"): said back too.
            return (AnswerCheck.Accept(choice.Values[index]), OptionMatcher.IsByName(raw, labels, index) ? null : Bare(labels[index]));
        }

        // "да, отчасти", "нет, пока не знаю": the words after the yes/no name an option that is neither.
        var yesNoLabels = labels.Any(label => YesNo.Read(label) is not null);
        if (yesNoLabels && YesNo.Read(raw) is not null && OptionMatcher.Normalize(raw).Split(' ') is { Length: > 1 } said)
        {
            var rest = string.Join(' ', said.SkipWhile(w => YesNo.Read(w) is null).Skip(1).Where(w => !AnswerWords.Conjunctions.Contains(w)));
            if (rest.Length > 0 && (OptionMatcher.Match(rest, labels) ?? OptionMatcher.MatchWords(rest, labels)) is { } other && YesNo.Read(labels[other]) is null)
            {
                return (AnswerCheck.Accept(choice.Values[other]), Bare(labels[other]));
            }
        }

        if (Alias(step, choice.Values, raw) is { } aliased)
        {
            return (AnswerCheck.Accept(choice.Values[aliased]), null);
        }

        if (YesOrNo(choice, labels, raw) is { } value)
        {
            return (AnswerCheck.Accept(value), null);
        }

        // A plain "нет" to a question whose one negative option is not a yes/no ("🚫 Без эмодзи", "Ни один из них").
        var picked = !choice.PickByWords ? null
            : YesNo.IsBareNo(raw) && !yesNoLabels ? OptionMatcher.Negative(labels)
            : OptionMatcher.MatchWords(raw, labels) ?? (OptionMatcher.Without(raw, T[step.ShortKey]) is { } unnamed ? OptionMatcher.MatchWords(unnamed, labels) : null);
        return picked is { } worded
            ? (AnswerCheck.Accept(choice.Values[worded]), Bare(labels[worded]))
            : (AnswerCheck.Reject(T["error.choice"]), null);
    }

    // A number typed as a value: "9", "09:00", "в 9", "at 9:00" is 9 (never "9 вечера", which is no 9).
    private static string? TypedValue(string raw) =>
        TypedHour.Match(raw.Trim().ToLowerInvariant()) is { Success: true } match ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture).ToString(System.Globalization.CultureInfo.InvariantCulture) : null;

    private static readonly System.Text.RegularExpressions.Regex TypedHour = new(
        $@"^(?:(?:{string.Join('|', AnswerWords.TimePrefixes.Select(System.Text.RegularExpressions.Regex.Escape))})\s+)?([0-9]{{1,3}})(?:[:.]00)?$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // Another name of an option ("вк", "тг", "пн", "billboards"), from the catalogue's "alias.{value}".
    private int? Alias(StepDefinition step, IReadOnlyList<string> values, string typed)
    {
        var text = OptionMatcher.Normalize(typed);
        for (var i = 0; i < values.Count; i++)
        {
            foreach (var key in (ReadOnlySpan<string>)[ChoiceAnswer.AliasKey(step, values[i]), ChoiceAnswer.AliasKey(values[i])])
            {
                if (T.Has(key) && T[key].Split(',').Any(alias => OptionMatcher.Normalize(alias) == text))
                {
                    return i;
                }
            }
        }

        return null;
    }

    // A label without its emoji, to say back in a sentence.
    private static string Bare(string label) => label[label.TakeWhile(c => !char.IsLetterOrDigit(c) && c is not ('+' or '-' or '−')).Count()..]
        .Replace('“', '‘').Replace('”', '’').Replace('«', '„').Replace('»', '“');

    // A question whose options start with "Yes…"/"No…", or that declares what yes and no stand for ("Добавить
    // подробности?"), takes a plain "да", "n" or "ага" as well.
    private static string? YesOrNo(ChoiceAnswer choice, IReadOnlyList<string> labels, string raw)
    {
        if (YesNo.Read(raw) is not { } yes)
        {
            return null;
        }

        if (choice.YesNoValues is { } values)
        {
            return yes ? values.Yes : values.No;
        }

        var matching = Enumerable.Range(0, labels.Count).Where(i => YesNo.Read(labels[i]) == yes).ToList();
        return matching.Count == 1 ? choice.Values[matching[0]] : null;
    }

    // "instagram, telegram" → the options those names clearly are; any unclear name fails the whole answer.
    private AnswerCheck MatchSeveral(StepDefinition step, MultiChoiceAnswer multi, string raw)
    {
        var labels = multi.Values.Select(value => T[ChoiceAnswer.LabelKey(step, value)]).ToList();
        var names = raw.Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

        // "Done" typed (the terminal has no button to press): the options toggled so far are the answer;
        // "Instagram, done" names them and confirms at once.
        var doneWords = T["question.done.typed"].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var done = names.RemoveAll(name => doneWords.Contains(name.Trim('.', '!', ' ').ToLowerInvariant())) > 0;
        if (done && names.Count == 0)
        {
            return multi.CheckSelection(Selection(step), T);
        }

        var picked = new List<string>();
        foreach (var name in names)
        {
            if ((OptionMatcher.Match(name, labels) ?? Alias(step, multi.Values, name)) is not { } index)
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
            _session.EditOnly = null;
            // An answer that brings questions not answered yet (a strategy that needs its segments) walks on to them.
            if (!flow.ActiveSteps(_session).Any(s => !s.Optional && !_session.HasAnswer(s.AnswerKey)))
            {
                // One field edited: the flow completes now instead of walking its other questions.
                _machine.Fire(DialogueTriggers.Leave);
                _session.PausedState = null;
                _session.CompletedUtc[flow.Id] = _utc;
                var edited = flow.Complete(StepContext());
                Apply(edited);
                ReturnToStatus(edited);
                return;
            }
        }

        _machine.Fire(trigger);
        var taken = new List<string>();
        while (Current is { } given && _givenAlready.Remove(given.AnswerKey))
        {
            // What was given is checked as if typed at its own question: a goal typed at the baseline question is
            // passed over only when it passes; otherwise its question is asked with what is wrong with it.
            var check = given.Answer.Check(_session.Answer(given.AnswerKey)!, StepContext());
            if (!check.Ok)
            {
                _session.Answers.Remove(given.AnswerKey);
                if (given.TakenKey is { } key)
                {
                    taken.Add(T[key]);
                }

                taken.Add(check.Problem!);
                break;
            }

            _session.Answers[given.AnswerKey] = check.Value!;
            taken.Add(T.Format(given.TakenKey ?? "question.taken", ("question", T[given.ShortKey]), ("answer", given.Shown(_session, T)!)));
            _machine.Fire(DialogueTriggers.Next);
        }

        if (Current is { } next)
        {
            Ask(next, intro: true);
            if (taken.Count > 0)
            {
                // One message: what was taken, then the next question.
                Replies[^1] = Replies[^1] with { Text = $"{string.Join("\n\n", taken)}\n\n{Replies[^1].Text}" };
            }

            return;
        }

        var first = Replies.Count;
        var result = flow.Complete(StepContext());
        if (result.ContinueAt is null)
        {
            _session.CompletedUtc[flow.Id] = _utc;
            if (!_session.CompletedFlows.Contains(flow.Id))
            {
                _session.CompletedFlows.Add(flow.Id);
            }
        }

        Apply(result);
        if (taken.Count > 0)
        {
            // One message: what was taken, then the result it completed.
            var note = string.Join("\n\n", taken);
            if (Replies.Count > first)
            {
                Replies[first] = Replies[first] with { Text = $"{note}\n\n{Replies[first].Text}" };
            }
            else
            {
                Say(note);
            }
        }

        if (result.ContinueAt is null)
        {
            FollowUp(flow);
        }

        ReturnToStatus(result);
    }

    // An answer edited from /status: once it is saved, the section's details come back (not the next question of a re-walk).
    private void ReturnToStatus(FeatureResult result)
    {
        if (result.ContinueAt is null && _session.EditReturn is { } section)
        {
            _session.EditReturn = null;
            if (_views.StatusDetails(section) is { } details)
            {
                Replies.Add(details);
            }
        }
    }

    private void FollowUp(FlowDefinition flow)
    {
        foreach (var followUp in _flows.FollowUps)
        {
            if (followUp(FeatureContext(), flow.Id) is { } reply)
            {
                if (IsNote(reply) && Replies.Count > 0)
                {
                    // Text alone is a note on the result (a consultant's remark): it joins the result
                    // card's text, so the card's buttons stay under everything said about it.
                    Replies[^1] = Replies[^1] with { Text = $"{Replies[^1].Text}\n\n{reply.Text}" };
                    continue;
                }

                // One way home per message: the follow-up's own menu button replaces the result card's.
                var home = ButtonData.Command("menu");
                if (reply.AllButtons.Any(b => b.Data == home))
                {
                    for (var i = 0; i < Replies.Count; i++)
                    {
                        Replies[i] = Replies[i] with
                        {
                            Buttons = Replies[i].Buttons.Select(row => (IReadOnlyList<Button>)row.Where(b => b.Data != home).ToList()).Where(row => row.Count > 0).ToList(),
                        };
                    }
                }

                Replies.Add(reply);
            }
        }
    }

    private static bool IsNote(Reply reply) =>
        reply.Buttons.Count == 0 && reply.Attachments.Count == 0 && reply.Charts.Count == 0 && reply.Documents.Count == 0;
}
