using System.Collections.Concurrent;
using Coach.Bot;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Coach.Integration.Tests.Telegram;

/// <summary>
/// The real Coach host, built as Program.cs builds it, talking to a <see cref="FakeBotApiServer"/>.
/// Start a second one over the same <see cref="TempStorage"/> file to test a restart (dispose
/// the first one before: the LiteDB file is opened once per process).
/// </summary>
public sealed class CoachBotHost : IAsyncDisposable
{
    public const string Token = "123456:test-token";

    private readonly IHost _host;
    private readonly TempStorage? _ownedStorage;
    private bool _stopped;

    private CoachBotHost(IHost host, CollectingLoggerProvider log, TempStorage? ownedStorage)
    {
        _host = host;
        Log = log;
        _ownedStorage = ownedStorage;
    }

    /// <summary>Warnings and errors the host logged.</summary>
    public CollectingLoggerProvider Log { get; }

    public IServiceProvider Services => _host.Services;

    /// <summary>Starts a host over its own fresh storage, deleted when it is disposed.</summary>
    public static Task<CoachBotHost> StartAsync(FakeBotApiServer api) => StartAsync(api, new TempStorage(), ownsStorage: true, null);

    /// <summary>Starts a host over its own fresh storage with extra settings ("Telegram:MaxRetries" = "2").</summary>
    public static Task<CoachBotHost> StartAsync(FakeBotApiServer api, IReadOnlyDictionary<string, string?> settings) =>
        StartAsync(api, new TempStorage(), ownsStorage: true, settings);

    /// <summary>Starts a host over the given storage; the caller deletes it.</summary>
    public static Task<CoachBotHost> StartAsync(FakeBotApiServer api, TempStorage storage, IReadOnlyDictionary<string, string?>? settings = null) =>
        StartAsync(api, storage, ownsStorage: false, settings);

    /// <summary>Starts a host over the given storage whose engine, scheduler and dispatcher read <paramref name="time"/> (a test's clock).</summary>
    public static Task<CoachBotHost> StartAsync(FakeBotApiServer api, TempStorage storage, TimeProvider time) =>
        StartAsync(api, storage, ownsStorage: false, null, time);

    /// <summary>Starts a host over its own fresh storage with extra settings (a PostgreSQL database) and a test's clock.</summary>
    public static Task<CoachBotHost> StartAsync(FakeBotApiServer api, IReadOnlyDictionary<string, string?> settings, TimeProvider time) =>
        StartAsync(api, new TempStorage(), ownsStorage: true, settings, time);

    private static async Task<CoachBotHost> StartAsync(FakeBotApiServer api, TempStorage storage, bool ownsStorage, IReadOnlyDictionary<string, string?>? settings, TimeProvider? time = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = [],
            ContentRootPath = AppContext.BaseDirectory,
        });

        // Added last, so it wins over appsettings.json, the environment and user secrets.
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Telegram:BotToken"] = Token,
            ["Telegram:ApiBaseUrl"] = api.BaseUrl,
            ["Telegram:PollingTimeoutSeconds"] = "1",
            ["Storage:Path"] = storage.FilePath,

            // Quick retries, so fault tests take milliseconds rather than seconds.
            ["Telegram:RetryDelayMilliseconds"] = "20",
            ["Telegram:RequestTimeoutSeconds"] = "3",
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.AddCoach();
        if (time is not null)
        {
            // Registered last, so it is the one every part of the host resolves.
            builder.Services.AddSingleton(time);
        }

        var log = new CollectingLoggerProvider();
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddProvider(log);

        var host = builder.Build();
        var started = new CoachBotHost(host, log, ownsStorage ? storage : null);
        try
        {
            using var timeout = new CancellationTokenSource(FakeBotApiServer.DefaultTimeout);
            await host.StartAsync(timeout.Token);
            return started;
        }
        catch
        {
            await started.DisposeAsync();
            throw;
        }
    }

    public async Task StopAsync()
    {
        if (_stopped)
        {
            return;
        }

        _stopped = true;
        using var timeout = new CancellationTokenSource(FakeBotApiServer.DefaultTimeout);
        await _host.StopAsync(timeout.Token);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopAsync();
        }
        finally
        {
            if (_host is IAsyncDisposable asyncDisposable)
            {
                await asyncDisposable.DisposeAsync();
            }
            else
            {
                _host.Dispose();
            }

            _ownedStorage?.Dispose();
        }
    }
}

/// <summary>A fresh temp folder holding the LiteDB file; deleted on dispose.</summary>
public sealed class TempStorage : IDisposable
{
    public TempStorage()
    {
        Folder = Path.Combine(Path.GetTempPath(), "coach-e2e-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
    }

    public string Folder { get; }

    public string FilePath => Path.Combine(Folder, "coach.db");

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a temp folder left behind must not fail a test.
        }
    }
}

/// <summary>Keeps what the host logs (warnings and up), so a test can show it or assert there is none.</summary>
public sealed class CollectingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _entries = new();

    public IReadOnlyList<string> Entries => _entries.ToList();

    public IReadOnlyList<string> Errors => _entries.Where(e => e.StartsWith("Error", StringComparison.Ordinal) || e.StartsWith("Critical", StringComparison.Ordinal)).ToList();

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

    public void Dispose()
    {
    }

    public override string ToString() => _entries.IsEmpty ? "(nothing logged)" : string.Join("\n", _entries);

    private sealed class Logger(string category, ConcurrentQueue<string> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                entries.Enqueue($"{logLevel} {category}: {formatter(state, exception)}{(exception is null ? "" : "\n" + exception)}");
            }
        }
    }
}
