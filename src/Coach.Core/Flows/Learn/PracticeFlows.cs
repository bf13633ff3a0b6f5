using Coach.Core.Dialogue;
using Coach.Core.Domain.Learn;
using Coach.Core.Flows.Mix;

namespace Coach.Core.Flows.Learn;

/// <summary>
/// The three kinds of exercise, each a small flow reached only from /learn: a business case
/// (pick the coverage strategy, and for some cases the mix model), a KPI problem (type the
/// number), a flawed SMART goal (type the rewrite). The exercise itself lives in
/// <see cref="LearningProgress.Current"/>, so leaving and coming back, or a restart, shows the same one.
/// </summary>
public static class PracticeFlows
{
    public const string Case = "learn_case";
    public const string Kpi = "learn_kpi";
    public const string Smart = "learn_smart";

    // The exercise's own header says "Exercise 2 of 5": a "1/1" of the flow's steps beside it only confuses.
    private const string NoPosition = "learn.question.header";

    public static readonly Condition AsksModel = new(
        session => CurrentCase(session)?.AsksModel == true, "the case asks for the mix model too");

    public static IEnumerable<FlowDefinition> Create()
    {
        yield return new FlowDefinition(
            Case,
            [
                new StepDefinition("strategy", new ChoiceAnswer("mass", "differentiated", "concentrated")) { Intro = PracticeCards.CaseIntro, Nonce = ExerciseToken },
                new StepDefinition("model", new ChoiceAnswer([.. MixFlow.Models.Keys]) { Columns = 3 }) { AppliesWhen = AsksModel, Nonce = ExerciseToken, Reentry = PracticeCards.CaseIntro },
            ],
            PracticeGrading.Case)
        {
            InMenu = false,
            Aside = true,
            HeaderKey = NoPosition,
        };

        // Answers are read as numbers people type, with the exercise in mind (see KpiPracticeAnswer).
        yield return new FlowDefinition(Kpi, [new StepDefinition("answer", new KpiPracticeAnswer()) { Intro = PracticeCards.KpiIntro }], PracticeGrading.Kpi)
        {
            InMenu = false,
            Aside = true,
            HeaderKey = NoPosition,
        };

        yield return new FlowDefinition(Smart, [new StepDefinition("goal", new TextAnswer(5, 300)) { Intro = PracticeCards.SmartIntro }], PracticeGrading.Smart)
        {
            InMenu = false,
            Aside = true,
            HeaderKey = NoPosition,
        };
    }

    // Every case asks the same questions, so a button of the previous case would answer this one: the
    // exercise's seed on the buttons tells them apart.
    private static string? ExerciseToken(Session session) =>
        session.Learning.Current?.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>True for the practice flows' ids (the programme does not follow them up).</summary>
    public static bool Owns(string flowId) => flowId is Case or Kpi or Smart;

    /// <summary>The flow that asks a topic's exercises.</summary>
    public static string FlowOf(string topic) => topic switch
    {
        "coverage" or "mix" => Case,
        "smart" => Smart,
        _ => Kpi,
    };

    public static string FirstQuestion(string topic) => FlowOf(topic) switch
    {
        Case => DialogueStates.Of(Case, "strategy"),
        Smart => DialogueStates.Of(Smart, "goal"),
        _ => DialogueStates.Of(Kpi, "answer"),
    };

    public static PracticeCase? CurrentCase(Session session) =>
        session.Learning.Current is { ItemId: { } id } exercise && FlowOf(exercise.Topic) == Case ? PracticeContent.Case(id) : null;

    public static FlawedGoal? CurrentGoal(Session session) =>
        session.Learning.Current is { ItemId: { } id, Topic: "smart" } ? PracticeContent.Goal(id) : null;

    public static KpiExercise? CurrentKpi(Session session) =>
        session.Learning.Current is { } exercise && FlowOf(exercise.Topic) == Kpi && KpiExercises.Covers(exercise.Topic)
            ? KpiExercises.Make(exercise.Topic, exercise.Seed)
            : null;
}
