using System.Globalization;
using System.Text.RegularExpressions;
using Coach.Core.Dialogue;
using Coach.Core.Domain.Kpi;
using Coach.Core.Domain.Learn;
using Coach.Core.Flows.Kpi;
using Coach.Core.Parsing;

namespace Coach.Core.Flows.Learn;

/// <summary>
/// The answer to a KPI exercise: a number as people type it, read with the exercise in mind.
/// "1,125" is 1 125 to the number parser, but a student who solved a payback problem meant
/// 1.125 months: when one comma with three digits after it could be either, the reading the
/// exercise accepts wins (and in Russian, where the comma is the decimal mark, the decimal one).
/// The same goes for a dot: "28.080" is 28 080 to a Russian and 28.08 to an English reader.
/// A month unit after a payback ("0,93 мес.") is allowed, and a percent typed as a fraction
/// ("0.2" for 20%) is caught with a question rather than graded wrong.
/// </summary>
public sealed partial class KpiPracticeAnswer() : AnswerKind
{
    private static readonly NumberAnswer Plain = new(-1_000_000_000_000, 1_000_000_000_000);

    public override AnswerCheck Check(string text, Texts.Texts texts) => Plain.Check(WithoutMonths(text), texts);

    public override AnswerCheck Check(string text, StepContext context)
    {
        var t = context.Texts;
        var typed = WithoutMonths(text);
        var check = Plain.Check(typed, t);
        if (!check.Ok || PracticeFlows.CurrentKpi(context.Session) is not { } exercise)
        {
            return check;
        }

        var value = NumberAnswer.Read(check.Value)!.Value;
        if (AmbiguousMark().Match(typed) is { Success: true } ambiguous)
        {
            var mark = ambiguous.Groups["mark"].Value;
            var grouped = Reading(typed.Replace(mark, ""));
            var fractional = Reading(typed.Replace(mark, "."));
            // Whichever reading the exercise accepts wins; otherwise a Russian comma is the decimal mark
            // and anything else keeps the reading of the conversation's language.
            value = fractional is { } f && exercise.Accepts(f) ? f
                : grouped is { } g && exercise.Accepts(g) ? g
                : mark == "," && context.Texts.Language == Languages.Russian && fractional is { } r ? r
                : value;
        }

        if (exercise.Metric.Unit == KpiUnit.Percent && !typed.Contains('%') && !exercise.Accepts(value) && exercise.Accepts(value * 100))
        {
            return AnswerCheck.Reject(t.Format("learn.kpi.fraction", ("value", KpiText.Percent(t, value * 100))));
        }

        return AnswerCheck.Accept(value.ToString(CultureInfo.InvariantCulture));
    }

    public override string Display(string value, StepDefinition step, Texts.Texts texts) => Plain.Display(value, step, texts);

    private static string WithoutMonths(string text) => MonthUnit().Replace(text, "").Trim();

    // The number as an English reader takes it: the marks are already settled by the caller.
    private static decimal? Reading(string text) =>
        NumberParser.TryParse(text, out var number, out _, allowNegative: true) ? number.Value : null;

    // One comma or dot, exactly three digits after it, no multiplier: "1,125", "28.080", "-2,375", "12,375 %".
    [GeneratedRegex(@"^-?\d{1,3}(?<mark>[,.])\d{3}\s*%?$")]
    private static partial Regex AmbiguousMark();

    // A month unit after the number ("3 мес.", "3 months"): every language's month words (Parsing/Words/numbers_*.json).
    private static readonly Regex MonthUnitPattern = new(
        $@"\s*(?:{WordTables.Alternation(t => t.Periods.GetValueOrDefault(Period.Month, []).Select(w => w.TrimEnd('.')))})\.?\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static Regex MonthUnit() => MonthUnitPattern;
}
