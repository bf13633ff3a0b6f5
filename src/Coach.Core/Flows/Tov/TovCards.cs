using Coach.Core.Dialogue;
using Coach.Core.Domain.Tov;
using Coach.Core.Drafting;
using Coach.Core.Texts;

namespace Coach.Core.Flows.Tov;

/// <summary>The messages of the ToV section: the profile, a draft with its buttons, a check's report and review.</summary>
public static class TovCards
{
    public static Reply Profile(Texts.Texts t, ToneProfile profile, bool saved)
    {
        var lines = new List<string> { saved ? t["tov.profile.saved"] : t["tov.profile.title"] };
        lines.AddRange(ProfileLines(t, profile));
        return new Reply(string.Join("\n", lines)) { Buttons = Actions(t, hasProfile: true) };
    }

    /// <summary>The profile as lines of plain text (for the card after escaping, and for the document).</summary>
    public static IReadOnlyList<string> ProfileLines(Texts.Texts t, ToneProfile profile)
    {
        string Opt(string step, Enum value) => t.Format("status.answer", ("question", t.Html($"tov.{step}.short")), ("answer", t[$"tov.{step}.opt.{value.ToString().ToLowerInvariant()}"]));
        string Line(string step, string value) => t.Format("status.answer", ("question", t.Html($"tov.{step}.short")), ("answer", value.Length > 0 ? value : "—"));
        return
        [
            Opt("formality", profile.Formality),
            Opt("humor", profile.Humor),
            Opt("address", profile.Address),
            Line("message", profile.BrandMessage),
            Line("use", string.Join(", ", profile.WordsToUse)),
            Line("avoid", string.Join(", ", profile.WordsToAvoid)),
            Opt("emoji", profile.Emoji),
            Line("samples", profile.Samples.Length > 0 ? t["tov.samples.given"] : ""),
        ];
    }

    /// <summary>The ToV screen (/tov): the saved voice or what a voice is, and what can be done.</summary>
    public static Reply Hub(Texts.Texts t, Session session)
    {
        var audience = TovAudience.Line(t, session);
        var audienceButtons = TovAudience.Buttons(t, session);
        if (session.Tone is not { } profile)
        {
            var empty = audience is null ? t["tov.hub.empty"] : t["tov.hub.empty"] + "\n\n" + audience;
            return new Reply(empty) { Buttons = [.. audienceButtons, .. Actions(t, hasProfile: false, saved: session.SavedDrafts.Count)] };
        }

        var lines = new List<string> { t["tov.profile.title"] };
        lines.AddRange(ProfileLines(t, profile));
        if (audience is not null)
        {
            lines.Add("");
            lines.Add(audience);
        }

        return new Reply(string.Join("\n", lines)) { Buttons = [.. audienceButtons, .. Actions(t, hasProfile: true, saved: session.SavedDrafts.Count)] };
    }

    public static Reply? NoProfileHint(Session session, Texts.Texts t) =>
        session.Tone is null ? new Reply(t["tov.no_profile"]) : null;

    public static Reply Draft(Texts.Texts t, ComposedDraft draft, int index)
    {
        var channel = t["tov.channel.opt." + draft.Rule.Id];
        var lines = new List<string>
        {
            draft.FromTemplate ? t.Format("tov.draft.title.template", ("channel", channel)) : t.Format("tov.draft.title", ("channel", channel)),
        };
        if (draft.NoteKey is { } note)
        {
            lines.Add(t[note]);
        }

        lines.Add("");
        lines.Add(TextCatalog.Escape(draft.Text));
        lines.Add("");
        lines.Add(t.Format("tov.draft.rules", ("rules", DraftComposer.RulesText(draft.Rule, t))));
        string Data(string action) => ButtonData.Command(TovHub.Command, $"{action} {index} {draft.Rule.Id}");
        return new Reply(string.Join("\n", lines))
        {
            Buttons =
            [
                [new Button(t["tov.button.shorter"], Data("shorter")), new Button(t["tov.button.formal"], Data("formal")), new Button(t["tov.button.friendly"], Data("friendly"))],
                [new Button(t["tov.button.variant"], Data("variant")), new Button(t["tov.button.save"], Data("save"))],
            ],
        };
    }

