using Coach.Core.Dialogue;
using PersonaRecord = Coach.Core.Domain.Persona.Persona;

namespace Coach.Core.Flows.Persona;

/// <summary>
/// The personas screen: list, view, make (one per segment of a differentiated strategy), edit
/// one field, delete with a confirmation. Reached from the menu; its buttons are "c:personas:…".
/// </summary>
public static class PersonaHub
{
    public const string Command = "personas";

    public static readonly CommandDefinition Definition = new(Command, Handle);

    public static FeatureResult Handle(FeatureContext context, string args)
    {
        var t = context.Texts;
        var session = context.Session;
        var parts = args.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var action = parts.ElementAtOrDefault(0) ?? "";
        var persona = session.Personas.FirstOrDefault(p => p.Id == parts.ElementAtOrDefault(1));
        switch (action)
        {
            case "new":
                var segments = session.Coverage?.Segments ?? [];
                var segment = int.TryParse(parts.ElementAtOrDefault(1), out var index) && index >= 0 && index < segments.Count ? segments[index] : null;
                PersonaFlow.Load(session, null);
                session.EditingPersonaId = null;
                session.PersonaSegment = segment;
                var intro = segment is null ? [] : new[] { new Reply(t.Format("persona.for_segment", ("segment", segment))) };
                return new FeatureResult(intro) { ContinueAt = PersonaFlow.Key("name") };
            case "view" when persona is not null:
                return new FeatureResult([Card(t, persona)]);
            case "edit" when persona is not null:
                return new FeatureResult([FieldChooser(t, persona)]);
            case "field" when persona is not null && PersonaFlow.Definition.Steps.FirstOrDefault(s => s.Key == parts.ElementAtOrDefault(2)) is { } step:
                PersonaFlow.Load(session, persona);
                session.EditingPersonaId = persona.Id;
                session.EditOnly = step.State;
                return new FeatureResult([]) { ContinueAt = step.State };
            case "delete" when persona is not null:
                session.PendingConfirmation = YesNo.Pending(Data("delete!", persona.Id), Data("view", persona.Id));
                return new FeatureResult([new Reply(t.Format("persona.delete.confirm", ("name", persona.Name)))
                {
                    Buttons = [[new Button(t["persona.delete.yes"], Data("delete!", persona.Id)), new Button(t["persona.delete.no"], Data("view", persona.Id))]],
                }]);
            case "delete!" when persona is not null:
                session.Personas.Remove(persona);
                return new FeatureResult([new Reply(t.Format("persona.deleted", ("name", persona.Name))), List(t, session)]);
            case "":
                return new FeatureResult([List(t, session)]);
            default:
                return new FeatureResult([new Reply(t["error.stale"]), List(t, session)]);
        }
    }

    public static Reply List(Texts.Texts t, Session session)
    {
        var rows = session.Personas.Select(p => (IReadOnlyList<Button>)[new Button("👤 " + p.Name, Data("view", p.Id))]).ToList();
        var segments = session.Coverage?.Segments ?? [];
        for (var i = 0; i < segments.Count; i++)
        {
            if (session.Personas.All(p => p.Segment != segments[i]))
            {
                rows.Add([new Button(t.Label("persona.button.for_segment", ("segment", segments[i])), Data("new", i.ToString(System.Globalization.CultureInfo.InvariantCulture)))]);
            }
        }

        rows.Add([new Button(t["persona.button.new"], Data("new", "")), new Button(t["button.menu"], ButtonData.Command("menu"))]);
        var text = session.Personas.Count == 0 ? t["persona.list.empty"] : t.Format("persona.list.title", ("count", session.Personas.Count));
        return new Reply(text) { Buttons = rows };
    }

    public static Reply Card(Texts.Texts t, PersonaRecord persona)
    {
        var lines = new List<string> { t.Format("persona.card.title", ("name", persona.Name)) };
        if (persona.Segment is { } segment)
        {
            lines.Add(t.Format("persona.card.segment", ("segment", segment)));
        }

        foreach (var step in PersonaFlow.Definition.Steps.Where(s => s.Key != "name"))
        {
            if (persona.Fields.TryGetValue(step.Key, out var value))
            {
                lines.Add(t.Format("status.answer", ("question", t.Html(step.ShortKey)), ("answer", step.Answer.Display(value, step, t))));
            }
        }

        return new Reply(string.Join("\n", lines))
        {
            Buttons =
            [
                [new Button(t["persona.button.edit"], Data("edit", persona.Id)), new Button(t["persona.button.delete"], Data("delete", persona.Id))],
                [new Button(t["persona.button.all"], ButtonData.Command(Command))],
            ],
        };
    }

    /// <summary>One line of /status for a saved persona: the name and the fields that sketch them.</summary>
    public static string StatusLine(Texts.Texts t, PersonaRecord persona)
    {
        var details = PersonaFlow.Definition.Steps
            .Where(step => StatusFields.Contains(step.Key) && persona.Fields.ContainsKey(step.Key))
            .Select(step => step.Answer.Display(persona.Fields[step.Key], step, t));
        return t.Format("persona.status.line", ("name", persona.Name), ("details", string.Join(", ", details)));
    }

    private static readonly string[] StatusFields = ["age", "occupation", "income"];

    private static Reply FieldChooser(Texts.Texts t, PersonaRecord persona)
    {
        var buttons = PersonaFlow.Definition.Steps
            .Select(step => new Button(t[step.ShortKey], Data("field", $"{persona.Id} {step.Key}")))
            .Chunk(2)
            .Select(row => (IReadOnlyList<Button>)row)
            .ToList();
        return new Reply(t.Format("persona.edit.which", ("name", persona.Name))) { Buttons = buttons };
    }

    private static string Data(string action, string argument) => ButtonData.Command(Command, $"{action} {argument}".Trim());
}
