using Coach.Bot.Operations;
using Coach.Bot.Options;
using Coach.Bot.Telegram;
using Coach.Bot.Terminal;
using Coach.Core.Dialogue;
using Coach.Core.Domain.CheckIns;
using Coach.Core.Flows;
using Coach.Core.Texts;
using Coach.Storage;
using Coach.Storage.PostgreSql;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using Telegram.Bot;

namespace Coach.Bot;

/// <summary>The pieces of the Coach host, so Program.cs stays a few lines.</summary>
public static class CoachHostExtensions
{
    /// <summary>Everything Coach needs; the transport is Telegram when a token is configured, else the terminal.</summary>
    public static IHostApplicationBuilder AddCoach(this IHostApplicationBuilder builder)
    {
        var storage = builder.Configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        builder.Services.AddCoachCore().AddCoachStorage(storage.Provider).AddCoachDrafting(builder.Configuration);
        var telegram = builder.Configuration.GetSection(TelegramOptions.Section).Get<TelegramOptions>() ?? new TelegramOptions();
        if (telegram.Enabled)
        {
            // Under systemd: readiness and stopping notifications, journal-friendly logs; elsewhere nothing.
            builder.Services.AddSystemd();
            var metrics = builder.Configuration.GetSection(MetricsOptions.Section).Get<MetricsOptions>() ?? new MetricsOptions();
            builder.Services.AddCoachTelegram(telegram.Mode, storage.Provider, metrics.Enabled);
            if (metrics.Enabled)
            {
                builder.Services.AddCoachMetrics();
            }
        }
        else
        {
            builder.AddCoachTerminal();
        }

        return builder;
    }

    public static IServiceCollection AddCoachCore(this IServiceCollection services)
    {
        services.AddSingleton(TextCatalog.Default);
        // A declaration naming a missing text, a state twice, data over 64 bytes or no such command stops the start.
        services.AddSingleton(provider => CoachFlows.Create().Validate(provider.GetRequiredService<TextCatalog>()));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(provider => new DialogueEngine(
            provider.GetRequiredService<ISessionStore>(),
            provider.GetRequiredService<FlowCatalog>(),
            provider.GetRequiredService<TextCatalog>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetService<Coach.Core.Drafting.IDraftModel>(),
            provider.GetService<Coach.Core.Parsing.IAnswerReader>()));
        return services;
    }

    public static IServiceCollection AddCoachStorage(this IServiceCollection services, StorageProvider provider = StorageProvider.LiteDb)
    {
        services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.Section)
            .Validate(o => o.Provider != StorageProvider.LiteDb || !string.IsNullOrWhiteSpace(o.Path), "Storage:Path must name the LiteDB file, e.g. data/coach.db.")
            .Validate(o => o.Provider != StorageProvider.PostgreSql || !string.IsNullOrWhiteSpace(o.ConnectionString), "Storage:ConnectionString must be set for Storage:Provider=PostgreSql, e.g. Host=db;Username=coach;Password=…;Database=coach.")
            .ValidateOnStart();
        if (provider == StorageProvider.PostgreSql)
        {
            // One pooled data source per process; the schema is migrated before any other service starts.
            services.AddSingleton(provider => new PostgreSqlStore(provider.GetRequiredService<IOptions<StorageOptions>>().Value.ConnectionString!));
            services.AddHostedService<PostgreSqlMigration>();
            services.AddSingleton<ISessionStore>(provider => provider.GetRequiredService<PostgreSqlStore>().Sessions);
            services.AddSingleton<IDueCheckIns>(provider => provider.GetRequiredService<PostgreSqlStore>().Sessions);
            services.AddSingleton<IUpdateInbox>(provider => provider.GetRequiredService<PostgreSqlStore>().Inbox);
            services.AddSingleton<ILeaderLock>(provider => provider.GetRequiredService<PostgreSqlStore>().Leader);
            return services;
        }

