using System.Globalization;
using Coach.Core.Texts;

namespace Coach.Core.Domain.Remarks;

/// <summary>How a value in a remark reads: the texts format it in the chat's language.</summary>
public enum RemarkArgKind
{
    Percent,
    Ratio,
    Months,
    Date,
    /// <summary>What the user typed (a persona's name, a word), escaped when shown.</summary>
    UserText,
    /// <summary>Catalogue keys (channel names, a stage), shown in the chat's language and joined by commas.</summary>
    Labels,
}

/// <summary>One value substituted into a remark's text.</summary>
public sealed record RemarkArg(RemarkArgKind Kind, decimal Number = 0, string Text = "", IReadOnlyList<string>? Keys = null)
{
    public static RemarkArg Percent(decimal value, int decimals = 1) => new(RemarkArgKind.Percent, Math.Round(value, decimals, MidpointRounding.AwayFromZero));

    public static RemarkArg Ratio(decimal value) => new(RemarkArgKind.Ratio, Math.Round(value, 1, MidpointRounding.AwayFromZero));

    public static RemarkArg Months(decimal value) => new(RemarkArgKind.Months, Math.Round(value, 1, MidpointRounding.AwayFromZero));

    public static RemarkArg Date(DateTime value) => new(RemarkArgKind.Date, Text: value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    public static RemarkArg User(string text) => new(RemarkArgKind.UserText, Text: text);

    public static RemarkArg Labels(params IEnumerable<string> keys) => new(RemarkArgKind.Labels, Keys: keys.ToList());

    public override string ToString() => Kind switch
    {
        RemarkArgKind.Labels => string.Join(",", Keys ?? []),
        RemarkArgKind.UserText or RemarkArgKind.Date => Text,
        _ => Number.ToString(CultureInfo.InvariantCulture),
    };
}

/// <summary>
/// A consistency rule a consultant applies to a whole strategy: its id (the text is "remark.{id}",
/// or "remark.{id}.{variant}"), the sections whose completion shows it, its priority (higher first
/// when more fire than are shown) and the pure check that returns its values when it fires.
/// </summary>
public sealed record RemarkRule(string Id, int Priority, IReadOnlyList<string> Sections, Func<StrategyFacts, RemarkHit?> Check);

/// <summary>A rule that fired: the values for its text and, optionally, which variant of the text.</summary>
public sealed record RemarkHit(IReadOnlyDictionary<string, RemarkArg> Args, string? Variant = null)
{
    public static RemarkHit Of(params (string Name, RemarkArg Value)[] args) => new(args.ToDictionary(a => a.Name, a => a.Value));
}

/// <summary>A remark to show: the rule and its hit.</summary>
public sealed record Remark(RemarkRule Rule, RemarkHit Hit)
{
    [TextKey]
    public string TextKey => Hit.Variant is null ? $"remark.{Rule.Id}" : $"remark.{Rule.Id}.{Hit.Variant}";

    /// <summary>The rule with its values: the same remark with other numbers is a new one.</summary>
    public string Signature => $"{Rule.Id}|{Hit.Variant}|{string.Join(";", Hit.Args.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => $"{a.Key}={a.Value}"))}";
}
