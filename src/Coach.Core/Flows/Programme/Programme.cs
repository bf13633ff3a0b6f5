using Coach.Core.Dialogue;
using Coach.Core.Flows.Channels;
using Coach.Core.Flows.Cjm;
using Coach.Core.Flows.Coverage;
using Coach.Core.Flows.Kpi;
using Coach.Core.Flows.Mix;
using Coach.Core.Flows.Persona;
using Coach.Core.Flows.Smart;
using Coach.Core.Flows.Tov;

namespace Coach.Core.Flows.Programme;

/// <summary>
/// "Build my strategy": every section in order (coverage → mix → personas → CJM → SMART → KPIs →
/// channels → tone of voice) with its state, the next one not done as a button, and a review flag on a section
/// when a value it reads (<see cref="SectionReads"/>) changed since it was finished, naming the change.
/// </summary>
public static class Programme
{
    public const string Command = "programme";

    public static readonly CommandDefinition Definition = new(Command, Handle);

    /// <summary>"/programme" shows the card; its "next" button starts walking: every finished section then offers the next.</summary>
    public static FeatureResult Handle(FeatureContext context, string args)
    {
        var session = context.Session;
        if (args.Trim() != "next" || Sections(session).FirstOrDefault(s => s.Done is null) is not { } next)
        {
            return new FeatureResult([Card(context.Texts, session, context.Utc)]);
        }

        session.InProgramme = true;
        // The whole plan is explained once; later sections are simply named.
        var started = Sections(session).Any(s => s.Done is not null);
        var intro = new Reply(context.Texts.Format(started ? "programme.continuing" : "programme.starting", ("section", context.Texts.Html($"programme.section.{next.Id}"))));
        var start = next.Id switch
        {
            "personas" => PersonaHub.Handle(context, "next"),
            "cjm" => CjmHub.Handle(context, ""),
            _ => new FeatureResult([]) { ContinueAt = FirstQuestion[next.Id] },
        };
        return start with { Replies = [intro, .. start.Replies] };
    }

    private static readonly Dictionary<string, string> FirstQuestion = new()
    {
        ["coverage"] = CoverageFlow.Key("product"),
        ["mix"] = DialogueStates.Of(MixFlow.Id, "business"),
        ["smart"] = SmartFlow.Key("type"),
        ["kpi"] = DialogueStates.Of(KpiFlow.Id, "metric"),
        ["channels"] = ChannelPlanFlow.Key("budget"),
        ["tov"] = TovProfileFlow.Key("formality"),
    };

    /// <summary>After a section is finished while walking the programme: the card with the next section.</summary>
    public static Reply? FollowUp(FeatureContext context, string flowId)
    {
        SectionReads.Finished(context.Session, flowId);
        if (!context.Session.InProgramme || flowId is MixFlow.Id or KpiFlow.Id || Learn.PracticeFlows.Owns(flowId))
        {
            return null;
        }

        var card = Card(context.Texts, context.Session, context.Utc);
        context.Session.InProgramme = Sections(context.Session).Any(s => s.Done is null);
        return card;
    }

    public static readonly MenuEntry Entry = new("programme.menu", Command);

    /// <summary>A section: its id, when it was last done (null: not yet), and the button data that opens it.</summary>
    public sealed record Section(string Id, DateTime? Done, string Open);

