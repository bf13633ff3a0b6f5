using Coach.Core.Dialogue;
using Coach.Core.Domain.Tov;
using Coach.Core.Drafting;

namespace Coach.Core.Flows.Tov;

/// <summary>
/// /tov: the voice and what to do with it, and the actions of a draft's buttons
/// ("c:tov:shorter 0 sms"): shorter, more formal, friendlier, another variant, save.
/// </summary>
public static class TovHub
{
    public const string Command = "tov";

    /// <summary>Drafts kept at most; the oldest go first.</summary>
    public const int SavedLimit = 30;

    public static readonly CommandDefinition Definition = new(Command, Handle);

    public static readonly MenuEntry Entry = new("tov.menu", Command);

    public static FeatureResult Handle(FeatureContext context, string args)
    {
        var t = context.Texts;
        var session = context.Session;
        var parts = args.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var action = parts.ElementAtOrDefault(0) ?? "";
        if (action == "")
        {
            return new FeatureResult([TovCards.Hub(t, session)]);
        }

        if (action == "audience")
        {
            var chosen = TovAudience.Choose(session, t, parts.ElementAtOrDefault(1) ?? "");
            return new FeatureResult(chosen is null ? [new Reply(t["tov.draft.stale"]), TovCards.Hub(t, session)] : [chosen, TovCards.Hub(t, session)]);
        }

        if (action == "saved")
        {
            return new FeatureResult([TovCards.Saved(t, session)]);
        }

        // The current drafts again, each with its buttons (after acting on one draft of a pack).
        if (action == "drafts" && session.Drafts.Count > 0)
        {
            return new FeatureResult(session.Drafts
                .Select((draft, at) => TovCards.Draft(t, new ComposedDraft(ChannelRules.For(draft.Channel), draft.Text, draft.FromTemplate, null), at))
                .ToList());
        }

        // A press on a draft that is no longer shown (a newer draft replaced it) is stale.
        if (!int.TryParse(parts.ElementAtOrDefault(1), out var index) || index < 0 || index >= session.Drafts.Count
            || session.Drafts[index].Channel.ToString().ToLowerInvariant() != parts.ElementAtOrDefault(2))
        {
            return new FeatureResult([new Reply(t["tov.draft.stale"]), TovCards.Hub(t, session)]);
        }

        DraftChange? change = action switch
        {
            "shorter" => DraftChange.Shorter,
            "formal" => DraftChange.MoreFormal,
            "friendly" => DraftChange.Friendlier,
            "variant" => DraftChange.AnotherVariant,
            _ => null,
        };
        if (change is { } how)
        {
            return new FeatureResult([]) { Work = DraftWork.Change(index, how) };
        }

        if (action == "save")
        {
            var draft = session.Drafts[index];
            if (!session.SavedDrafts.Any(saved => saved.Text == draft.Text && saved.Channel == draft.Channel))
            {
                session.SavedDrafts.Add(draft);
                if (session.SavedDrafts.Count > SavedLimit)
                {
                    session.SavedDrafts.RemoveAt(0);
                }
            }

            return new FeatureResult([new Reply(t.Format("tov.draft.saved", ("count", session.SavedDrafts.Count)))
            {
                Buttons = AfterSave(t, session),
            }]);
        }

        return new FeatureResult([new Reply(t["error.stale"]), TovCards.Hub(t, session)]);
    }

    // Back to the other drafts of a pack (their buttons are on earlier messages, which a terminal cannot press).
    private static IReadOnlyList<IReadOnlyList<Button>> AfterSave(Texts.Texts t, Session session)
    {
        var rows = new List<IReadOnlyList<Button>>();
        if (session.Drafts.Count > 1)
        {
            rows.Add([new Button(t.Format("tov.button.drafts", ("count", session.Drafts.Count)), ButtonData.Command(Command, "drafts"))]);
        }

        rows.Add([new Button(t.Format("tov.button.saved", ("count", session.SavedDrafts.Count)), ButtonData.Command(Command, "saved")), new Button(t["tov.button.hub"], ButtonData.Command(Command))]);
        return rows;
    }

    /// <summary>A line for /status once a voice is saved.</summary>
    public static StatusPart? Status(FeatureContext context) =>
        context.Session.Tone is { } tone
            ? new StatusPart("tov", context.Texts.Format("tov.status", ("formality", context.Texts.Html("tov.formality.opt." + tone.Formality.ToString().ToLowerInvariant())), ("saved", context.Session.SavedDrafts.Count)), [])
            : null;
}
