using Coach.Core.Dialogue;
using Coach.Core.Domain.Smart;

namespace Coach.Core.Flows.Smart;

/// <summary>
/// The goal in the user's words, checked by <see cref="SmartGoalChecker"/> against the goal type and
/// baseline answered before. Until all five criteria pass, the re-prompt marks each ✅/❌ with a
/// coaching question for every missing one; the dialogue loops on this question.
/// </summary>
public sealed class SmartGoalAnswer : AnswerKind
{
    public override AnswerCheck Check(string text, Texts.Texts texts) =>
        text.Trim().Length < 5 ? AnswerCheck.Reject(texts["smart.goal.too_short"]) : AnswerCheck.Accept(text.Trim());

    public override AnswerCheck Check(string text, StepContext context)
    {
        var basic = Check(text, context.Texts);
        if (!basic.Ok)
        {
            return basic;
        }

        var check = SmartFlow.Run(context, basic.Value!);
        if (check.AllPassed)
        {
            return basic;
        }

        // No number or no deadline the rules could read ("к концу сезона"): the reader of last resort may restate the
        // goal with them in plain form; its rewrite is checked here again, as if typed.
        var verdict = SmartCards.Verdict(context.Texts, check);
        return check.Criteria.Any(c => c.Code is "no_number" or "no_deadline") ? AnswerCheck.Unread(verdict) : AnswerCheck.Reject(verdict);
    }
}
