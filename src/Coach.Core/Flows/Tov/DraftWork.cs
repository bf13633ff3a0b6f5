using Coach.Core.Dialogue;
using Coach.Core.Domain.Tov;
using Coach.Core.Drafting;
using Coach.Core.Flows.Persona;

namespace Coach.Core.Flows.Tov;

/// <summary>
/// The slow part of drafting, run by the engine after the turn (it shows "typing…" first): the
/// drafts of one channel or a pack, and the changes a draft's buttons ask for.
/// </summary>
public static class DraftWork
{
    /// <summary>Drafts the topic for each channel; the drafts become the session's current ones, one message each.</summary>
    public static FeatureWork Pack(IReadOnlyList<ChannelRule> rules, string topic) => async (context, cancellationToken) =>
    {
        var composer = new DraftComposer(context.Model, context.Texts);
        var spec = Spec(context, rules[0], new TovDraft { Topic = topic });
        var drafts = await composer.PackAsync(rules, spec, cancellationToken);
        context.Session.Drafts = drafts.Select(draft => Keep(draft, new TovDraft { Topic = topic }, context.Utc)).ToList();
        return drafts.Select((draft, index) => TovCards.Draft(context.Texts, draft, index)).ToList();
    };

    /// <summary>Writes the current draft at <paramref name="index"/> again with one change.</summary>
    public static FeatureWork Change(int index, DraftChange change) => async (context, cancellationToken) =>
    {
        var current = context.Session.Drafts[index];
        var profile = context.Session.Tone ?? ToneProfile.Neutral;
        var changed = new TovDraft
        {
            Topic = current.Topic,
            Variant = current.Variant + (change == DraftChange.AnotherVariant ? 1 : 0),
            Shorter = current.Shorter || change == DraftChange.Shorter,
            Formality = change switch
            {
                DraftChange.MoreFormal => Step(current.Formality ?? profile.Formality, -1),
                DraftChange.Friendlier => Step(current.Formality ?? profile.Formality, +1),
                _ => current.Formality,
            },
        };
        var spec = Spec(context, ChannelRules.For(current.Channel), changed);
        var draft = await new DraftComposer(context.Model, context.Texts).RewriteAsync(spec, current.Text, change, cancellationToken);
        context.Session.Drafts[index] = Keep(draft, changed, context.Utc);
        var card = TovCards.Draft(context.Texts, draft, index);
        if (context.Session.Drafts.Count > 1)
        {
            // The pack's other drafts stay one press away (a terminal cannot press earlier messages).
            card = card with { Buttons = [.. card.Buttons, [new Button(context.Texts.Format("tov.button.drafts", ("count", context.Session.Drafts.Count)), ButtonData.Command(TovHub.Command, "drafts"))]] };
        }

        // A button that changed nothing says so, rather than showing the same text as if it had worked.
        return draft.Text == current.Text
            ? [card with { Text = card.Text + "\n\n" + context.Texts.Format("tov.note.unchanged." + change.ToString().ToLowerInvariant()) }]
            : [card];
    };

    /// <summary>What to draft: the session's voice (moved by the draft's buttons) and the persona chosen on the ToV hub (else the first).</summary>
    public static DraftSpec Spec(WorkContext context, ChannelRule rule, TovDraft draft)
    {
        var profile = context.Session.Tone ?? ToneProfile.Neutral;
        if (draft.Formality is { } formality && formality != profile.Formality)
        {
            profile = profile.WithFormality(formality);
        }

        var persona = TovAudience.Chosen(context.Session);
        // A word the voice avoids does not reach a draft through the topic: not the template, the brief or the model.
        return new DraftSpec(rule, WordStems.Without(draft.Topic, profile.WordsToAvoid), profile, context.Texts.Language)
        {
            PersonaName = persona?.Name ?? "",
            Persona = persona is null ? "" : Describe(persona, context.Texts),
            Variant = draft.Variant,
            Shorter = draft.Shorter,
        };
    }

    /// <summary>The warning for a topic with words to avoid, or nothing; the drafts leave those words out.</summary>
    public static IEnumerable<Reply> AvoidedInTopic(Session session, Texts.Texts t, string topic)
    {
        var avoided = WordStems.In(topic, (session.Tone ?? ToneProfile.Neutral).WordsToAvoid);
        if (avoided.Count > 0)
        {
            yield return new Reply(t.Format("tov.topic.avoided", ("words", string.Join(", ", avoided))));
        }
    }

    private static string Describe(Domain.Persona.Persona persona, Texts.Texts t) => string.Join("\n", PersonaFlow.Definition.Steps
        .Where(step => persona.Fields.ContainsKey(step.Key) && step.Key is not "channels")
        .Select(step => $"{t[step.ShortKey]}: {step.Answer.Display(persona.Fields[step.Key], step, t)}"));

    private static Formality Step(Formality formality, int towardsFriendly) =>
        (Formality)Math.Clamp((int)formality + towardsFriendly, (int)Formality.Formal, (int)Formality.Friendly);

    private static TovDraft Keep(ComposedDraft draft, TovDraft how, DateTime utc) => new()
    {
        Channel = draft.Rule.Channel,
        Topic = how.Topic,
        Text = draft.Text,
        FromTemplate = draft.FromTemplate,
        Variant = how.Variant,
        Shorter = how.Shorter,
        Formality = how.Formality,
        CreatedUtc = utc,
    };
}
