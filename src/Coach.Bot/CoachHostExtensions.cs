using Coach.Bot.Options;
using Coach.Bot.Telegram;
using Coach.Bot.Terminal;
using Coach.Core.Dialogue;
using Coach.Core.Flows;
using Coach.Core.Texts;
using Coach.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace Coach.Bot;

/// <summary>The pieces of the Coach host, so Program.cs stays a few lines.</summary>
public static class CoachHostExtensions
{
    /// <summary>Everything Coach needs; the transport is Telegram when a token is configured, else the terminal.</summary>
    public static IHostApplicationBuilder AddCoach(this IHostApplicationBuilder builder)
    {
        builder.Services.AddCoachCore().AddCoachStorage().AddCoachDrafting(builder.Configuration);
        var telegram = builder.Configuration.GetSection(TelegramOptions.Section).Get<TelegramOptions>() ?? new TelegramOptions();
        if (telegram.Enabled)
        {
            builder.Services.AddCoachTelegram();
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
        services.AddSingleton(_ => CoachFlows.Create());
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(provider => new DialogueEngine(
            provider.GetRequiredService<ISessionStore>(),
            provider.GetRequiredService<FlowCatalog>(),
            provider.GetRequiredService<TextCatalog>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetService<Coach.Core.Drafting.IDraftModel>()));
        return services;
    }

    public static IServiceCollection AddCoachStorage(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.Section)
            .Validate(o => !string.IsNullOrWhiteSpace(o.Path), "Storage:Path must name the LiteDB file, e.g. data/coach.db.")
            .ValidateOnStart();

        // One LiteDatabase per process and file: two direct-mode instances on one file lose writes.
        services.AddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<StorageOptions>>().Value;
            return new LiteDbSessionStore(options.Path, options.Password);
        });
        services.AddSingleton<ISessionStore>(provider => provider.GetRequiredService<LiteDbSessionStore>());
        return services;
    }

    public static IServiceCollection AddCoachTelegram(this IServiceCollection services)
    {
        services.AddOptions<TelegramOptions>()
            .BindConfiguration(TelegramOptions.Section)
            .Validate(o => o.BotToken?.Contains(':') == true, "Telegram:BotToken does not look like a bot token (digits, a colon, then letters).")
            .Validate(o => string.IsNullOrWhiteSpace(o.ApiBaseUrl) || Uri.TryCreate(o.ApiBaseUrl, UriKind.Absolute, out _), "Telegram:ApiBaseUrl must be an absolute URL such as http://127.0.0.1:8081.")
            .Validate(o => o.PollingTimeoutSeconds is >= 0 and <= 50, "Telegram:PollingTimeoutSeconds must be between 0 and 50.")
            .ValidateOnStart();

        services.AddHttpClient("telegram");
        services.AddSingleton<ITelegramBotClient>(provider =>
        {
            var options = provider.GetRequiredService<IOptions<TelegramOptions>>().Value;
            var http = provider.GetRequiredService<IHttpClientFactory>().CreateClient("telegram");
            var baseUrl = string.IsNullOrWhiteSpace(options.ApiBaseUrl) ? null : options.ApiBaseUrl;
            return new TelegramBotClient(new TelegramBotClientOptions(options.BotToken!, baseUrl), http);
        });
        services.AddSingleton<TelegramReplySender>();
        services.AddSingleton<UpdateHandler>();
        services.AddSingleton<BotCommandsPublisher>();
        services.AddHostedService<PollingService>();
        return services;
    }

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