    public static IReadOnlyList<Section> Sections(Session session)
    {
        DateTime? At(string flow) => session.CompletedUtc.TryGetValue(flow, out var at) ? at : null;
        DateTime? Latest(IEnumerable<DateTime?> times) => times.Where(t => t is not null).Max();
        return
        [
            new("coverage", session.Coverage is not { } coverage ? null : At(CoverageFlow.Id) ?? coverage.CompletedUtc, ButtonData.Open(CoverageFlow.Id)),
            new("mix", MixFlow.Saved(session) is null ? null : Latest(MixFlow.Models.Keys.Select(m => At(MixFlow.FlowId(m)))), ButtonData.Open(MixFlow.Id)),
            new("personas", !PersonaFlow.Definition.IsDone(session) ? null : session.Personas.Max(p => p.UpdatedUtc), ButtonData.Command(PersonaHub.Command)),
            new("cjm", session.Cjms.Count == 0 ? null : session.Cjms.Max(m => m.UpdatedUtc), ButtonData.Command(CjmHub.Command)),
            new("smart", session.Goals.Count == 0 ? null : session.Goals.Max(g => g.CreatedUtc), ButtonData.Open(SmartFlow.Id)),
            new("kpi", session.KpiHistory.Count == 0 ? null : session.KpiHistory[^1].Utc, ButtonData.Open(KpiFlow.Id)),
            new("channels", At(ChannelPlanFlow.Id), ButtonData.Open(ChannelPlanFlow.Id)),
            new("tov", session.Tone is not { } tone ? null : At(TovProfileFlow.Id) ?? tone.UpdatedUtc, ButtonData.Command(TovHub.Command)),
        ];
    }

    /// <summary>What a done section read that changed since it was finished: empty when it needs no review.</summary>
    public static IReadOnlyList<Domain.Programme.InputChange> Review(Session session, Section section) =>
        section.Done is null ? [] : SectionReads.Changes(session, section.Id);

    /// <summary>For /status: what a flow's section rests on that changed since it was finished ("review it, the budget changed…"), or null.</summary>
    public static string? ReviewNote(FeatureContext context, string flowId)
    {
        var id = flowId == Persona.PersonaFlow.Id ? SectionReads.Personas : flowId;
        if (Sections(context.Session).FirstOrDefault(s => s.Id == id) is not { } section || Review(context.Session, section) is not { Count: > 0 } changes)
        {
            return null;
        }

        var t = context.Texts;
        return t.Format("status.review", ("changes", new Texts.Markup(string.Join("; ", changes.Select(c => SectionReads.Describe(t, c))))));
    }

    public static Reply Card(Texts.Texts t, Session session, DateTime utc)
    {
        var sections = Sections(session);
        var done = sections.Count(s => s.Done is not null);
        var lines = new List<string> { t.Format("programme.title", ("done", done), ("total", sections.Count)) };
        var rows = new List<IReadOnlyList<Button>>();
        var reviews = 0;
        for (var i = 0; i < sections.Count; i++)
        {
            var section = sections[i];
            var name = t.Html($"programme.section.{section.Id}");
            if (section.Done is null)
            {
                lines.Add(t.Format("programme.todo", ("n", i + 1), ("section", name)));
            }
            else if (Review(session, section) is { Count: > 0 } changes)
            {
                reviews++;
                lines.Add(t.Format("programme.review", ("n", i + 1), ("section", name), ("changes", new Texts.Markup(string.Join("; ", changes.Select(c => SectionReads.Describe(t, c)))))));
            }
            else
            {
                lines.Add(t.Format("programme.done", ("n", i + 1), ("section", name)));
            }
        }

        // Where the goal meets the plan: what the budget buys against the goal, or the number still missing.
        if (session.Goals.Count > 0)
        {
            var goal = GoalPlanLines.ForSession(session, t, utc);
            lines.Add("");
            lines.AddRange(goal.Lines);
            rows.AddRange(goal.Buttons.Select(b => (IReadOnlyList<Button>)[b]));
        }

        if (sections.FirstOrDefault(s => s.Done is null) is { } next)
        {
            rows.Add([new Button(t.Label("programme.next", ("section", t[$"programme.section.{next.Id}"])), ButtonData.Command(Command, "next"))]);
        }
        else
        {
            // Every section filled in is no reason to celebrate while some rest on answers changed since.
            lines.Add(t[reviews == 0 ? "programme.complete" : "programme.complete_review"]);
            rows.Add([new Button(t["programme.export"], ButtonData.Command("export"))]);
        }

        rows.AddRange(sections.Where(s => s.Done is not null).Select(s => (IReadOnlyList<Button>)[new Button(t.Label("programme.revisit", ("section", t[$"programme.section.{s.Id}"])), s.Open)]));
        rows.Add([new Button(t["button.menu"], ButtonData.Command("menu"))]);
        return new Reply(string.Join("\n", lines)) { Buttons = rows };
    }
}
