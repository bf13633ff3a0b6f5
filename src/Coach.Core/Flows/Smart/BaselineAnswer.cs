using System.Globalization;
using Coach.Core.Dialogue;
using Coach.Core.Domain.Smart;
using Coach.Core.Flows.Kpi;

namespace Coach.Core.Flows.Smart;

/// <summary>
/// Today's value of the goal's metric: one number, as a <see cref="NumberAnswer"/> reads it. A whole goal typed here
/// ("снизить стоимость клика с 40 до 30 ₽ к концу мая") gives its own starting point, 40, and is kept as the answer to
/// the goal question, which checks it next (and is passed over when it passes). A goal without a starting point
/// ("выйти на 480 заказов в месяц к июню", <see cref="BaselineReading"/>) is kept for the goal question too, and
/// today's value is asked again: its number is the target, and saving it as today's would make a goal of no growth.
/// Today's value followed by the goal in a clause of its own ("300, а хотим 500 к июню") gives both.
/// </summary>
public sealed class BaselineAnswer : AnswerKind
{
    private static readonly NumberAnswer Number = new(0, 1_000_000_000_000);

    public override AnswerCheck Check(string text, Texts.Texts texts) => Number.Check(text, texts);

    public override AnswerCheck Check(string text, StepContext context)
    {
        var number = Number.Check(text, context.Texts);
        var today = DateOnly.FromDateTime(context.Utc);
        var target = BaselineReading.IsTarget(text, today);
        if (number.Ok && !target)
        {
            return number;
        }

        var type = SmartFlow.Type(context.Session);
        var goal = SmartGoalChecker.Check(text, type, null, today);
        var keep = new Dictionary<string, string> { ["goal"] = text.Trim() };
        if (goal.Metric is not null && goal.TargetValue is not null && goal.Baseline is { } start && start >= 0)
        {
            return AnswerCheck.Accept(start.ToString(CultureInfo.InvariantCulture)) with { Also = keep };
        }

        // "300, а хотим 500 к июню": today's value, then the goal in a clause of its own.
        if (!number.Ok
            && BaselineReading.Split(text, today, part => SmartGoalChecker.Check(part, type, null, today).Metric is not null) is { } split
            && Number.Check(split.Today, context.Texts) is { Ok: true } first)
        {
            return first with { Also = new Dictionary<string, string> { ["goal"] = split.Goal } };
        }

        if (!target)
        {
            return number;
        }

        // Asked, not guessed: the goal is kept for its own question (shown there as the current answer), and the
        // refusal names the number it took for the target, with the way to say it is today's after all.
        var t = context.Texts;
        var problem = number.Ok && NumberAnswer.Read(number.Value) is { } value
            ? t.Format("smart.baseline.target", ("target", KpiText.Number(t, value)))
            : t["smart.baseline.target.plain"];
        return AnswerCheck.Reject(problem) with { Also = keep };
    }
}
