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
        typeof(WordFiles).Assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith($"Coach.{area}.Words.", StringComparison.Ordinal) && name.EndsWith(".json", StringComparison.Ordinal))
            .Select(name => name[$"Coach.{area}.Words.".Length..^".json".Length])
            .Where(name => name.Length == 2)
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>One embedded file of an area ("Smart", "Tov") deserialised; it must be there.</summary>
    public static T Load<T>(string area, string name)
    {
        using var stream = typeof(WordFiles).Assembly.GetManifestResourceStream($"Coach.{area}.Words.{name}.json")
            ?? throw new InvalidOperationException($"The word file '{area}/Words/{name}.json' is not embedded in Coach.Core.");
        return JsonSerializer.Deserialize<T>(stream, Json) ?? throw new InvalidOperationException($"'{area}/Words/{name}.json' is empty.");
    }

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };
}
