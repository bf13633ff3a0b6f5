using Coach.Core.Dialogue;
using Coach.Core.Domain.Smart;
using Coach.Core.Flows.Kpi;

namespace Coach.Core.Flows.Smart;

/// <summary>
/// Today's value of the goal's metric: one number, as a <see cref="NumberAnswer"/> reads it. A whole goal typed here
/// ("снизить стоимость клика с 40 до 30 ₽ к концу мая") gives its own starting point, 40, and is kept as the answer to
/// the goal question, which checks it next (and is passed over when it passes). A goal with one number and no starting
/// point ("выйти на 480 заказов к июню") is refused, saying that number is the target.
/// </summary>
public sealed class BaselineAnswer : AnswerKind
{
    private static readonly NumberAnswer Number = new(0, 1_000_000_000_000);

    public override AnswerCheck Check(string text, Texts.Texts texts) => Number.Check(text, texts);

    public override AnswerCheck Check(string text, StepContext context)
    {
        var number = Number.Check(text, context.Texts);
        var goal = SmartGoalChecker.Check(text, SmartFlow.Type(context.Session), null, DateOnly.FromDateTime(context.Utc));
        if (number.Ok)
        {
            // One number inside a goal ("выйти на 480 заказов к июню", "reach 480 orders a month") is where the user
            // wants to get, not where they are: taken as today's value it would make the goal no growth at all.
            return goal.StatesTarget && goal.TargetValue is { } target
                ? AnswerCheck.Reject(context.Texts.Format("smart.baseline.is_target", ("target", Shown(context.Texts, target, goal.TargetIsPercent))))
                : number;
        }

        return goal.Metric is not null && goal.TargetValue is not null && goal.Baseline is { } start && start >= 0
            ? AnswerCheck.Accept(start.ToString(System.Globalization.CultureInfo.InvariantCulture)) with
            {
                Also = new Dictionary<string, string> { ["goal"] = text.Trim() },
            }
            : number;
    }

    private static string Shown(Texts.Texts texts, decimal value, bool percent) =>
        KpiText.Number(texts, value) + (percent ? "%" : "");
}
