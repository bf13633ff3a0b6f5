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
