namespace Coach.Core.Domain.Tov;

/// <summary>Formal ↔ friendly, the first axis of a tone of voice (domain §8).</summary>
public enum Formality
{
    Formal,
    Neutral,
    Friendly,
}

/// <summary>Serious ↔ humorous, the second axis.</summary>
public enum Humor
{
    Serious,
    Light,
    Humorous,
}

/// <summary>How the brand addresses the reader: «вы» / polite register, or «ты» / casual register.</summary>
public enum Address
{
    Polite,
    Casual,
}

public enum EmojiPolicy
{
    None,
    Few,
    Many,
}

/// <summary>
/// The brand's tone of voice (domain §8): its two axes, the register, the brand message (the
/// value proposition), words to use and to avoid, the emoji policy and optional sample texts.
/// A mutable class so the document store can map it; a null given to a text or list is kept as empty.
/// </summary>
public sealed class ToneProfile
{
    public Formality Formality { get; set; } = Formality.Neutral;

    public Humor Humor { get; set; } = Humor.Serious;

    public Address Address { get; set; } = Address.Polite;

    /// <summary>Why you, what sets you apart, what benefit you bring; empty when not given.</summary>
    public string BrandMessage { get; set => field = value ?? ""; } = "";

    public List<string> WordsToUse { get; set => field = value ?? []; } = new();

    public List<string> WordsToAvoid { get; set => field = value ?? []; } = new();

    public EmojiPolicy Emoji { get; set; } = EmojiPolicy.Few;

    /// <summary>Texts the user likes, as given (optional).</summary>
    public string Samples { get; set => field = value ?? ""; } = "";

    public DateTime UpdatedUtc { get; set; }

    /// <summary>The voice used before the user has described one: neutral, polite, few emoji.</summary>
    public static ToneProfile Neutral => new();

    /// <summary>A copy with the formality moved one step ("more formal" / "friendlier" on a draft).</summary>
    public ToneProfile WithFormality(Formality formality) => new()
    {
        Formality = formality,
        Humor = Humor,
        // The register follows the button: towards formal is «вы» / full forms, friendly is «ты» / casual.
        Address = formality == Formality.Friendly ? Address.Casual : Address.Polite,
        BrandMessage = BrandMessage,
        WordsToUse = WordsToUse.ToList(),
        WordsToAvoid = WordsToAvoid.ToList(),
        Emoji = formality == Formality.Formal && Emoji == EmojiPolicy.Many ? EmojiPolicy.Few : Emoji,
        Samples = Samples,
        UpdatedUtc = UpdatedUtc,
    };
}
