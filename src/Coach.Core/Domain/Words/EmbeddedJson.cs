using System.Text.Json;

namespace Coach.Core.Domain.Words;

/// <summary>
/// The data files embedded in Coach.Core (word lists, business kinds, funnel ranges, the output guard's
/// words): every loader opens and reads them here, so a missing or empty file fails the same way, naming it.
/// </summary>
public static class EmbeddedJson
{
    /// <summary>Case-insensitive property names, as most of the files are written.</summary>
    public static readonly JsonSerializerOptions CaseInsensitive = new() { PropertyNameCaseInsensitive = true };

    /// <summary>The embedded resource deserialised; it must be there and not be empty.</summary>
    public static T Load<T>(string resource, JsonSerializerOptions? options = null)
    {
        using var stream = Open(resource);
        return JsonSerializer.Deserialize<T>(stream, options ?? CaseInsensitive)
            ?? throw new InvalidOperationException($"The data file '{resource}' embedded in Coach.Core is empty.");
    }

    /// <summary>The embedded resource as a JSON document.</summary>
    public static JsonDocument Document(string resource)
    {
        using var stream = Open(resource);
        return JsonDocument.Parse(stream);
    }

    /// <summary>The embedded resources whose names start with the prefix, in name order.</summary>
    public static IEnumerable<string> Named(string prefix) =>
        typeof(EmbeddedJson).Assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal);

    private static Stream Open(string resource) =>
        typeof(EmbeddedJson).Assembly.GetManifestResourceStream(resource)
        ?? throw new InvalidOperationException($"The data file '{resource}' is not embedded in Coach.Core.");
}
