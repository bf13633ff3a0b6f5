namespace Coach.Rendering;

/// <summary>One bar of a KPI chart.</summary>
/// <param name="Label">Category or stage name shown next to the bar (any language; long names are wrapped).</param>
/// <param name="Value">Drives the bar's size. NaN, infinities and negatives are drawn as empty stages in a funnel.</param>
/// <param name="ValueText">The value as the caller wants it read, already formatted (e.g. "1 125 ₽", "2.4%"):
/// the renderer never formats money or percents itself, so the bot's locale rules stay in one place.</param>
public sealed record ChartBar(string Label, double Value, string ValueText);
