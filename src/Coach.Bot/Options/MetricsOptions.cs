namespace Coach.Bot.Options;

/// <summary>The "Metrics" section: Prometheus metrics on /metrics.</summary>
public sealed class MetricsOptions
{
    public const string Section = "Metrics";

    /// <summary>Serve /metrics: on the webhook listener in webhook mode, on <see cref="ListenUrl"/> in polling mode.</summary>
    public bool Enabled { get; set; }

    /// <summary>Polling mode: where /metrics and /health are served (webhook mode uses Telegram:WebhookListenUrl).</summary>
    public string ListenUrl { get; set; } = "http://127.0.0.1:9464";
}
