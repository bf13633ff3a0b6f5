using Coach.Bot.Options;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Coach.Bot.Operations;

/// <summary>Polling mode with Metrics:Enabled: /metrics and /health on <see cref="MetricsOptions.ListenUrl"/> (webhook mode serves them on its listener).</summary>
public sealed class MetricsService(IServiceProvider coach, IOptions<MetricsOptions> options, ILoggerFactory loggers, ILogger<MetricsService> logger) : IHostedService, IAsyncDisposable
{
    private WebApplication? _app;

    /// <summary>Where it listens, once started.</summary>
    public IReadOnlyList<string> Addresses { get; private set; } = [];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var web = WebApplication.CreateSlimBuilder();
        web.Logging.ClearProviders();
        web.Services.AddSingleton(loggers);
        web.WebHost.UseUrls(options.Value.ListenUrl);
        OperationsEndpoints.AddTo(web, coach);
        var app = web.Build();
        OperationsEndpoints.MapTo(app, coach);
        await app.StartAsync(cancellationToken);
        _app = app;
        Addresses = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.ToList();
        logger.LogInformation("Metrics and health on {Addresses}", string.Join(", ", Addresses));
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_app is not null)
        {
            await _app.StopAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
