namespace Coach.Core.Domain.Tov;

/// <summary>The formats Coach drafts for; each has its <see cref="ChannelRule"/>.</summary>
public enum DraftChannel
{
    Outdoor,
    Social,
    Video,
    Email,
    Sms,
    Telegram,
    Landing,
    Blogger,
}

/// <summary>
/// A channel's format limits, as data shared by the LLM prompts (their rules line), the template
/// drafts (fitted to them) and the checks (measured against them). Null means no such limit.
/// </summary>
/// <param name="Channel">The format this rule is for.</param>
/// <param name="MaxWords">Words in the whole text (an outdoor banner is read in three seconds).</param>
/// <param name="MaxChars">Characters in the whole text.</param>
/// <param name="FirstLineMaxChars">The first line: an email's subject, a landing page's headline.</param>
/// <param name="OneSmsSegment">The text must fit one SMS: 160 GSM characters, or 70 when any other character (Cyrillic, emoji) is used.</param>
/// <param name="EmojiAllowed">False where emoji do not belong (a banner, an SMS, a subject line).</param>
public sealed record ChannelRule(DraftChannel Channel, int? MaxWords, int? MaxChars, int? FirstLineMaxChars, bool OneSmsSegment, bool EmojiAllowed)
{
    /// <summary>The id used in button data, text keys and prompts ("outdoor", "sms").</summary>
    public string Id => Channel.ToString().ToLowerInvariant();
}

/// <summary>Every channel's rule, in the order the channel buttons show them.</summary>
public static class ChannelRules
{
    public const int SmsGsmLimit = 160;
    public const int SmsUnicodeLimit = 70;

    public static readonly IReadOnlyList<ChannelRule> All =
    [
        new(DraftChannel.Outdoor, MaxWords: 7, MaxChars: 60, FirstLineMaxChars: null, OneSmsSegment: false, EmojiAllowed: false),
        new(DraftChannel.Social, MaxWords: null, MaxChars: 800, FirstLineMaxChars: 120, OneSmsSegment: false, EmojiAllowed: true),
        new(DraftChannel.Video, MaxWords: 120, MaxChars: 900, FirstLineMaxChars: null, OneSmsSegment: false, EmojiAllowed: false),
        new(DraftChannel.Email, MaxWords: null, MaxChars: 1200, FirstLineMaxChars: 60, OneSmsSegment: false, EmojiAllowed: true),
        new(DraftChannel.Sms, MaxWords: null, MaxChars: SmsGsmLimit, FirstLineMaxChars: null, OneSmsSegment: true, EmojiAllowed: false),
        new(DraftChannel.Telegram, MaxWords: null, MaxChars: 1024, FirstLineMaxChars: 120, OneSmsSegment: false, EmojiAllowed: true),
        new(DraftChannel.Landing, MaxWords: 40, MaxChars: 300, FirstLineMaxChars: 60, OneSmsSegment: false, EmojiAllowed: false),
        new(DraftChannel.Blogger, MaxWords: null, MaxChars: 1200, FirstLineMaxChars: null, OneSmsSegment: false, EmojiAllowed: true),
    ];

    public static IEnumerable<string> Ids => All.Select(rule => rule.Id);

    public static ChannelRule For(DraftChannel channel) => All.First(rule => rule.Channel == channel);

    public static ChannelRule? Find(string? id) => All.FirstOrDefault(rule => rule.Id == id);

    /// <summary>
    /// The draft formats a channel-plan channel (persona/channel plan ids) is written in; a plan's
    /// channels give the 360 pack its formats. Channels with no text format of their own give none.
    /// </summary>
    public static DraftChannel? FromPlanChannel(string planChannel) => planChannel switch
    {
        "vk" or "instagram" => DraftChannel.Social,
        "telegram" => DraftChannel.Telegram,
        "youtube" or "tv_radio" => DraftChannel.Video,
        "email" => DraftChannel.Email,
        "outdoor" => DraftChannel.Outdoor,
        "blogs" => DraftChannel.Blogger,
        "search" or "marketplaces" => DraftChannel.Landing,
        _ => null,
    };
}
