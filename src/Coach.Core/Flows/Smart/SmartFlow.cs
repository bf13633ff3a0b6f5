using Coach.Core.Dialogue;
using Coach.Core.Domain.Kpi;
using Coach.Core.Domain.Smart;
using Coach.Core.Flows.Kpi;

namespace Coach.Core.Flows.Smart;

/// <summary>
/// SMART goals (domain §5): the goal type, the metric's current value, then the goal in the
/// user's words, checked until all five criteria pass; the result restates it canonically and
/// offers the KPIs of its type to compute right away.
/// </summary>
public static class SmartFlow
{
    public const string Id = "smart";

    public static FlowDefinition Create() => new(
        Id,
        [
            new StepDefinition("type", new ChoiceAnswer("sales", "awareness", "customers")),
            new StepDefinition("baseline", new BaselineAnswer()),
            new StepDefinition("goal", new SmartGoalAnswer()) { TakenKey = "smart.goal.taken" },
        ],
        Complete);

    public static string Key(string step) => DialogueStates.Of(Id, step);

    public static GoalType Type(Session session) =>
        Enum.TryParse<GoalType>(session.Answer(Key("type")), ignoreCase: true, out var type) ? type : GoalType.Sales;

    /// <summary>Checks a goal against the session's goal type and baseline, as of the input's day on the engine's clock.</summary>
    public static SmartCheck Run(StepContext context, string goal) =>
        SmartGoalChecker.Check(goal, Type(context.Session), NumberAnswer.Read(context.Session.Answer(Key("baseline"))), DateOnly.FromDateTime(context.Utc));

    private static FeatureResult Complete(StepContext context)
    {
        var check = Run(context, context.Session.Answer(Key("goal")) ?? "");
        var goal = SmartGoal.From(check, context.Utc);
        context.Session.Goals.Add(goal);
        var t = context.Texts;
        // The goal's own metric first when the calculator measures it (a CPC goal offers CPC), then its type's KPIs.
        var kpis = SmartGoalChecker.KpisFor(goal.Type)
            .Prepend(GoalMetrics.KpiOf(goal.Metric) ?? "")
            .Distinct()
            .Select(KpiCatalog.Find)
            .OfType<KpiMetric>()
            .Select(metric => new Button(KpiText.Name(t, metric), ButtonData.Open(KpiFlow.FlowId(metric))))
            .Select(button => (IReadOnlyList<Button>)[button])
            .Append([new Button(t["smart.button.another"], ButtonData.Open(Id)), new Button(t["button.menu"], ButtonData.Command("menu"))])
            .ToList();
        return new FeatureResult([new Reply(SmartCards.Result(t, check, goal)) { Buttons = kpis, Graded = true }]);
    }
}
