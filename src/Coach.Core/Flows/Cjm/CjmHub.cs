using Coach.Core.Dialogue;

namespace Coach.Core.Flows.Cjm;

/// <summary>The journey map's entry: pick the persona to map (a persona must exist first).</summary>
public static class CjmHub
{
    public const string Command = "cjm";

    public static readonly CommandDefinition Definition = new(Command, Handle);

    public static FeatureResult Handle(FeatureContext context, string args)
    {
        var t = context.Texts;
        var session = context.Session;
        var parts = args.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts is ["start", var id] && session.Personas.FirstOrDefault(p => p.Id == id) is { } persona)
        {
            foreach (var step in CjmFlow.Definition.Steps)
            {
                session.Answers.Remove(step.AnswerKey);
            }

            session.CjmPersonaId = persona.Id;
            return new FeatureResult([new Reply(t.Format("cjm.start", ("persona", persona.Name)))])
            {
                ContinueAt = CjmFlow.Definition.Steps[0].State,
            };
        }

        // One stage of a saved map, from /status: its answers, to pick the one to change.
        if (parts is ["edit", var mapped, var stage] && session.Cjms.FirstOrDefault(m => m.PersonaId == mapped) is { } map
            && map.Steps.FirstOrDefault(s => s.Stage == stage) is { } shown)
        {
            var fields = CjmFlow.Fields.Where(f => f is not ("barriers" or "helps") || shown.Barriers is not null || shown.Helps is not null);
            var buttons = fields.Select(f => new Button(t.Label("status.edit", ("answer", t[$"cjm.field.{f}.short"])), ButtonData.Command("status", $"e {CjmFlow.Key(stage, f)} {map.PersonaId}")))
                .Chunk(2).Select(row => (IReadOnlyList<Button>)row).ToList();
            buttons.Add([new Button(t["status.back"], ButtonData.Command("status", CjmFlow.Id))]);
            return new FeatureResult([new Reply(t.Format("cjm.edit.which", ("persona", map.PersonaName), ("stage", t[$"cjm.stage.{stage}"]))) { Buttons = buttons }]);
        }

        if (session.Personas.Count == 0)
        {
            return new FeatureResult([new Reply(t["cjm.no_persona"])
            {
                Buttons = [[new Button(t["persona.button.new"], ButtonData.Command(Flows.Persona.PersonaHub.Command, "new"))]],
            }]);
        }

        // Each persona with its segment, so a differentiated strategy's maps are picked by segment.
        var segments = Persona.PersonaFlow.Segments(session);
        var rows = session.Personas
            .Select(p => (IReadOnlyList<Button>)[new Button(
                (session.Cjms.Any(m => m.PersonaId == p.Id) ? "✅ " : "🗺 ") + (p.Segment is { } segment && !Domain.Persona.PersonaSegments.Orphaned(p, segments) ? t.Label("cjm.button.persona_segment", ("name", p.Name), ("segment", segment)) : p.Name),
                ButtonData.Command(Command, "start " + p.Id))])
            .ToList();
        return new FeatureResult([new Reply(t[segments.Count > 0 ? "cjm.choose_segment" : "cjm.choose"]) { Buttons = rows }]);
    }
}
