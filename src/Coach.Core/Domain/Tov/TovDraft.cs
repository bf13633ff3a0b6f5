namespace Coach.Core.Domain.Tov;

/// <summary>
/// A draft as the session keeps it: the last ones shown (their buttons change them) and the ones
/// the user saved. Holds what wrote it, so "shorter", "more formal" or "another variant" can write
/// it again. A mutable class so the document store can map it.
/// </summary>
public sealed class TovDraft
{
    public DraftChannel Channel { get; set; }

    public string Topic { get; set => field = value ?? ""; } = "";

    public string Text { get; set => field = value ?? ""; } = "";

    public bool FromTemplate { get; set; }

    public int Variant { get; set; }

    public bool Shorter { get; set; }

    /// <summary>The formality the buttons moved this draft to; null: the profile's own.</summary>
    public Formality? Formality { get; set; }

    public DateTime CreatedUtc { get; set; }
}
