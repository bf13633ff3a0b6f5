using System.Net;
using Coach.Bot.Options;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Timeout;

namespace Coach.Bot.Telegram;

/// <summary>
/// How Bot API calls survive a flaky Telegram: each attempt has a timeout (getUpdates gets its
/// long-polling wait on top); 5xx answers, timeouts and lost connections are retried a bounded
/// number of times with exponential backoff and jitter. A 429 is left to Telegram.Bot, which
/// reads retry_after from the answer's body and waits exactly that long. Polly's own telemetry
/// logs (a stack trace per attempt) are turned off in appsettings.json in favour of one line here.
/// </summary>
public static class TelegramResilience
{
    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, TelegramOptions options, ILogger logger, Operations.CoachMetrics? metrics = null)
    {
        pipeline.AddRetry(new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = Math.Max(1, options.MaxRetries),
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = TimeSpan.FromMilliseconds(options.RetryDelayMilliseconds),
            MaxDelay = TimeSpan.FromSeconds(30),
            ShouldRetryAfterHeader = false,
            ShouldHandle = args => ValueTask.FromResult(options.MaxRetries > 0 && IsTransient(args.Outcome)),

            // One line per retry, naming the method but not the URL (it holds the token).
            OnRetry = args =>
            {
                metrics?.BotApiRetried();
                logger.LogWarning(
                    "Bot API {Method} failed ({Outcome}); retry {Attempt} in {Delay:F0} ms",
                    MethodOf(args.Context.GetRequestMessage()),
                    args.Outcome.Exception?.GetType().Name ?? ((int?)args.Outcome.Result?.StatusCode)?.ToString(),
                    args.AttemptNumber + 1,
                    args.RetryDelay.TotalMilliseconds);
                return ValueTask.CompletedTask;
            },
        });
        pipeline.AddTimeout(new HttpTimeoutStrategyOptions
        {
            TimeoutGenerator = args => ValueTask.FromResult(AttemptTimeout(args.Context.GetRequestMessage(), options)),
        });
    }

    public static bool IsTransient(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: HttpRequestException or TimeoutRejectedException } => true,
        { Result: { } response } => (int)response.StatusCode >= 500 || response.StatusCode == HttpStatusCode.RequestTimeout,
        _ => false,
    };

    /// <summary>Every attempt's timeout and the longest pauses between them, plus a margin.</summary>
    public static TimeSpan WholeCallTimeout(TelegramOptions options)
    {
        var attempts = Math.Max(1, options.MaxRetries) + 1;
        var perAttempt = TimeSpan.FromSeconds(options.RequestTimeoutSeconds + options.PollingTimeoutSeconds);
        return (perAttempt + TimeSpan.FromSeconds(30)) * attempts + TimeSpan.FromSeconds(30);
    }

    private static string MethodOf(HttpRequestMessage? request) => request?.RequestUri?.Segments.LastOrDefault() ?? "call";

    private static TimeSpan AttemptTimeout(HttpRequestMessage? request, TelegramOptions options)
    {
        var perCall = TimeSpan.FromSeconds(options.RequestTimeoutSeconds);
        var polling = request?.RequestUri?.AbsolutePath.EndsWith("/getUpdates", StringComparison.OrdinalIgnoreCase) == true;
        return polling ? perCall + TimeSpan.FromSeconds(options.PollingTimeoutSeconds) : perCall;
    }
}
