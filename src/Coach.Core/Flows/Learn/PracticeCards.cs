using Coach.Core.Dialogue;
using Coach.Core.Domain.Kpi;
using Coach.Core.Domain.Learn;
using Coach.Core.Flows.Kpi;
using Coach.Core.Flows.Smart;
using Coach.Core.Parsing;
using Coach.Core.Texts;

namespace Coach.Core.Flows.Learn;

/// <summary>What an exercise says before its question: the case, the KPI problem, the goal to fix.</summary>
public static class PracticeCards
{
    public static Reply? CaseIntro(StepContext context)
    {
        var t = context.Texts;
        if (PracticeFlows.CurrentCase(context.Session) is not { } practiceCase)
        {
            return null;
        }

        var text = practiceCase.Text.GetValueOrDefault(t.Language) ?? practiceCase.Text[Languages.English];
        var ask = practiceCase.AsksModel ? t["learn.case.ask_both"] : t["learn.case.ask"];
        return new Reply(string.Join("\n\n", Header(context), t.Format("learn.case.text", ("text", text)), ask));
    }

    public static Reply? KpiIntro(StepContext context)
    {
        var t = context.Texts;
        if (PracticeFlows.CurrentKpi(context.Session) is not { } exercise)
        {
            return null;
        }

        var args = exercise.Metric.Inputs
            .Where(input => exercise.Values.ContainsKey(input.Key))
            .Select(input => (input.Key, (object?)Given(t, input, exercise.Values[input.Key])))
            .ToArray();
        // A tolerance of a percentage is in percentage points: "±0.5%" would read as a share of the answer.
        var tolerance = exercise.Metric.Unit == KpiUnit.Percent
            ? t.Format("learn.kpi.points", ("n", KpiText.Number(t, exercise.Tolerance)))
            : KpiText.Value(t, exercise.Metric.Unit, exercise.Tolerance, NumberUnit.None);
        return new Reply(string.Join(
            "\n\n",
            Header(context),
            t.Format($"learn.kpi.problem.{exercise.Metric.Id}", args),
            t.Format("learn.kpi.tolerance", ("tolerance", tolerance))));
    }

    public static Reply? SmartIntro(StepContext context)
    {
        var t = context.Texts;
        if (PracticeFlows.CurrentGoal(context.Session) is not { } goal)
        {
            return null;
        }

        var type = t[$"smart.type.opt.{goal.Type.ToString().ToLowerInvariant()}"];
        return new Reply(string.Join(
            "\n\n",
            Header(context),
            t.Format("learn.smart.task", ("type", type), ("baseline", KpiText.Number(t, goal.Baseline)), ("goal", goal.Goal.GetValueOrDefault(t.Language) ?? goal.Goal[Languages.English])),
            t.Format("learn.smart.fails", ("criteria", string.Join(", ", goal.Fails.Select(c => SmartCards.CriterionName(t, c)))))));
    }

    // A problem states money per period as a report would ("14,500 a year"), not as the formula divides it.
    private static string Given(Texts.Texts t, KpiInput input, KpiValue value) =>
        input.Kind == KpiInputKind.MonthlyMoney && value.Per is { } per
            ? t.Format($"kpi.per.{per.ToString().ToLowerInvariant()}", ("n", KpiText.Money(t, value.Parts[0], NumberUnit.None)))
            : KpiText.Input(t, input, value, NumberUnit.None);

    /// <summary>"Exercise 2 of 5 · CAC" in a round, "Exercise · CAC" outside one.</summary>
    private static string Header(StepContext context)
    {
        var t = context.Texts;
        var progress = context.Session.Learning;
        var topic = TopicName(t, progress.Current?.Topic ?? "");
        if (progress.Current is { InRound: true })
        {
            var total = progress.RoundAnswered + progress.Round.Count + 1;
            return t.Format("learn.exercise.round", ("n", progress.RoundAnswered + 1), ("total", total), ("topic", topic));
        }

        return t.Format("learn.exercise.single", ("topic", topic));
    }

    /// <summary>A practice topic's name: a topic of /learn, shown by its short label.</summary>
    public static string TopicName(Texts.Texts t, string topic) =>
        LearnTopics.Find(topic) is { } found ? found.Metric is null ? LearnTopics.Title(t, found) : LearnTopics.Label(t, found) : topic;
}
