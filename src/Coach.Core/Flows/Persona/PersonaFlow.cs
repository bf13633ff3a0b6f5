using Coach.Core.Dialogue;
using PersonaRecord = Coach.Core.Domain.Persona.Persona;

namespace Coach.Core.Flows.Persona;

/// <summary>
/// The persona questions (domain §3), one field each; optional fields can be skipped and the
/// channels are picked from buttons. The same questions make a new persona or, one field at a
/// time, edit a saved one; the hub (<see cref="PersonaHub"/>) lists, shows and deletes them.
/// </summary>
public static class PersonaFlow
{
    public const string Id = "persona";

    public static readonly string[] Channels =
        ["vk", "telegram", "instagram", "youtube", "search", "marketplaces", "email", "outdoor", "tv_radio", "blogs", "offline", "word_of_mouth"];

    /// <summary>The flow, declared once: hubs and the document read its steps.</summary>
    public static FlowDefinition Definition { get; } = new(
        Id,
        [
            new StepDefinition("name", new TextAnswer(2, 40)),
            new StepDefinition("age", new TextAnswer(1, 20)),
            new StepDefinition("gender", new ChoiceAnswer("female", "male", "any")) { Optional = true },
            new StepDefinition("occupation", new TextAnswer(2, 100)),
            new StepDefinition("income", new ChoiceAnswer("low", "middle", "above", "high")),
            new StepDefinition("education", new TextAnswer(2, 100)) { Optional = true },
            new StepDefinition("family", new TextAnswer(2, 100)) { Optional = true },
            new StepDefinition("interests", new TextAnswer(2, 300)),
            new StepDefinition("pains", new TextAnswer(2, 300)),
            new StepDefinition("motivation", new TextAnswer(2, 300)),
            new StepDefinition("barriers", new TextAnswer(2, 300)),
            new StepDefinition("channels", new MultiChoiceAnswer(1, Channels.Length, Channels)),
            new StepDefinition("decision", new ChoiceAnswer("impulse", "compare", "advice", "committee")),
        ],
        Complete)
    {
        MenuCommand = PersonaHub.Command,
        ExampleVariant = BusinessExamples.Variant,
        // The section is done while a saved persona exists: the questions' answers are only the
        // working copy of the last persona made or edited, and a deleted one must not count.
        Done = session => session.Personas.Count > 0,
        StatusLines = context => context.Session.Personas.Select(p => PersonaHub.StatusLine(context.Texts, p)).ToList(),
    };

    public static string Key(string field) => DialogueStates.Of(Id, field);

    /// <summary>Loads a persona into the questions' answers (or clears them for a new one).</summary>
    public static void Load(Session session, PersonaRecord? persona)
    {
        foreach (var step in Definition.Steps)
        {
            if (persona?.Fields.TryGetValue(step.Key, out var value) == true)
            {
                session.Answers[step.AnswerKey] = value;
            }
            else
            {
                session.Answers.Remove(step.AnswerKey);
            }
        }
    }

    private static FeatureResult Complete(StepContext context)
    {
        var session = context.Session;
        var persona = session.Personas.FirstOrDefault(p => p.Id == session.EditingPersonaId);
        if (persona is null)
        {
            persona = new PersonaRecord { Id = Guid.NewGuid().ToString("N")[..8], Segment = session.PersonaSegment };
            session.Personas.Add(persona);
        }

        persona.Fields = Definition.Steps
            .Where(step => session.HasAnswer(step.AnswerKey))
            .ToDictionary(step => step.Key, step => session.Answer(step.AnswerKey)!);
        persona.UpdatedUtc = DateTime.UtcNow;
        session.EditingPersonaId = null;
        session.PersonaSegment = null;
        return new FeatureResult([PersonaHub.Card(context.Texts, persona)]);
    }
}
