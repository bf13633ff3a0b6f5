using System.Text.Json.Serialization;

namespace Coach.Core.Dialogue;

/// <summary>
/// A picture a reply carries, described as data; the host draws it (Coach.Rendering) and sends
/// it as a photo, or saves it as a file in the terminal. Texts in it are plain, already formatted.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "$chart")]
[JsonDerivedType(typeof(FunnelChart), "funnel")]
[JsonDerivedType(typeof(ComparisonChart), "comparison")]
[JsonDerivedType(typeof(TableChart), "table")]
public abstract record Chart(string FileName, string Title, string? Caption);

/// <summary>One bar: its label, its value for the bar's length, and the value as shown.</summary>
public sealed record ChartBarSpec(string Label, decimal Value, string ValueText);

/// <summary>Impressions → clicks → leads → sales with the step conversions and the step furthest below its typical range (null: none is).</summary>
public sealed record FunnelChart(string FileName, string Title, string? Caption, IReadOnlyList<ChartBarSpec> Stages, IReadOnlyList<string> StepConversions, int? BottleneckIndex)
    : Chart(FileName, Title, Caption);

/// <summary>Bars side by side, the best one highlighted.</summary>
public sealed record ComparisonChart(string FileName, string Title, string? Caption, string ValueAxisLabel, IReadOnlyList<ChartBarSpec> Bars, bool LowerIsBetter)
    : Chart(FileName, Title, Caption);

/// <summary>A table drawn as a picture (the journey map), each cell optionally toned from −2 (red) to +2 (green).</summary>
public sealed record TableChart(string FileName, string Title, string? Caption, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlyList<IReadOnlyList<int>>? Tones)
    : Chart(FileName, Title, Caption);
