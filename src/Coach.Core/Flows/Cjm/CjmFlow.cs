using Coach.Core.Dialogue;
using Coach.Core.Domain.Cjm;

namespace Coach.Core.Flows.Cjm;

/// <summary>
/// The customer journey map (domain §4) for one persona: the five A's, each with what the
/// customer does, the touchpoints and the emotion (a scale of buttons), then one choice: add the
/// stage's details (the barriers and what helps, both optional) or go on to the next stage.
/// The result: the map as a picture and as text, the growth points (negative emotion with a
/// barrier) and every "what helps" as a channel task tagged with its role.
/// </summary>
public static class CjmFlow
{
    public const string Id = "cjm";

    public static readonly string[] Fields = ["actions", "touchpoints", "emotion", "barriers", "helps"];

    /// <summary>The fields asked only when the user opens a stage's details.</summary>
    public static readonly string[] DetailFields = ["barriers", "helps"];

    /// <summary>The step that opens (or skips) a stage's details; saved as "{stage}_details".</summary>
    public const string Details = "details";

    public const string AddDetails = "add";

    public const string SkipDetails = "skip";

    public static readonly string[] Emotions = ["m2", "m1", "z0", "p1", "p2"];

    public static string Key(string stage, string field) => DialogueStates.Of(Id, $"{stage}_{field}");

    /// <summary>The flow, declared once: hubs and the document read its steps.</summary>
    public static FlowDefinition Definition { get; } = new(
        Id,
        CjmMap.Stages.SelectMany(Stage).ToList(),
        Complete)
    {
        MenuCommand = CjmHub.Command,
        // The answers are a working copy of the last map walked: /status shows the saved maps, stage by stage.
        StatusLines = context => StatusLines(context.Texts, context.Session),
        Summary = (_, context) => string.Join("; ", context.Session.Cjms.Select(map => context.Texts.Format(
            "status.cjm.map",
            ("persona", map.PersonaName),
            ("growth", map.Steps.Where(s => s.IsGrowthPoint).Select(s => context.Texts[$"cjm.stage.{s.Stage}"]).ToList() is { Count: > 0 } growth
                ? context.Texts.Html("status.cjm.growth", ("stages", string.Join(", ", growth)))
                : context.Texts.Html("status.cjm.no_growth"))))),
        EditButtons = context => context.Session.Cjms.SelectMany(map => map.Steps.Select(step => new Button(
            context.Texts.Label("status.cjm.edit", ("persona", map.PersonaName), ("stage", context.Texts[$"cjm.stage.{step.Stage}"])),
            ButtonData.Command(CjmHub.Command, $"edit {map.PersonaId} {step.Stage}")))).ToList(),
        LoadForEdit = Load,
    };

    /// <summary>Loads the saved map of a persona into the questions' answers, to edit one of them; false when there is none.</summary>
    public static bool Load(Session session, string personaId)
    {
        if (session.Cjms.FirstOrDefault(m => m.PersonaId == personaId) is not { } map)
        {
            return false;
        }

        foreach (var step in map.Steps)
        {
            void Set(string field, string? value)
            {
                if (string.IsNullOrEmpty(value))
                {
                    session.Answers.Remove(Key(step.Stage, field));
                }
                else
                {
                    session.Answers[Key(step.Stage, field)] = value;
                }
            }

            Set("actions", step.Actions);
            Set("touchpoints", step.Touchpoints);
            Set("emotion", Emotions[Math.Clamp(step.Emotion + 2, 0, Emotions.Length - 1)]);
            Set(Details, step.Barriers is null && step.Helps is null ? SkipDetails : AddDetails);
            Set("barriers", step.Barriers);
            Set("helps", step.Helps);
        }

        session.CjmPersonaId = personaId;
        return true;
    }

    /// <summary>Each saved map on /status: the persona, then a line a stage naming it, and the barriers where there are some.</summary>
    public static IReadOnlyList<string> StatusLines(Texts.Texts t, Session session)
    {
        var lines = new List<string>();
        foreach (var map in session.Cjms)
        {
            lines.Add(t.Format("status.cjm.title", ("persona", map.PersonaName)));
            foreach (var step in map.Steps)
            {
                lines.Add(t.Format("status.cjm.stage", ("stage", t[$"cjm.stage.{step.Stage}"]), ("actions", step.Actions), ("touchpoints", step.Touchpoints), ("emotion", t[$"cjm.field.emotion.opt.{Emotions[Math.Clamp(step.Emotion + 2, 0, Emotions.Length - 1)]}"])));
                if (!string.IsNullOrWhiteSpace(step.Barriers))
                {
                    lines.Add(t.Format("status.cjm.barriers", ("barriers", step.Barriers)));
                }
            }
        }

        return lines;
    }

    public static int EmotionValue(string? saved) => Array.IndexOf(Emotions, saved) is var i and >= 0 ? i - 2 : 0;

    private static IEnumerable<StepDefinition> Stage(string stage)
    {
        // A map saved before the details choice existed has no answer to it and still asks its details,
        // so a session paused at a barriers question opens there.
        var details = Condition.OnAnswer(
            Key(stage, Details), session => session.Answer(Key(stage, Details)) != SkipDetails, $"{stage} details are wanted");
        foreach (var field in Fields.Except(DetailFields))
        {
            yield return Step(stage, field);
        }

        yield return new StepDefinition($"{stage}_{Details}", new ChoiceAnswer(AddDetails, SkipDetails) { YesNoValues = (AddDetails, SkipDetails) })
        {
            TextPrefix = $"cjm.field.{Details}",
            Why = "cjm.field.why",
        };
        foreach (var field in DetailFields)
        {
            yield return Step(stage, field, details);
        }
    }

    private static StepDefinition Step(string stage, string field, Condition? when = null)
    {
        AnswerKind answer = field == "emotion"
            ? new ChoiceAnswer(Emotions) { Columns = 5 }
            : new TextAnswer(2, 300);
        return new StepDefinition($"{stage}_{field}", answer)
        {
            TextPrefix = $"cjm.field.{field}",
            Example = answer.IsChoice ? null : $"cjm.example.{stage}.{field}",
            Why = "cjm.field.why",
            Optional = when is not null,
            AppliesWhen = when,
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
