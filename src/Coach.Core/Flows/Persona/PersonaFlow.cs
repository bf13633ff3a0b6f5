using Coach.Core.Dialogue;
using Coach.Core.Domain.Persona;
using Coach.Core.Parsing;
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

    /// <summary>A persona saved before the choice existed has no answer to it and keeps its depth fields editable (declared before the flow, which reads it).</summary>
    public static readonly Condition DepthWanted = Condition.OnAnswer(DialogueStates.Of(Id, Depth), session => session.Answer(DialogueStates.Of(Id, Depth)) != SkipDepth, "depth is wanted");

    /// <summary>The flow, declared once: hubs and the document read its steps.</summary>
    public static FlowDefinition Definition { get; } = new(
        Id,
        [
            // The essentials first: who they are, what hurts, what they want and where to reach them (the channel plan reads those).
            new StepDefinition("name", new NameAnswer()),
            new StepDefinition("age", new AgeAnswer()),
            new StepDefinition("occupation", new TextAnswer(2, 100)),
            new StepDefinition("pains", new TextAnswer(2, 300)),
            new StepDefinition("motivation", new TextAnswer(2, 300)),
            new StepDefinition("channels", new MultiChoiceAnswer(1, Channels.Length, Channels)),
            // Then the depth, as one choice: the rest of the portrait, each question optional, or the card now.
            new StepDefinition(Depth, new ChoiceAnswer(AddDepth, SkipDepth) { YesNoValues = (AddDepth, SkipDepth) }),
            Deep("gender", new ChoiceAnswer("female", "male", "any")),
            Deep("income", new ChoiceAnswer("low", "middle", "above", "high")),
            Deep("education", new TextAnswer(2, 100)),
            Deep("family", new TextAnswer(2, 100)),
            Deep("interests", new TextAnswer(2, 300)),
            Deep("barriers", new TextAnswer(2, 300)),
            Deep("decision", new ChoiceAnswer("impulse", "compare", "advice", "committee")),
        ],
        Complete)
    {
        MenuCommand = PersonaHub.Command,
        ExampleVariant = BusinessExamples.Variant,
        // The section follows the saved personas, not the questions' answers (only the working copy
        // of the last persona made or edited): done with a persona, and one for every segment of a
        // differentiated strategy; a deleted one must not count.
        Done = session => PersonaSegments.Done(Segments(session), session.Personas),
        StatusLines = context => PersonaHub.StatusLines(context.Texts, context.Session),
        Summary = (_, context) => Texts.TextCatalog.Escape(string.Join(", ", context.Session.Personas.Select(p => p.Name))),
        // One field of a persona is edited from its card, as from the personas screen.
        EditButtons = context => context.Session.Personas
            .Select(p => new Button(context.Texts.Label("status.persona.edit", ("name", p.Name)), ButtonData.Command(PersonaHub.Command, "edit " + p.Id)))
            .ToList(),
    };

    public static string Key(string field) => DialogueStates.Of(Id, field);

    /// <summary>The choice after the essentials: "add" walks the depth questions, "skip" makes the card now.</summary>
    public const string Depth = "depth";

    public const string AddDepth = "add";

    public const string SkipDepth = "skip";

    private static StepDefinition Deep(string key, AnswerKind answer) => new(key, answer) { Optional = true, AppliesWhen = DepthWanted };

    /// <summary>The persona's own fields: every question but the depth choice.</summary>
    public static IEnumerable<StepDefinition> FieldSteps => Definition.Steps.Where(step => step.Key != Depth);

    /// <summary>The segments of the saved strategy (none unless it is differentiated).</summary>
    public static IReadOnlyList<string> Segments(Session session) => session.Coverage?.Segments ?? [];

    /// <summary>
    /// The persona's name; "Алсу, 34" is the name Алсу and the age 34, which the age question then
    /// offers to keep instead of asking again.
    /// </summary>
    public sealed class NameAnswer : AnswerKind
    {
        private static readonly TextAnswer Name = new(2, 40);

        public override AnswerCheck Check(string text, Texts.Texts texts)
        {
            var trimmed = text.Trim();
            if (PhraseReader.Read(trimmed, texts.Language) is [var age]
                && AgeAnswer.Read(trimmed[age.Start..], texts.Language) is { } years
                && AgeAnswer.OnlyAgeWords(trimmed[age.End..], texts.Language)
                && WithoutAgeLead(trimmed[..age.Start]) is { Length: >= 2 } name)
            {
                var check = Name.Check(name, texts);
                return check.Ok ? check with { Also = new Dictionary<string, string> { ["age"] = years } } : check;
            }

            return Name.Check(trimmed, texts);
        }

        // The name without the words that lead to the age after it: "Оля, около 30" is Оля, "Emma, aged 32" is Emma.
        private static string WithoutAgeLead(string before)
        {
            var name = before.TrimEnd(' ', ',', ';', '-', '—', '–', ':');
            while (name.LastIndexOf(' ') is var space and > 0 && LeadWords.Contains(name[(space + 1)..]))
            {
                name = name[..space].TrimEnd(' ', ',', ';', '-', '—', '–', ':');
            }

            return name;
        }

        private static readonly HashSet<string> LeadWords = WordTables.Numbers.Values
            .SelectMany(table => table.Approximately.Concat(table.AgeBefore ?? []))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

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

        persona.Fields = FieldSteps
            .Where(step => session.HasAnswer(step.AnswerKey) && step.AppliesTo(session))
            .ToDictionary(step => step.Key, step => session.Answer(step.AnswerKey)!);
        persona.UpdatedUtc = context.Utc;
        session.EditingPersonaId = null;
        session.PersonaSegment = null;
        return new FeatureResult([PersonaHub.Card(context.Texts, session, persona, made: true)]);
    }
}
