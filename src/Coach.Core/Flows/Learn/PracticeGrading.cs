using Coach.Core.Dialogue;
using Coach.Core.Domain.Coverage;
using Coach.Core.Domain.Kpi;
using Coach.Core.Domain.Learn;
using Coach.Core.Domain.Smart;
using Coach.Core.Flows.Coverage;
using Coach.Core.Flows.Kpi;
using Coach.Core.Flows.Mix;
using Coach.Core.Flows.Smart;
using Coach.Core.Parsing;
using Coach.Core.Texts;

namespace Coach.Core.Flows.Learn;

/// <summary>
/// Grades an answered exercise with the same rules the wizards use (coverage advisor, mix
/// recommendation, KPI engine, SMART checker), records it in the progress and says why.
/// </summary>
public static class PracticeGrading
{
    public static FeatureResult Case(StepContext context)
    {
        var t = context.Texts;
        var session = context.Session;
        if (PracticeFlows.CurrentCase(session) is not { } practiceCase)
        {
            return Lost(t);
        }

        var recommendation = practiceCase.Recommendation;
        var picked = Enum.TryParse<CoverageStrategy>(session.Answer(DialogueStates.Of(PracticeFlows.Case, "strategy")), ignoreCase: true, out var p) ? p : recommendation.Strategy;
        var right = picked == recommendation.Strategy;
        var expected = t.Html($"coverage.name.{CoverageCards.Name(recommendation.Strategy)}");
        var lines = new List<string>
        {
            right
                ? t.Format("learn.case.right", ("strategy", expected))
                : t.Format("learn.case.wrong", ("picked", t.Html($"coverage.name.{CoverageCards.Name(picked)}")), ("strategy", expected)),
            t["coverage.rec.why"],
        };
        lines.AddRange(CoverageCards.Reasons(t, recommendation));
        if (!right && recommendation.RuledOut.All(r => r.Strategy != picked))
        {
            lines.Add(t.Format(
                "learn.case.fewer",
                ("picked", t.Html($"coverage.short.{CoverageCards.Name(picked)}")),
                ("picked_score", recommendation.Scores[picked]),
                ("strategy", t.Html($"coverage.short.{CoverageCards.Name(recommendation.Strategy)}")),
                ("score", recommendation.Scores[recommendation.Strategy])));
        }

        var outcomes = new List<(string Topic, bool Right)> { ("coverage", right) };
        if (practiceCase.AsksModel)
        {
            var model = MixFlow.Recommend(practiceCase.Business);
            var pickedModel = session.Answer(DialogueStates.Of(PracticeFlows.Case, "model")) ?? "";
            var modelRight = pickedModel == model;
            var name = t.Html($"mix.model.{model}");
            lines.Add(modelRight
                ? t.Format("learn.mix.right", ("model", name), ("why", t.Html($"mix.why.{practiceCase.Business}")))
                : t.Format("learn.mix.wrong", ("picked", MixFlow.Models.ContainsKey(pickedModel) ? t.Html($"mix.model.{pickedModel}") : new Markup("—")), ("model", name), ("why", t.Html($"mix.why.{practiceCase.Business}"))));
            outcomes.Add(("mix", modelRight));
        }

        return Finish(context, string.Join("\n", lines), outcomes);
    }

    public static FeatureResult Kpi(StepContext context)
    {
        var t = context.Texts;
        if (PracticeFlows.CurrentKpi(context.Session) is not { } exercise)
        {
            return Lost(t);
        }

        var typed = NumberAnswer.Read(context.Session.Answer(DialogueStates.Of(PracticeFlows.Kpi, "answer"))) ?? 0;
        var right = exercise.Accepts(typed);
        var value = KpiText.Value(t, exercise.Metric.Unit, exercise.Answer, NumberUnit.None);
        var lines = new List<string>
        {
            right
                ? t.Format("learn.kpi.right", ("value", value))
                : t.Format("learn.kpi.wrong", ("typed", KpiText.Value(t, exercise.Metric.Unit, typed, NumberUnit.None)), ("value", value)),
            t.Format("learn.kpi.solution", ("formula", new Markup(KpiCards.Formula(t, exercise.Result)))),
        };
        return Finish(context, string.Join("\n\n", lines), [(exercise.Metric.Id, right)]);
    }