        // One LiteDatabase per process and file: two direct-mode instances on one file lose writes.
        services.AddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<StorageOptions>>().Value;
            return new LiteDbFile(options.Path, options.Password);
        });
        services.AddSingleton(provider => new LiteDbSessionStore(provider.GetRequiredService<LiteDbFile>()));
        services.AddSingleton<ISessionStore>(provider => provider.GetRequiredService<LiteDbSessionStore>());
        services.AddSingleton<IDueCheckIns>(provider => provider.GetRequiredService<LiteDbSessionStore>());
        services.AddSingleton(provider => new LiteDbUpdateInbox(provider.GetRequiredService<LiteDbFile>()));
        services.AddSingleton<IUpdateInbox>(provider => provider.GetRequiredService<LiteDbUpdateInbox>());
        services.AddSingleton<ILeaderLock, SoleLeader>();
        return services;
    }

    public static IServiceCollection AddCoachTelegram(this IServiceCollection services, TelegramMode mode = TelegramMode.Polling, StorageProvider provider = StorageProvider.LiteDb, bool metricsEnabled = false)
    {
        services.AddOptions<TelegramOptions>()
            .BindConfiguration(TelegramOptions.Section)
            .Validate(o => o.BotToken?.Contains(':') == true, "Telegram:BotToken does not look like a bot token (digits, a colon, then letters).")
            .Validate(o => string.IsNullOrWhiteSpace(o.ApiBaseUrl) || Uri.TryCreate(o.ApiBaseUrl, UriKind.Absolute, out _), "Telegram:ApiBaseUrl must be an absolute URL such as http://127.0.0.1:8081.")
            .Validate(o => o.PollingTimeoutSeconds is >= 0 and <= 50, "Telegram:PollingTimeoutSeconds must be between 0 and 50.")
            .Validate(o => o.RequestTimeoutSeconds is >= 1 and <= 300, "Telegram:RequestTimeoutSeconds must be between 1 and 300.")
            .Validate(o => o.MaxRetries is >= 0 and <= 10, "Telegram:MaxRetries must be between 0 and 10.")
            .Validate(o => o.RetryDelayMilliseconds is >= 1 and <= 60000, "Telegram:RetryDelayMilliseconds must be between 1 and 60000.")
            .Validate(o => o.MaxRetryAfterSeconds is >= 0 and <= 3600, "Telegram:MaxRetryAfterSeconds must be between 0 and 3600.")
            .Validate(o => o.MaxParallelChats is >= 1 and <= 256, "Telegram:MaxParallelChats must be between 1 and 256.")
            .Validate(o => o.Mode != TelegramMode.Webhook || WebhookUrlIsValid(o.WebhookUrl), "Telegram:WebhookUrl must be the public https:// address Telegram posts to, e.g. https://coach.example.com/telegram.")
            .Validate(o => o.Mode != TelegramMode.Webhook || WebhookSecretIsValid(o.WebhookSecret), "Telegram:WebhookSecret must be 1-256 characters of A-Z, a-z, 0-9, _ and -.")
            .Validate(o => o.Mode != TelegramMode.Webhook || Uri.TryCreate(o.WebhookListenUrl, UriKind.Absolute, out _), "Telegram:WebhookListenUrl must be an absolute URL such as http://127.0.0.1:8080.")
            .Validate(o => o.Mode != TelegramMode.Webhook || o.WebhookMaxConnections is >= 1 and <= 100, "Telegram:WebhookMaxConnections must be between 1 and 100.")
            .ValidateOnStart();

        // The client's own timeout bounds a whole call, retries included, and also covers a body
        // that stalls after its headers (the per-attempt timeouts end at the headers).
        services.AddHttpClient("telegram")
            .ConfigureHttpClient((provider, client) => client.Timeout = TelegramResilience.WholeCallTimeout(provider.GetRequiredService<IOptions<TelegramOptions>>().Value))
            .RemoveAllLoggers()
            .AddResilienceHandler("telegram", (pipeline, context) =>
                TelegramResilience.Configure(
                    pipeline,
                    context.ServiceProvider.GetRequiredService<IOptions<TelegramOptions>>().Value,
                    context.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(TelegramResilience)),
                    context.ServiceProvider.GetRequiredService<CoachMetrics>()));
        services.AddSingleton<ITelegramBotClient>(provider =>
        {
            var options = provider.GetRequiredService<IOptions<TelegramOptions>>().Value;
            var http = provider.GetRequiredService<IHttpClientFactory>().CreateClient("telegram");
            var baseUrl = string.IsNullOrWhiteSpace(options.ApiBaseUrl) ? null : options.ApiBaseUrl;
            return new TelegramBotClient(
                new TelegramBotClientOptions(options.BotToken!, baseUrl)
                {
                    // 429 "retry after N": Telegram.Bot waits N seconds and repeats the call
                    // (RetryCount counts attempts, the first one included).
                    RetryThreshold = options.MaxRetryAfterSeconds,
                    RetryCount = options.MaxRetries + 1,
                },
                http);
        });
        // The handler commits a turn's session with its replies before it sends them. Over LiteDB saves are queued
        // for a group commit; over PostgreSQL a save opens the chat's transaction, committed with the replies. The
        // terminal keeps the plain stores (LiteDbSessionStore, PostgreSqlSessionStore), durable at each save.
        if (provider == StorageProvider.PostgreSql)
        {
            services.AddSingleton<ISessionStore>(provider => provider.GetRequiredService<PostgreSqlStore>().Turns);
            services.AddSingleton<ICommittedSessionStore>(provider => provider.GetRequiredService<PostgreSqlStore>().Turns);
        }
        else
        {
            services.AddSingleton(provider => new GroupCommitSessionStore(provider.GetRequiredService<LiteDbSessionStore>(), provider.GetRequiredService<LiteDbUpdateInbox>()));
            services.AddSingleton<ISessionStore>(provider => provider.GetRequiredService<GroupCommitSessionStore>());
            services.AddSingleton<ICommittedSessionStore>(provider => provider.GetRequiredService<GroupCommitSessionStore>());
        }

        services.AddSingleton(provider => new CoachMetrics(provider.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>(), provider.GetRequiredService<IUpdateInbox>()));
        services.AddSingleton<TelegramReplySender>();
        services.AddSingleton<BotIdentity>();
        services.AddSingleton<TeamChats>();
        services.AddSingleton<InlineKpiAnswers>();
        services.AddSingleton<UpdateHandler>();
        services.AddSingleton<UpdateDispatcher>();
        services.AddSingleton<BotCommandsPublisher>();
        services.AddSingleton<TelegramStartup>();
        services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(15));
        services.AddSingleton<CheckInScheduler>();
        services.AddHostedService(provider => provider.GetRequiredService<CheckInScheduler>());
        if (mode == TelegramMode.Webhook)
        {
            services.AddSingleton<WebhookService>();
            services.AddHostedService(provider => provider.GetRequiredService<WebhookService>());
        }
        else
        {
            services.AddHostedService<PollingService>();
            if (metricsEnabled)
            {
                services.AddSingleton<MetricsService>();
                services.AddHostedService(provider => provider.GetRequiredService<MetricsService>());
            }
        }

        return services;
    }

    /// <summary>Metrics:Enabled: OpenTelemetry with the Prometheus exporter over Coach's meter, ASP.NET Core's and the HTTP client's.</summary>
    public static IServiceCollection AddCoachMetrics(this IServiceCollection services)
    {
        services.AddOptions<MetricsOptions>()
            .BindConfiguration(MetricsOptions.Section)
            .Validate(o => Uri.TryCreate(o.ListenUrl, UriKind.Absolute, out _), "Metrics:ListenUrl must be an absolute URL such as http://127.0.0.1:9464.")
            .ValidateOnStart();
        services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(CoachMetrics.MeterName, "System.Net.Http", "Npgsql")
            .AddPrometheusExporter());
        return services;
    }

    private static bool WebhookUrlIsValid(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && uri.AbsolutePath != WebhookService.HealthPath;

    private static bool WebhookSecretIsValid(string? secret) =>
        secret is { Length: >= 1 and <= 256 } && secret.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-');

    public static IHostApplicationBuilder AddCoachTerminal(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<TerminalOptions>().BindConfiguration(TerminalOptions.Section);
        builder.Services.AddSingleton(_ => TerminalConsole.System());
        builder.Services.AddHostedService<TerminalChat>();

        // The chat owns standard output: logs go to standard error, and only warnings.
        builder.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.Configure<ConsoleLifetimeOptions>(o => o.SuppressStatusMessages = true);
        return builder;
    }
}
