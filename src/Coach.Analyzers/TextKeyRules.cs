using Microsoft.CodeAnalysis;

namespace Coach.Analyzers;

/// <summary>The diagnostics of <see cref="TextKeyAnalyzer"/>: errors, because a missing key reaches the user as the key itself.</summary>
internal static class TextKeyRules
{
    private const string Category = "Coach.Texts";

    public static readonly DiagnosticDescriptor MissingKey = new(
        "COACH001",
        "Text key missing from a catalogue",
        "Text key '{0}' is missing from {1}",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A constant text key passed to a [TextKey] parameter (the Texts indexer, Format, Html, Label, Raw, Variant, a menu label…) must be in every text catalogue (Texts/*.json given as AdditionalFiles).");

    public static readonly DiagnosticDescriptor EmptyFamily = new(
        "COACH002",
        "No text key starts with the fixed part of a built key",
        "No text key of {1} starts with '{0}', the fixed part of this key built at run time",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A key built by interpolation ($\"remark.{id}\") or concatenation (\"command.\" + name) names a family of keys; a catalogue with no key of that family cannot answer any of them.");

    public static readonly DiagnosticDescriptor UnreadableCatalogue = new(
        "COACH003",
        "A text catalogue cannot be read",
        "The text catalogue {0} cannot be read: {1}",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A text catalogue is one JSON object of keys to sentences.",
        customTags: WellKnownDiagnosticTags.CompilationEnd);
}