    public static FeatureResult Smart(StepContext context)
    {
        var t = context.Texts;
        if (PracticeFlows.CurrentGoal(context.Session) is not { } goal)
        {
            return Lost(t);
        }

        var rewrite = context.Session.Answer(DialogueStates.Of(PracticeFlows.Smart, "goal")) ?? "";
        var check = SmartGoalChecker.Check(rewrite, goal.Type, goal.Baseline, DateOnly.FromDateTime(context.Utc));
        var keepsMetric = goal.Metric is null || check.Metric == goal.Metric;
        var passed = check.AllPassed && keepsMetric;
        var lines = new List<string>
        {
            passed ? t["learn.smart.right"]
            : check.AllPassed ? t.Format("learn.smart.other_metric", ("metric", t.Html($"smart.metric.{goal.Metric}")))
            : t.Format("learn.smart.wrong", ("criteria", string.Join(", ", check.Criteria.Where(c => !c.Passed).Select(c => SmartCards.CriterionName(t, c.Criterion))))),
        };
        lines.AddRange(SmartCards.Criteria(t, check));
        if (!passed)
        {
            if (!keepsMetric && !check.AllPassed)
            {
                lines.Add(t.Format("learn.smart.keep_metric", ("metric", t.Html($"smart.metric.{goal.Metric}"))));
            }

            lines.Add(t.Format("learn.smart.model", ("goal", goal.Better.GetValueOrDefault(t.Language) ?? goal.Better[Languages.English])));
        }

        return Finish(context, string.Join("\n", lines), [("smart", passed)]);
    }

    // Records the outcomes, moves the round on and offers what comes next.
    private static FeatureResult Finish(StepContext context, string feedback, IReadOnlyList<(string Topic, bool Right)> outcomes)
    {
        var t = context.Texts;
        var progress = context.Session.Learning;
        var exercise = progress.Current!;
        foreach (var (topic, right) in outcomes)
        {
            PracticeOrder.Record(progress, topic, right, context.Utc, t.Language);
        }

        progress.Current = null;
        var allRight = outcomes.All(o => o.Right);
        var rows = new List<IReadOnlyList<Button>>();
        var text = feedback;
        if (exercise.InRound)
        {
            progress.RoundAnswered++;
            progress.RoundRight += allRight ? 1 : 0;
            if (progress.Round.Count > 0)
            {
                rows.Add([new Button(t.Format("learn.button.next", ("n", progress.RoundAnswered + 1), ("total", progress.RoundAnswered + progress.Round.Count)), ButtonData.Command(LearnCommand.Name, LearnCommand.PracticeArg))]);
            }
            else
            {
                var perfect = progress.RoundRight == progress.RoundAnswered;
                text += "\n\n" + t.Format(perfect ? "learn.round.done.perfect" : "learn.round.done", ("right", progress.RoundRight), ("total", progress.RoundAnswered));
                rows.Add([new Button(t["learn.button.new_round"], ButtonData.Command(LearnCommand.Name, LearnCommand.PracticeArg))]);
            }
        }
        else
        {
            rows.Add([new Button(t["learn.button.another"], ButtonData.Command(LearnCommand.Name, $"{LearnCommand.PracticeArg} {exercise.Topic}"))]);
        }

        rows.Add([new Button(t["learn.button.progress"], ButtonData.Command(ProgressCommand.Name)), new Button(t["learn.button.topics"], ButtonData.Command(LearnCommand.Name))]);
        rows.Add([new Button(t["button.menu"], ButtonData.Command("menu"))]);
        return new FeatureResult([new Reply(text) { Buttons = rows, Graded = true }]);
    }

    // The exercise is gone (an older version's, or the content changed): say so and offer a new one.
    private static FeatureResult Lost(Texts.Texts t) => new(
    [
        new Reply(t["learn.lost"]) { Buttons = [[new Button(t["learn.button.practice"], ButtonData.Command(LearnCommand.Name, LearnCommand.PracticeArg))]] },
    ]);
}
