using System.Globalization;
using Coach.Core.Dialogue;
using Coach.Core.Domain.Smart;
using Coach.Core.Flows.Kpi;

namespace Coach.Core.Flows.Smart;

/// <summary>The SMART verdict (✅/❌ per criterion with coaching questions) and the canonical goal card.</summary>
public static class SmartCards
{
    public static string Verdict(Texts.Texts t, SmartCheck check)
    {
        var lines = new List<string> { t["smart.verdict.title"] };
        lines.AddRange(BaselineNote(t, check));
        lines.AddRange(Criteria(t, check));
        lines.Add(t["smart.verdict.again"]);
        return string.Join("\n", lines);
    }

    // Said, not silently taken: the goal's "from 300" replaced the 250 answered before.
    private static IEnumerable<string> BaselineNote(Texts.Texts t, SmartCheck check) =>
        check.ReplacedBaseline is { } given && check.Baseline is { } used
            ? [t.Format("smart.baseline.replaced", ("used", KpiText.Number(t, used)), ("given", KpiText.Number(t, given)))]
            : [];

    /// <summary>One line per criterion: ✅ or ❌, its name, and what it found or the coaching question.</summary>
    public static IEnumerable<string> Criteria(Texts.Texts t, SmartCheck check)
    {
        foreach (var criterion in check.Criteria)
        {
            var name = CriterionName(t, criterion.Criterion);
            var advice = t[$"smart.code.{criterion.Criterion.ToString().ToLowerInvariant()}.{criterion.Code}"];
            yield return criterion.Passed
                ? t.Format("smart.verdict.passed", ("criterion", name), ("advice", advice))
                : t.Format("smart.verdict.failed", ("criterion", name), ("advice", advice));
        }
    }

    public static string CriterionName(Texts.Texts t, SmartCriterion criterion) => t[$"smart.criterion.{criterion.ToString().ToLowerInvariant()}"];

    /// <summary>The metric as the restatement names it: the catalogue's name, or the counted thing in the user's word.</summary>
    public static string MetricName(Texts.Texts t, SmartGoal goal) =>
        goal.Metric == GoalMetrics.Count && goal.MetricName.Length > 0
            ? Coach.Core.Texts.TextCatalog.Plain(t.Format("smart.metric.count_named", ("words", goal.MetricName)))
            : t[$"smart.metric.{goal.Metric}"];

    public static string Result(Texts.Texts t, SmartCheck check, SmartGoal goal)
    {
        var lines = new List<string>
        {
            t["smart.result.title"],
            Restated(t, goal),
            t.Format("smart.result.words", ("goal", goal.Text)),
        };
        lines.AddRange(BaselineNote(t, check));

        if (check.GrowthWarning && check.ChangePerMonthPercent is { } perMonth)
        {
            lines.Add(t.Format("smart.result.ambitious", ("rate", KpiText.Percent(t, Math.Round(Math.Abs(perMonth), 1)))));
        }

        if (check[SmartCriterion.Specific].Code == "countable")
        {
            lines.Add(t[GoalMetrics.IsRate(goal.Metric) ? "smart.result.where" : "smart.result.where_from"]);
        }

        lines.Add(t[$"smart.result.kpis.{goal.Type.ToString().ToLowerInvariant()}"]);
        return string.Join("\n\n", lines);
    }

    /// <summary>The goal restated canonically: "Grow orders from 250 to 300 (+20%) by 2027-03-02." (the card and the document).</summary>
    public static string Restated(Texts.Texts t, SmartGoal goal)
    {
        // Growth from zero has no percentage: any target is infinitely many percent of nothing.
        var direction = goal.Baseline == 0 ? "from_zero" : goal.Direction == GoalDirection.Decrease ? "decrease" : "increase";
        return t.Format(
            $"smart.result.{direction}",
            ("metric", goal.Qualifier.Length > 0 ? $"{MetricName(t, goal)} {goal.Qualifier}" : MetricName(t, goal)),
            ("baseline", KpiText.Number(t, goal.Baseline)),
            ("target", KpiText.Number(t, goal.Target)),
            ("change", KpiText.Percent(t, Math.Abs(Math.Round(goal.ChangePercent, 1)))),
            ("due", t.Date(goal.Due)));
    }
}
