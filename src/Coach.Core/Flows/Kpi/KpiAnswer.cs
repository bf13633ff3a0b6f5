using Coach.Core.Dialogue;
using Coach.Core.Domain.Kpi;

namespace Coach.Core.Flows.Kpi;

/// <summary>An answer for one KPI input, read by <see cref="KpiInputReader"/> and checked like the calculator checks it.</summary>
public sealed class KpiAnswer(KpiInput input) : AnswerKind
{
    public KpiInput Input { get; } = input;

    public override AnswerCheck Check(string text, Texts.Texts texts) =>
        KpiInputReader.TryRead(Input, text, out var value, out var problem, texts.Language, phrase: true)
            ? AnswerCheck.Accept(KpiValueCodec.Encode(value))
            : Unreadable.Contains(problem) ? AnswerCheck.Unread(KpiText.Problem(texts, new KpiProblem(Input.Key, problem)))
            : AnswerCheck.Reject(KpiText.Problem(texts, new KpiProblem(Input.Key, problem)));

    // The reader's codes for text with no number it could read (not a value it refuses).
    private static readonly HashSet<string> Unreadable = ["notanumber", "morethanonenumber", "one_number", "rate", "duration", "empty"];

    public override string Display(string value, StepDefinition step, Texts.Texts texts) =>
        KpiValueCodec.Decode(value) is { } decoded ? KpiText.Input(texts, Input, decoded, default) : value;
}