    public static Reply Report(Texts.Texts t, TovReport report, ChannelRule? rule)
    {
        var lines = new List<string> { t.Format("tov.check.score", ("score", report.Score)) };
        if (rule is not null)
        {
            lines.Add(t.Format("tov.check.channel", ("channel", t["tov.channel.opt." + rule.Id])));
        }

        foreach (var finding in report.Findings)
        {
            var name = t.Html("tov.check.criterion." + finding.Criterion);
            lines.Add(finding.Passed
                ? t.Format("tov.check.passed", ("criterion", name))
                : t.Format("tov.check.failed", ("criterion", name), ("fix", t.Html(finding.FixKey!, [.. finding.FixArgs ?? []]))));
        }

        if (!report.Failed.Any())
        {
            lines.Add(t["tov.check.clean"]);
        }

        return new Reply(string.Join("\n", lines))
        {
            Buttons = [[new Button(t["tov.button.check_again"], ButtonData.Open(TovCheckFlow.Id)), new Button(t["tov.button.hub"], ButtonData.Command(TovHub.Command))]],
        };
    }

    /// <summary>The model's review, a note on why there is none, or nothing when no model is configured.</summary>
    public static IReadOnlyList<Reply> Review(Texts.Texts t, ModelReview review) => review switch
    {
        { Review: { } structured } => [new Reply(string.Join("\n", ReviewLines(t, structured)))],
        { NoteKey: { } note } => [new Reply(t[note.Replace("tov.note.", "tov.review.note.", StringComparison.Ordinal)])],
        _ => [],
    };

    // Coach's own frame: the title, the criteria in the user's language, the model's fixes as plain text.
    private static IEnumerable<string> ReviewLines(Texts.Texts t, ToneReview review)
    {
        yield return t["tov.review.title"];
        yield return "";
        if (review.Points.Count == 0)
        {
            yield return t["tov.review.fits"];
            yield break;
        }

        foreach (var point in review.Points)
        {
            yield return t.Format("tov.review.point", ("criterion", t.Html("tov.review.criterion." + ToneReview.NameOf(point.Criterion))), ("fix", point.Fix));
        }
    }

    public static Reply Saved(Texts.Texts t, Session session)
    {
        if (session.SavedDrafts.Count == 0)
        {
            return new Reply(t["tov.saved.empty"]) { Buttons = Actions(t, session.Tone is not null) };
        }

        var lines = new List<string> { t.Format("tov.saved.title", ("count", session.SavedDrafts.Count)) };
        foreach (var draft in session.SavedDrafts)
        {
            lines.Add("");
            lines.Add(t.Format("tov.saved.item", ("channel", t["tov.channel.opt." + draft.Channel.ToString().ToLowerInvariant()]), ("topic", draft.Topic)));
            lines.Add(TextCatalog.Escape(draft.Text));
        }

        return new Reply(string.Join("\n", lines)) { Buttons = Actions(t, session.Tone is not null) };
    }

    private static IReadOnlyList<IReadOnlyList<Button>> Actions(Texts.Texts t, bool hasProfile, int saved = 0)
    {
        var rows = new List<IReadOnlyList<Button>>
        {
            new[] { new Button(t[hasProfile ? "tov.button.edit" : "tov.button.setup"], ButtonData.Open(TovProfileFlow.Id)) },
            new[] { new Button(t["tov.button.draft"], ButtonData.Open(DraftFlow.Id)), new Button(t["tov.button.pack"], ButtonData.Open(PackFlow.Id)) },
            new[] { new Button(t["tov.button.check"], ButtonData.Open(TovCheckFlow.Id)) },
        };
        if (saved > 0)
        {
            rows.Add([new Button(t.Format("tov.button.saved", ("count", saved)), ButtonData.Command(TovHub.Command, "saved"))]);
        }

        rows.Add([new Button(t["button.menu"], ButtonData.Command("menu"))]);
        return rows;
    }
}
