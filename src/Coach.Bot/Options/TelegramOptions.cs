namespace Coach.Bot.Options;

/// <summary>The "Telegram" configuration section. With no token Coach runs as a terminal chat.</summary>
public sealed class TelegramOptions
{
    public const string Section = "Telegram";

    /// <summary>The bot token from @BotFather. Only from the environment or user secrets; never logged.</summary>
    public string? BotToken { get; set; }

    /// <summary>The Bot API server, e.g. a local telegram-bot-api or a test fake. Empty: Telegram's own.</summary>
    public string? ApiBaseUrl { get; set; }

    /// <summary>Polling (the default) or Webhook.</summary>
    public TelegramMode Mode { get; set; } = TelegramMode.Polling;

    /// <summary>How long one getUpdates call waits for news (long polling), in seconds.</summary>
    public int PollingTimeoutSeconds { get; set; } = 25;

    /// <summary>How long one Bot API call (other than getUpdates) may take before it is retried.</summary>
    public int RequestTimeoutSeconds { get; set; } = 20;

    /// <summary>How many times a call failing with 5xx, a timeout or a lost connection is retried.</summary>
    public int MaxRetries { get; set; } = 4;

    /// <summary>The first pause before a retry, in milliseconds; it doubles each time, with jitter.</summary>
    public int RetryDelayMilliseconds { get; set; } = 500;

    /// <summary>A 429 "retry after N seconds" is waited out when N is at most this; longer ones fail the call.</summary>
    public int MaxRetryAfterSeconds { get; set; } = 60;

    /// <summary>How many chats are handled at the same time (each chat's updates stay in order).</summary>
    public int MaxParallelChats { get; set; } = 16;

    /// <summary>Webhook mode: the public HTTPS address Telegram posts updates to, e.g. https://coach.example.com/telegram.</summary>
    public string? WebhookUrl { get; set; }

    /// <summary>Webhook mode: the secret Telegram sends in X-Telegram-Bot-Api-Secret-Token (1-256 of A-Z a-z 0-9 _ -).</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>Webhook mode: where Coach's own HTTP server listens (behind the HTTPS proxy).</summary>
    public string WebhookListenUrl { get; set; } = "http://127.0.0.1:8080";

    /// <summary>Webhook mode: at most this many connections Telegram opens at once (1-100).</summary>
    public int WebhookMaxConnections { get; set; } = 40;

    public bool Enabled => !string.IsNullOrWhiteSpace(BotToken);

    /// <summary>The path part of <see cref="WebhookUrl"/>, where the endpoint is mapped ("/" when it has none).</summary>
    public string WebhookPath => Uri.TryCreate(WebhookUrl, UriKind.Absolute, out var url) ? url.AbsolutePath : "/";
}

public enum TelegramMode
{
    Polling,
    Webhook,
}
