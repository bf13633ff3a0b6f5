using System.Globalization;
using Coach.Core.Parsing;

namespace Coach.Core.Dialogue;

/// <summary>The outcome of checking an answer: its canonical value, or what was wrong.</summary>
public readonly record struct AnswerCheck(string? Value, string? Problem)
{
    public bool Ok => Value is not null;

    /// <summary>Answers to other questions of the same flow the text also gave ("Алсу, 34": the age), by step key; kept also when the answer itself is refused (a goal typed for today's value).</summary>
    public IReadOnlyDictionary<string, string>? Also { get; init; }

    /// <summary>
    /// True when the rules found nothing they could read (no number at all, or several where one is asked), rather than
    /// a value they refuse: only such an answer may go to the reader of last resort (<see cref="IAnswerReader"/>).
    /// </summary>
    public bool Unreadable { get; init; }

    public static AnswerCheck Accept(string value) => new(value, null);

    public static AnswerCheck Reject(string problemHtml) => new(null, problemHtml);

    /// <summary>A refusal because nothing in the text could be read.</summary>
    public static AnswerCheck Unread(string problemHtml) => new(null, problemHtml) { Unreadable = true };
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

    /// <summary>
    /// False when typed words must not pick a button by its label's words (<see cref="OptionMatcher.MatchWords"/>): a
    /// list of names whose words are shared ("Выручка/клиент", "Cost per sale" would take "клиенты", "sales").
    /// </summary>
    public bool PickByWords { get; init; } = true;

    /// <summary>
    /// The values a plain "да"/"нет" stands for on a question that asks yes or no with other labels ("Добавить
    /// подробности?": "➕ Добавить подробности" or "✅ Готово, к портрету"); null when the labels say it themselves.
    /// </summary>
    public (string Yes, string No)? YesNoValues { get; init; }

    public override bool IsChoice => true;

    public static string LabelKey(StepDefinition step, string value) => $"{step.TextPrefix ?? step.State}.opt.{value}";

    /// <summary>Other names people type for an option, comma-separated ("вк, вконтакте"), shared by every question with that value.</summary>
    public static string AliasKey(string value) => $"alias.{value}";

    /// <summary>Other names of an option at one question only ("полгода" for 6 months), before the shared ones.</summary>
    public static string AliasKey(StepDefinition step, string value) => $"{step.TextPrefix ?? step.State}.alias.{value}";

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

/// <summary>What a number question asks for, so an answer that cannot be one is refused.</summary>
public enum NumberKind
{
    /// <summary>Any number (a goal's baseline may be orders, money or a share).</summary>
    Number,

    /// <summary>How many (people, orders): not money, not a percentage.</summary>
    Count,

    /// <summary>An amount of money: not a percentage.</summary>
    Money,

    /// <summary>How often, as a number per <see cref="NumberAnswer.Per"/>: "2 раза в месяц", "once a week".</summary>
    Frequency,
}

/// <summary>
/// A number as people type it ("90 000", "1,5 млн", "90k"), within bounds, also inside a phrase
/// ("около 3к человек", "4 раза в месяц", "80 тыс в месяц": <see cref="PhraseReader"/>). A period in
/// the answer is converted to the question's <see cref="Per"/> ("1,2 млн в год" for a monthly budget is 100 000).
/// </summary>
public sealed class NumberAnswer(decimal min, decimal max, bool wholeNumber = false, NumberUnit unit = NumberUnit.None) : AnswerKind
{
    public decimal Min { get; } = min;

    public decimal Max { get; } = max;

    /// <summary>What the question asks for; an answer that cannot be one is refused, saying why.</summary>
    public NumberKind Asks { get; init; }

    /// <summary>The period the question asks per (a yearly frequency, a monthly budget), or null to keep the number as typed.</summary>
    public Period? Per { get; init; }

    public override AnswerCheck Check(string text, Texts.Texts texts)
    {
        var kind = Asks.ToString().ToLowerInvariant();
        Quantity quantity;
        if (NumberParser.TryParse(text, out var number, out var error, allowNegative: true, texts.Language))
        {
            quantity = new Quantity(number.Value, number.Unit, 0, text.Length);
        }
        else if (error is NumberParseError.NotANumber or NumberParseError.MoreThanOneNumber
            && PhraseReader.ReadOne(text, texts.Language) is { High: null } one)
        {
            quantity = one;
        }
        else
        {
            var key = "error.number." + error.ToString().ToLowerInvariant();
            var problem = error == NumberParseError.NotANumber && Asks != NumberKind.Number ? texts[$"{key}.{kind}"] : texts[key];
            return error is NumberParseError.NotANumber or NumberParseError.MoreThanOneNumber ? AnswerCheck.Unread(problem) : AnswerCheck.Reject(problem);
        }

        var money = quantity.Unit is NumberUnit.Rub or NumberUnit.Usd or NumberUnit.Eur;
        var wrongKind = Asks switch
        {
            NumberKind.Count or NumberKind.Frequency => money || quantity.Unit == NumberUnit.Percent,
            NumberKind.Money => quantity.Unit == NumberUnit.Percent,
            _ => false,
        };
        if (wrongKind)
        {
            return AnswerCheck.Reject(texts[$"error.number.kind.{kind}"]);
        }

        // A count per period where the question asks how many in all ("3к человек в день проходит мимо" for the niche's
        // size) is a flow, not the count: asked again.
        if (Asks == NumberKind.Count && Per is null && quantity.Per is not null)
        {
            return AnswerCheck.Reject(texts["error.number.count.rate"]);
        }

        // Money in another currency than the question's ("$2.5k" where amounts are roubles) is not converted silently:
        // the number alone is saved, and shown in the question's currency.
        var shown = unit != NumberUnit.None ? unit : texts.Language == Languages.Russian ? NumberUnit.Rub : NumberUnit.None;
        if (Asks == NumberKind.Money && money && shown != NumberUnit.None && quantity.Unit != shown)
        {
            return AnswerCheck.Reject(texts.Format("error.number.currency", ("example", NumberFormatter.Money(230_000, texts.Language, shown))));
        }

        // "1,2 млн в год" for a monthly budget is 100 000: converted and rounded to cents; "2,5 тыс" is saved as 2500, not 2500.0.
        var value = (Per is { } per && quantity.Per is not null ? decimal.Round(quantity.In(per), 2) : quantity.Value) / 1.0000000000000000000000000000m;
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

    // Money shows with its currency: roubles in Russian when none was typed (the rule of KpiText.Currency).
    private string Show(decimal value, Texts.Texts texts) => Asks == NumberKind.Money
        ? NumberFormatter.Money(value, texts.Language, unit == NumberUnit.None && texts.Language == Languages.Russian ? NumberUnit.Rub : unit)
        : NumberFormatter.Format(value, texts.Language, unit);

    /// <summary>Reads a saved answer back.</summary>
    public static decimal? Read(string? saved) =>
        saved is not null && decimal.TryParse(saved, NumberStyles.Number, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
}

/// <summary>
/// An age: a whole number or a range within 1–120, in a phrase too ("ей 29", "25-35 лет", "around 40").
/// Saved as "34" or "25–34"; anything else is refused, saying what an age is.
/// </summary>
public sealed class AgeAnswer : AnswerKind
{
    public const int Oldest = 120;

    public override AnswerCheck Check(string text, Texts.Texts texts) =>
        Read(text, texts.Language) is { } age ? AnswerCheck.Accept(age)
        : PhraseReader.Read(text, texts.Language).Count == 0 ? AnswerCheck.Unread(texts.Format("error.age", ("max", Oldest)))
        : AnswerCheck.Reject(texts.Format("error.age", ("max", Oldest)));

    /// <summary>The age a text gives ("34", "25–34"), or null when it gives none or something that is no age.</summary>
    public static string? Read(string text, string? language) =>
        PhraseReader.ReadOne(text, language) is { Unit: NumberUnit.None, Per: null } q && IsAge(q.Value) && (q.High is null || IsAge(q.High.Value))
            ? q.High is { } high ? $"{q.Value:0}–{high:0}" : $"{q.Value:0}"
            : null;

    /// <summary>True when the text says nothing but "years" ("лет", "years old") and punctuation.</summary>
    public static bool OnlyAgeWords(string text, string? language)
    {
        var words = WordTables.For(WordTables.Numbers, language).SelectMany(t => t.Age).ToHashSet();
        return text.ToLowerInvariant().Split([' ', ',', '.', ';', '!', ')', '('], StringSplitOptions.RemoveEmptyEntries).All(words.Contains);
    }

    private static bool IsAge(decimal value) => value >= 1 && value <= Oldest && value == decimal.Truncate(value);
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
