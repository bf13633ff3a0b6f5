using Coach.Core.Domain.Tov;

namespace Coach.Core.Drafting;

/// <summary>What to draft: a topic or offer for one channel, in a voice, for an audience.</summary>
public sealed record DraftSpec(ChannelRule Rule, string Topic, ToneProfile Profile, string Language)
{
    /// <summary>The persona's name (templates), empty when there is none.</summary>
    public string PersonaName { get; init; } = "";

    /// <summary>The persona in a few lines (prompts), empty when there is none.</summary>
    public string Persona { get; init; } = "";

    /// <summary>Which of the template's wordings ("another variant" moves on).</summary>
    public int Variant { get; init; }

    /// <summary>"Shorter": half the channel's limits and no brand-message paragraph.</summary>
    public bool Shorter { get; init; }

    /// <summary>The rule the text must meet: the channel's, or half of it for a shorter draft.</summary>
    public ChannelRule EffectiveRule => Shorter
        ? Rule with
        {
            MaxWords = Rule.MaxWords is { } words ? Math.Max(4, words / 2) : null,
            MaxChars = Rule.MaxChars is { } chars && !Rule.OneSmsSegment ? Math.Max(40, chars / 2) : Rule.MaxChars,
        }
        : Rule;
}
