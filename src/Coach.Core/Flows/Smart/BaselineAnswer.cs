using Coach.Core.Dialogue;
using Coach.Core.Domain.Smart;

namespace Coach.Core.Flows.Smart;

/// <summary>
/// Today's value of the goal's metric: one number, as a <see cref="NumberAnswer"/> reads it. A whole goal typed here
/// ("снизить стоимость клика с 40 до 30 ₽ к концу мая") gives its own starting point, 40, and is kept as the answer to
/// the goal question, which checks it next (and is passed over when it passes).
/// </summary>
public sealed class BaselineAnswer : AnswerKind
{
    private static readonly NumberAnswer Number = new(0, 1_000_000_000_000);

    public override AnswerCheck Check(string text, Texts.Texts texts) => Number.Check(text, texts);

    public override AnswerCheck Check(string text, StepContext context)
    {
        var number = Number.Check(text, context.Texts);
        if (number.Ok)
        {
            return number;
        }

        var goal = SmartGoalChecker.Check(text, SmartFlow.Type(context.Session), null, DateOnly.FromDateTime(context.Utc));
        return goal.Metric is not null && goal.TargetValue is not null && goal.Baseline is { } start && start >= 0
            ? AnswerCheck.Accept(start.ToString(System.Globalization.CultureInfo.InvariantCulture)) with
            {
                Also = new Dictionary<string, string> { ["goal"] = text.Trim() },
            }
            : number;
    }
}
