using Coach.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using OpenTelemetry.Metrics;

namespace Coach.Bot.Operations;

/// <summary>
/// GET /health (the store answers: the inbox is read) and, with Metrics:Enabled, GET /metrics (Prometheus text
/// format, from the host's OpenTelemetry meter provider) on a small Kestrel app: the webhook listener, or in
/// polling mode <see cref="MetricsService"/>'s.
/// </summary>
public static class OperationsEndpoints
{
    public const string HealthPath = "/health";
    public const string MetricsPath = "/metrics";

    public static void AddTo(WebApplicationBuilder web, IServiceProvider coach)
    {
        var inbox = coach.GetRequiredService<IUpdateInbox>();
        web.Services.AddHealthChecks().AddCheck("store", () =>
        {
            try
            {
                return HealthCheckResult.Healthy($"the store answers; {inbox.PendingCount()} update(s) pending");
            }
            catch (Exception error)
            {
                return HealthCheckResult.Unhealthy("the store does not answer", error);
            }
        });
    }

    public static void MapTo(WebApplication app, IServiceProvider coach)
    {
        app.MapHealthChecks(HealthPath);
        if (coach.GetService<MeterProvider>() is { } meters)
        {
            app.MapPrometheusScrapingEndpoint(MetricsPath, meters, null, null);
        }
    }
}
