namespace Coach.Core.Domain.Cjm;

/// <summary>A stage's role in the channel plan: what a channel task at this stage is for (domain §7).</summary>
public enum ChannelRole
{
    Acquisition,
    Engagement,
    Conversion,
    Retention,
}

/// <summary>One stage of the journey with its five fields; emotion from −2 (angry) to +2 (delighted).</summary>
public sealed class CjmStage
{
    public string Stage { get; set; } = "";

    public string Actions { get; set; } = "";

    public string Touchpoints { get; set; } = "";

    public int Emotion { get; set; }

    public string? Barriers { get; set; }

    public string? Helps { get; set; }

    /// <summary>A growth point: negative emotion and a barrier to remove.</summary>
    public bool IsGrowthPoint => Emotion < 0 && !string.IsNullOrWhiteSpace(Barriers);
}

/// <summary>A customer journey map for one persona (Kotler's five A's). Mutable for the document store.</summary>
public sealed class CjmMap
{
    /// <summary>Kotler's five A's [004].</summary>
    public static readonly IReadOnlyList<string> Stages = ["aware", "appeal", "ask", "act", "advocate"];

    public string PersonaId { get; set; } = "";

    public string PersonaName { get; set; } = "";

    public List<CjmStage> Steps { get; set; } = new();

    public DateTime UpdatedUtc { get; set; }

    /// <summary>What a "what helps" at a stage turns into: awareness needs acquisition, the act needs conversion…</summary>
    public static ChannelRole RoleOf(string stage) => stage switch
    {
        "aware" => ChannelRole.Acquisition,
        "appeal" or "ask" => ChannelRole.Engagement,
        "act" => ChannelRole.Conversion,
        _ => ChannelRole.Retention,
    };
}
