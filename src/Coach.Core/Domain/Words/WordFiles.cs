using System.Text.Json;

namespace Coach.Core.Domain.Words;

/// <summary>
/// Reads the vocabularies embedded in Coach.Core (<c>Domain/Smart/Words</c>, <c>Domain/Tov/Words</c>): one file per
/// language, so another language is another file. The languages are the catalogue's (<c>Texts/*.json</c>).
/// </summary>
public static class WordFiles
{
    /// <summary>The languages that have word files, as the resource names show them.</summary>
    public static IReadOnlyList<string> Languages(string area) =>
        EmbeddedJson.Named($"Coach.{area}.Words.")
            .Where(name => name.EndsWith(".json", StringComparison.Ordinal))
            .Select(name => name[$"Coach.{area}.Words.".Length..^".json".Length])
            .Where(name => name.Length == 2)
            .ToList();

    /// <summary>One embedded file of an area ("Smart", "Tov") deserialised; it must be there.</summary>
    public static T Load<T>(string area, string name) => EmbeddedJson.Load<T>($"Coach.{area}.Words.{name}.json", Json);

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };
}
