using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Coach.Bot.Operations;
using Coach.Bot.Options;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace Coach.Bot.Telegram;

/// <summary>
/// Webhook mode: a small Kestrel server behind the operator's HTTPS proxy. Telegram posts each
/// update to <see cref="TelegramOptions.WebhookUrl"/>'s path with the secret header; Coach
/// refuses a wrong secret (401), stores the update in the inbox and answers 200 at once, then
/// handles it through the same <see cref="UpdateDispatcher"/> as polling (same ordering and
/// once-only guarantees). GET /health answers 200 while the store answers, and GET /metrics serves the metrics
/// with Metrics:Enabled (<see cref="OperationsEndpoints"/>).
/// </summary>
public sealed class WebhookService(
    IServiceProvider coach,
    UpdateDispatcher dispatcher,
    TelegramStartup startup,
    IOptions<TelegramOptions> options,
    ILoggerFactory loggers,
    ILogger<WebhookService> logger) : IHostedService, IAsyncDisposable
{
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";
    public const string HealthPath = OperationsEndpoints.HealthPath;

    private readonly CancellationTokenSource _stopping = new();
    private WebApplication? _app;
    private Task _announce = Task.CompletedTask;

    /// <summary>Where the server listens, once started (e.g. http://127.0.0.1:40123).</summary>
    public IReadOnlyList<string> Addresses { get; private set; } = [];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;

        // Pending updates queue first: a post arriving at once must not overtake its chat's older ones.
        dispatcher.ResumePending();
        var builder = WebApplication.CreateSlimBuilder();
        // Kestrel's own messages (a port in use, a bad request) go to the host's log, with its filters.
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(loggers);
        builder.WebHost.UseUrls(settings.WebhookListenUrl);
        OperationsEndpoints.AddTo(builder, coach);
        var app = builder.Build();
        app.MapPost(settings.WebhookPath, (Delegate)ReceiveAsync);
        OperationsEndpoints.MapTo(app, coach);
        await app.StartAsync(cancellationToken);
        _app = app;
        Addresses = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.ToList();
        logger.LogInformation("Webhook endpoint listening on {Addresses}, path {Path}", string.Join(", ", Addresses), settings.WebhookPath);


        // In the background: with Telegram unreachable, start-up must not wait (systemd would kill it).
        _announce = Task.Run(() => startup.AnnounceAsync(webhook: true, _stopping.Token), CancellationToken.None);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        // Stop taking updates first (Telegram keeps and retries what it could not deliver), then
        // let the ones in flight finish.
        await _stopping.CancelAsync();
        await _announce.ContinueWith(_ => { }, TaskScheduler.Default);
        if (_app is not null)
        {
            await _app.StopAsync(cancellationToken);
        }

        await dispatcher.StopAsync(PollingService.ShutdownGrace, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    /// <summary>True when the header holds the configured secret (compared in constant time).</summary>
    public static bool SecretMatches(string? sent, string expected) =>
        sent is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(sent), Encoding.UTF8.GetBytes(expected));

    private async Task<IResult> ReceiveAsync(HttpContext context)
    {
        if (!SecretMatches(context.Request.Headers[SecretHeader].FirstOrDefault(), options.Value.WebhookSecret ?? ""))
        {
            logger.LogWarning("A webhook request from {Remote} had a wrong or no secret token; refused", context.Connection.RemoteIpAddress);
            return Results.Unauthorized();
        }

        JsonElement body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<JsonElement>(context.Request.Body, cancellationToken: context.RequestAborted);
        }
        catch (JsonException)
        {
            body = default;
        }

        if (body.ValueKind == JsonValueKind.Undefined || UpdateReading.TryRead(body, logger) is not { } update)
        {
            // Answered 200 all the same: anything else makes Telegram post it again and again,
            // holding back that chat's later updates. UpdateReading logged it (id and size).
            return Results.Ok();
        }

        try
        {
            // Posts arriving together share one commit: each waits for the group its update joined.
            await dispatcher.AcceptAsync([update]);
        }
        catch (Exception error)
        {
            // Not stored: a 500 makes Telegram deliver it again later.
            logger.LogError(error, "Webhook update {UpdateId} could not be stored", update.Id);
            return Results.StatusCode(StatusCodes.Status500InternalServerError);
        }

        return Results.Ok();
    }
}
