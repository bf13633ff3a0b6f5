namespace Coach.Bot.Options;

/// <summary>The "Telegram" configuration section. With no token Coach runs as a terminal chat.</summary>
public sealed class TelegramOptions
{
    public const string Section = "Telegram";

    /// <summary>The bot token from @BotFather. Only from the environment or user secrets; never logged.</summary>
    public string? BotToken { get; set; }

    /// <summary>The Bot API server, e.g. a local telegram-bot-api or a test fake. Empty: Telegram's own.</summary>
    public string? ApiBaseUrl { get; set; }

    /// <summary>How long one getUpdates call waits for news (long polling), in seconds.</summary>
    public int PollingTimeoutSeconds { get; set; } = 25;

    public bool Enabled => !string.IsNullOrWhiteSpace(BotToken);
}
