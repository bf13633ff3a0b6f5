namespace Coach.Core.Domain.Persona;

/// <summary>
/// One audience portrait (domain §3): its answers by field ("name", "age", "channels"…), in the
/// canonical form the persona questions save. A mutable class so the document store can map it.
/// </summary>
public sealed class Persona
{
    public string Id { get; set; } = "";

    /// <summary>The segment of a differentiated strategy this persona stands for, if any.</summary>
    public string? Segment { get; set; }

    public Dictionary<string, string> Fields { get; set; } = new();

    public DateTime UpdatedUtc { get; set; }

    public string Name => Fields.GetValueOrDefault("name") ?? "?";
}
