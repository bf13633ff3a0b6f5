using System.Globalization;
using Coach.Core.Parsing;

namespace Coach.Core.Dialogue;

/// <summary>The outcome of checking an answer: its canonical value, or what was wrong.</summary>
public readonly record struct AnswerCheck(string? Value, string? Problem)
{
    public bool Ok => Value is not null;

    public static AnswerCheck Accept(string value) => new(value, null);

    public static AnswerCheck Reject(string problemHtml) => new(null, problemHtml);
}

/// <summary>What kind of answer a step takes and how it is validated.</summary>
public abstract class AnswerKind
{
    /// <summary>Checks typed text. The problem, if any, is a sentence in the user's language.</summary>
    public abstract AnswerCheck Check(string text, Texts.Texts texts);

    /// <summary>Checks typed text against earlier answers too (a goal against its baseline); by default the text alone.</summary>
    public virtual AnswerCheck Check(string text, StepContext context) => Check(text, context.Texts);

    /// <summary>How a saved answer is shown back to the user (status, "current answer").</summary>
    public virtual string Display(string value, StepDefinition step, Texts.Texts texts) => value;

    public virtual bool IsChoice => false;
}

/// <summary>A closed choice answered with buttons.</summary>
public sealed class ChoiceAnswer(params string[] values) : AnswerKind
{
    public IReadOnlyList<string> Values { get; } = values;

    /// <summary>Buttons per row: 1 for sentences, more for short labels.</summary>
    public int Columns { get; init; } = 1;

    /// <summary>
    /// True when the values are numbers people type as such (a horizon of 6, 9 or 12 months):
    /// a typed number is then read as a value, never as a button's number.
    /// </summary>
    public bool TypedNumbersAreValues { get; init; }

    public override bool IsChoice => true;

    public static string LabelKey(StepDefinition step, string value) => $"{step.TextPrefix ?? step.State}.opt.{value}";

    // Typed text is matched to labels by the engine (it knows the step); here only values count.
    public override AnswerCheck Check(string text, Texts.Texts texts) =>
        Values.Contains(text) ? AnswerCheck.Accept(text)
        : AnswerCheck.Reject(TypedNumbersAreValues ? texts.Format("error.choice.values", ("values", string.Join(", ", Values))) : texts["error.choice"]);

    public override string Display(string value, StepDefinition step, Texts.Texts texts) =>
        texts[LabelKey(step, value)];
}

/// <summary>Free text of a bounded length.</summary>
public sealed class TextAnswer(int minLength, int maxLength) : AnswerKind
{
    public override AnswerCheck Check(string text, Texts.Texts texts)
    {
        var value = text.Trim();
        if (value.Length < minLength)
        {
            return AnswerCheck.Reject(texts.Format("error.text.short", ("min", minLength)));
        }

        return value.Length > maxLength
            ? AnswerCheck.Reject(texts.Format("error.text.long", ("max", maxLength), ("length", value.Length)))
            : AnswerCheck.Accept(value);
    }
}

/// <summary>A number as people type it ("90 000", "1,5 млн", "90k"), within bounds.</summary>
public sealed class NumberAnswer(decimal min, decimal max, bool wholeNumber = false, NumberUnit unit = NumberUnit.None) : AnswerKind
{
    public decimal Min { get; } = min;

    public decimal Max { get; } = max;

    public override AnswerCheck Check(string text, Texts.Texts texts)
    {
        if (!NumberParser.TryParse(text, out var number, out var error, allowNegative: true, texts.Language))
        {
            return AnswerCheck.Reject(texts["error.number." + error.ToString().ToLowerInvariant()]);
        }

        var value = number.Value;
        if (value < 0 && Min >= 0)
        {
            return AnswerCheck.Reject(texts["error.number.negative"]);
        }

        if (wholeNumber && value != decimal.Truncate(value))
        {
            return AnswerCheck.Reject(texts["error.number.whole"]);
        }

        if (value < Min)
        {
            return AnswerCheck.Reject(texts.Format("error.number.min", ("min", Show(Min, texts))));
        }

        return value > Max
            ? AnswerCheck.Reject(texts.Format("error.number.max", ("max", Show(Max, texts))))
            : AnswerCheck.Accept(value.ToString(CultureInfo.InvariantCulture));
    }

    public override string Display(string value, StepDefinition step, Texts.Texts texts) =>
        decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number)
            ? Show(number, texts)
            : value;

    private string Show(decimal value, Texts.Texts texts) => NumberFormatter.Format(value, texts.Language, unit);

    /// <summary>Reads a saved answer back.</summary>
    public static decimal? Read(string? saved) =>
        saved is not null && decimal.TryParse(saved, NumberStyles.Number, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
}

/// <summary>A short list of names, one per line or separated by commas or semicolons.</summary>
public sealed class ListAnswer(int minItems, int maxItems, int maxItemLength) : AnswerKind
{
    private static readonly char[] Separators = ['\n', ',', ';'];

    public static IReadOnlyList<string> Split(string? saved) =>
        saved is null ? [] : saved.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public override AnswerCheck Check(string text, Texts.Texts texts)
    {
        var items = text.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(item => item.TrimStart('-', '•', '*', ' ').Trim())
            .Where(item => item.Length > 0)
            .ToList();
        if (items.Count < minItems || items.Count > maxItems)
        {
            return AnswerCheck.Reject(texts.Format("error.list.count", ("min", minItems), ("max", maxItems), ("count", items.Count)));
        }

        var tooLong = items.FirstOrDefault(item => item.Length > maxItemLength);
        if (tooLong is not null)
        {
            return AnswerCheck.Reject(texts.Format("error.list.long", ("item", tooLong), ("max", maxItemLength)));
        }

        var duplicate = items.GroupBy(item => item, StringComparer.CurrentCultureIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        return duplicate is not null
            ? AnswerCheck.Reject(texts.Format("error.list.duplicate", ("item", duplicate.Key)))
            : AnswerCheck.Accept(string.Join('\n', items));
    }

    public override string Display(string value, StepDefinition step, Texts.Texts texts) =>
        string.Join(", ", Split(value));
}

/// <summary>
/// Several options from buttons: each press toggles one, "Done" confirms. Typed text may name
/// the options separated by commas. Saved as the values joined by commas.
/// </summary>
public sealed class MultiChoiceAnswer(int min, int max, params string[] values) : AnswerKind
{
    /// <summary>The value of the "Done" button.</summary>
    public const string Done = "!";

    public IReadOnlyList<string> Values { get; } = values;

    public int Min { get; } = min;

    public int Max { get; } = max;

    public int Columns { get; init; } = 2;

    public override bool IsChoice => true;

    public static IReadOnlyList<string> Split(string? saved) =>
        saved is null ? [] : saved.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Checks a selection (option values).</summary>
    public AnswerCheck CheckSelection(IReadOnlyList<string> selected, Texts.Texts texts)
    {
        if (selected.Any(value => !Values.Contains(value)))
        {
            return AnswerCheck.Reject(texts["error.choice"]);
        }

        return selected.Count < Min || selected.Count > Max
            ? AnswerCheck.Reject(texts.Format("error.multi.count", ("min", Min), ("max", Max)))
            : AnswerCheck.Accept(string.Join(',', Values.Where(selected.Contains)));
    }

    // Typed text is matched to labels by the engine; here only values count.
    public override AnswerCheck Check(string text, Texts.Texts texts) => CheckSelection(Split(text), texts);

    public override string Display(string value, StepDefinition step, Texts.Texts texts) =>
        string.Join(", ", Split(value).Select(v => texts[ChoiceAnswer.LabelKey(step, v)]));
}
