using Coach.Storage.PostgreSql;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Coach.Bot;

/// <summary>Storage:Provider=PostgreSql: creates or migrates the schema before the transports start (registered first).</summary>
public sealed class PostgreSqlMigration(PostgreSqlStore store, ILogger<PostgreSqlMigration> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var applied = await store.MigrateAsync(cancellationToken);
        if (applied > 0)
        {
            logger.LogInformation("PostgreSQL schema migrated to version {Version} ({Applied} step(s))", PostgreSqlSchema.Latest, applied);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
