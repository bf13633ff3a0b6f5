using Coach.Core.Dialogue;
using Coach.Core.Domain.Cjm;

namespace Coach.Core.Flows.Cjm;

/// <summary>
/// The customer journey map (domain §4) for one persona: the five A's, each with what the
/// customer does, the touchpoints, the emotion (a scale of buttons), the barriers and what helps
/// (both optional). The result: the map as a picture and as text, the growth points (negative
/// emotion with a barrier) and every "what helps" as a channel task tagged with its role.
/// </summary>
public static class CjmFlow
{
    public const string Id = "cjm";

    public static readonly string[] Fields = ["actions", "touchpoints", "emotion", "barriers", "helps"];

    public static readonly string[] Emotions = ["m2", "m1", "z0", "p1", "p2"];

    public static string Key(string stage, string field) => DialogueStates.Of(Id, $"{stage}_{field}");

    /// <summary>The flow, declared once: hubs and the document read its steps.</summary>
    public static FlowDefinition Definition { get; } = new(
        Id,
        CjmMap.Stages.SelectMany(stage => Fields.Select(field => Step(stage, field))).ToList(),
        Complete)
    {
        MenuCommand = CjmHub.Command,
    };

    public static int EmotionValue(string? saved) => Array.IndexOf(Emotions, saved) is var i and >= 0 ? i - 2 : 0;

    private static StepDefinition Step(string stage, string field)
    {
        AnswerKind answer = field == "emotion"
            ? new ChoiceAnswer(Emotions) { Columns = 5 }
            : new TextAnswer(2, 300);
        return new StepDefinition($"{stage}_{field}", answer)
        {
            TextPrefix = $"cjm.field.{field}",
            Why = "cjm.field.why",
            Optional = field is "barriers" or "helps",
            Intro = field == "actions"
                ? context => new Reply(context.Texts.Format("cjm.stage.intro", ("n", CjmMap.Stages.ToList().IndexOf(stage) + 1), ("stage", context.Texts.Html($"cjm.stage.{stage}")), ("about", context.Texts.Html($"cjm.stage.{stage}.about"))))
                : null,
        };
    }

    private static FeatureResult Complete(StepContext context)
    {
        var session = context.Session;
        var persona = session.Personas.FirstOrDefault(p => p.Id == session.CjmPersonaId);
        var map = new CjmMap
        {
            PersonaId = persona?.Id ?? "",
            PersonaName = persona?.Name ?? "",
            UpdatedUtc = context.Utc,
            Steps = CjmMap.Stages.Select(stage => new CjmStage
            {
                Stage = stage,
                Actions = session.Answer(Key(stage, "actions")) ?? "",
                Touchpoints = session.Answer(Key(stage, "touchpoints")) ?? "",
                Emotion = EmotionValue(session.Answer(Key(stage, "emotion"))),
                Barriers = session.Answer(Key(stage, "barriers")),
                Helps = session.Answer(Key(stage, "helps")),
            }).ToList(),
        };
        session.Cjms.RemoveAll(m => m.PersonaId == map.PersonaId);
        session.Cjms.Add(map);
        session.CjmPersonaId = null;
        return new FeatureResult([CjmCards.Result(context.Texts, map)]);
    }
}
