using Coach.Core.Dialogue;
using Coach.Core.Domain.Persona;
using PersonaRecord = Coach.Core.Domain.Persona.Persona;

namespace Coach.Core.Flows.Persona;

/// <summary>
/// The personas screen: list, view, make (one per segment of a differentiated strategy), link a
/// saved persona to a segment, edit one field, delete with a confirmation. Reached from the menu;
/// its buttons are "c:personas:…".
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
        var segments = PersonaFlow.Segments(session);
        switch (action)
        {
            case "new":
                return New(t, session, SegmentAt(segments, parts.ElementAtOrDefault(1)));
            case "next":
                return Next(t, session);
            case "link" when SegmentAt(segments, parts.ElementAtOrDefault(1)) is { } segment:
                return new FeatureResult([UseSaved(t, session, segment)]);
            case "assign" when persona is not null && parts.Length == 2 && segments.Count > 0:
                return new FeatureResult([SegmentChooser(t, session, persona)]);
            case "assign" when persona is not null && (parts.ElementAtOrDefault(2) == "none" || SegmentAt(segments, parts.ElementAtOrDefault(2)) is not null):
                return Assign(context, persona, SegmentAt(segments, parts.ElementAtOrDefault(2)));
            case "view" when persona is not null:
                return new FeatureResult([Card(t, session, persona)]);
            case "edit" when persona is not null:
                return new FeatureResult([FieldChooser(t, persona)]);
            case "field" when persona is not null && PersonaFlow.FieldSteps.FirstOrDefault(s => s.Key == parts.ElementAtOrDefault(2)) is { } step:
                PersonaFlow.Load(session, persona);
                // A depth field of a persona made with the essentials only: its question applies once it is edited.
                session.Answers[PersonaFlow.Key(PersonaFlow.Depth)] = PersonaFlow.AddDepth;
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
                Programme.SectionReads.Record(session, Programme.SectionReads.Personas);
                return new FeatureResult([new Reply(t.Format("persona.deleted", ("name", persona.Name))), List(t, session)]);
            case "":
                return new FeatureResult([List(t, session)]);
            default:
                return new FeatureResult([new Reply(t["error.stale"]), List(t, session)]);
        }
    }

    /// <summary>The button data that makes the next persona the strategy lacks ("personas next").</summary>
    public static string NextData => Data("next", "");

    private static FeatureResult New(Texts.Texts t, Session session, string? segment)
    {
        PersonaFlow.Load(session, null);
        session.EditingPersonaId = null;
        session.PersonaSegment = segment;
        var intro = segment is null ? [] : new[] { new Reply(t.Format("persona.for_segment", ("segment", segment))) };
        return new FeatureResult(intro) { ContinueAt = PersonaFlow.Key("name") };
    }

    /// <summary>
    /// The next persona the strategy lacks: for the first segment without one a new persona, or,
    /// when saved personas stand for no segment, the choice between linking one and a new one.
    /// </summary>
    private static FeatureResult Next(Texts.Texts t, Session session)
    {
        var segments = PersonaFlow.Segments(session);
        if (PersonaSegments.Missing(segments, session.Personas).FirstOrDefault() is not { } segment)
        {
            return New(t, session, null);
        }

        return PersonaSegments.Unassigned(segments, session.Personas).Count > 0
            ? new FeatureResult([UseSaved(t, session, segment)])
            : New(t, session, segment);
    }

    private static Reply UseSaved(Texts.Texts t, Session session, string segment)
    {
        var segments = PersonaFlow.Segments(session);
        var index = Index(segments, segment);
        var rows = PersonaSegments.Unassigned(segments, session.Personas)
            .Select(p => (IReadOnlyList<Button>)[new Button(t.Label("persona.button.use", ("name", p.Name)), Data("assign", $"{p.Id} {index}"))])
            .ToList();
        rows.Add([new Button(t.Label("persona.button.for_segment", ("segment", segment)), Data("new", index))]);
        return new Reply(t.Format("persona.link.saved", ("segment", segment))) { Buttons = rows };
    }

    private static Reply SegmentChooser(Texts.Texts t, Session session, PersonaRecord persona)
    {
        var segments = PersonaFlow.Segments(session);
        var rows = segments.Select((segment, i) =>
        {
            var holder = PersonaSegments.Of(segment, session.Personas);
            var label = holder is null || holder == persona
                ? segment
                : t.Label("persona.segment.taken", ("segment", segment), ("name", holder.Name));
            return (IReadOnlyList<Button>)[new Button(label, Data("assign", $"{persona.Id} {i}"))];
        }).ToList();
        rows.Add([new Button(t["persona.link.none"], Data("assign", $"{persona.Id} none"))]);
        return new Reply(t.Format("persona.link.which", ("name", persona.Name))) { Buttons = rows };
    }

    private static FeatureResult Assign(FeatureContext context, PersonaRecord persona, string? segment)
    {
        var t = context.Texts;
        var session = context.Session;
        var previous = PersonaSegments.Assign(persona, segment, session.Personas);
        persona.UpdatedUtc = context.Utc;
        Programme.SectionReads.Record(session, Programme.SectionReads.Personas);
        var lines = new List<string>
        {
            segment is null ? t.Format("persona.unlinked", ("name", persona.Name)) : t.Format("persona.linked", ("name", persona.Name), ("segment", segment)),
        };
        if (previous is not null)
        {
            lines.Add(t.Format("persona.link.replaced", ("name", previous.Name)));
        }

        var list = List(t, session);
        if (session.InProgramme)
        {
            // Linking is no flow of questions, so the programme's card does not follow by itself.
            list = list with { Buttons = [[new Button(t["persona.button.programme"], ButtonData.Command("programme"))], .. list.Buttons] };
        }

        return new FeatureResult([new Reply(string.Join("\n", lines)), list]);
    }

    public static Reply List(Texts.Texts t, Session session)
    {
        var segments = PersonaFlow.Segments(session);
        var rows = session.Personas.Select(p => (IReadOnlyList<Button>)[new Button(ListLabel(t, p, segments), Data("view", p.Id))]).ToList();
        var unassigned = PersonaSegments.Unassigned(segments, session.Personas).Count > 0;
        foreach (var segment in PersonaSegments.Missing(segments, session.Personas))
        {
            var index = Index(segments, segment);
            rows.Add(unassigned
                ? [new Button(t.Label("persona.button.for_segment", ("segment", segment)), Data("new", index)), new Button(t["persona.button.link_saved"], Data("link", index))]
                : [new Button(t.Label("persona.button.for_segment", ("segment", segment)), Data("new", index))]);
        }

        rows.Add([new Button(t["persona.button.new"], Data("new", "")), new Button(t["button.menu"], ButtonData.Command("menu"))]);
        var lines = new List<string> { session.Personas.Count == 0 ? t["persona.list.empty"] : t.Format("persona.list.title", ("count", session.Personas.Count)) };
        if (segments.Count > 0 && session.Personas.Count > 0)
        {
            lines.AddRange(SegmentLines(t, session));
        }

        return new Reply(string.Join("\n", lines)) { Buttons = rows };
    }

    /// <summary>Segment → persona, the segments still without one, and the personas whose segment is gone.</summary>
    public static IReadOnlyList<string> SegmentLines(Texts.Texts t, Session session)
    {
        var segments = PersonaFlow.Segments(session);
        var lines = segments.Select(segment => PersonaSegments.Of(segment, session.Personas) is { } persona
            ? t.Format("persona.segments.line", ("segment", segment), ("name", persona.Name))
            : t.Format("persona.segments.missing", ("segment", segment))).ToList();
        lines.AddRange(session.Personas.Where(p => PersonaSegments.Orphaned(p, segments))
            .Select(p => t.Format("persona.segments.orphan", ("name", p.Name), ("segment", p.Segment!))));
        return lines;
    }

    public static Reply Card(Texts.Texts t, Session session, PersonaRecord persona, bool made = false)
    {
        var segments = PersonaFlow.Segments(session);
        var lines = new List<string> { t.Format("persona.card.title", ("name", persona.Name)) };
        if (persona.Segment is { } segment)
        {
            lines.Add(PersonaSegments.Orphaned(persona, segments)
                ? t.Format("persona.card.orphan", ("segment", segment))
                : t.Format("persona.card.segment", ("segment", segment)));
        }

        foreach (var step in PersonaFlow.FieldSteps.Where(s => s.Key != "name"))
        {
            if (persona.Fields.TryGetValue(step.Key, out var value))
            {
                lines.Add(t.Format("status.answer", ("question", t.Html(step.ShortKey)), ("answer", step.Answer.Display(value, step, t))));
            }
        }

        var missing = PersonaSegments.Missing(segments, session.Personas);
        if (made && missing.Count > 0)
        {
            lines.Add("");
            lines.Add(t.Format("persona.segments.left", ("segments", string.Join(", ", missing.Select(s => t.Format("programme.value.quoted", ("text", s)))))));
        }

        var first = new List<Button> { new(t["persona.button.edit"], Data("edit", persona.Id)) };
        if (segments.Count > 0)
        {
            first.Add(new Button(t["persona.button.link"], Data("assign", persona.Id)));
        }

        first.Add(new Button(t["persona.button.delete"], Data("delete", persona.Id)));
        var rows = new List<IReadOnlyList<Button>> { first };
        // Walking the programme, its card follows with the next segment; outside it, the card offers it.
        if (made && missing.Count > 0 && !session.InProgramme)
        {
            rows.Add([new Button(t.Label("persona.button.for_segment", ("segment", missing[0])), Data("next", ""))]);
        }

        rows.Add([new Button(t["persona.button.all"], ButtonData.Command(Command))]);
        return new Reply(string.Join("\n", lines)) { Buttons = rows };
    }

    /// <summary>What /status shows for the personas: each one, then which segments still lack one.</summary>
    public static IReadOnlyList<string> StatusLines(Texts.Texts t, Session session)
    {
        if (session.Personas.Count == 0)
        {
            return [];
        }

        var lines = session.Personas.Select(p => StatusLine(t, p)).ToList();
        if (PersonaFlow.Segments(session).Count > 0 || session.Personas.Any(p => p.Segment is not null))
        {
            lines.AddRange(SegmentLines(t, session));
        }

        return lines;
    }

    private static string ListLabel(Texts.Texts t, PersonaRecord persona, IReadOnlyList<string> segments) => persona.Segment switch
    {
        null => "👤 " + persona.Name,
        { } segment when PersonaSegments.Orphaned(persona, segments) => t.Label("persona.button.orphan", ("name", persona.Name), ("segment", segment)),
        { } segment => t.Label("persona.button.of_segment", ("name", persona.Name), ("segment", segment)),
    };

    private static string? SegmentAt(IReadOnlyList<string> segments, string? index) =>
        int.TryParse(index, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var i) && i < segments.Count ? segments[i] : null;

    private static string Index(IReadOnlyList<string> segments, string segment) =>
        segments.ToList().FindIndex(s => PersonaSegments.Same(s, segment)).ToString(System.Globalization.CultureInfo.InvariantCulture);

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
        var buttons = PersonaFlow.FieldSteps
            .Select(step => new Button(t[step.ShortKey], Data("field", $"{persona.Id} {step.Key}")))
            .Chunk(2)
            .Select(row => (IReadOnlyList<Button>)row)
            .ToList();
        return new Reply(t.Format("persona.edit.which", ("name", persona.Name))) { Buttons = buttons };
    }

    private static string Data(string action, string argument) => ButtonData.Command(Command, $"{action} {argument}".Trim());
}
