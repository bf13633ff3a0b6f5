using Npgsql;

namespace Coach.Storage.PostgreSql;

/// <summary>
/// One PostgreSQL database as Coach's store: the pooled data source (one per process) and what lives in it,
/// the sessions (<see cref="Sessions"/>; <see cref="Turns"/> over them for the Telegram host), the update inbox and
/// the polling leader's lock. <see cref="MigrateAsync"/> runs at start.
/// </summary>
public sealed class PostgreSqlStore : IAsyncDisposable, IDisposable
{
    public PostgreSqlStore(string connectionString)
    {
        NpgsqlConnectionStringBuilder parsed;
        try
        {
            parsed = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException error)
        {
            throw new InvalidOperationException($"Storage:ConnectionString is not a PostgreSQL connection string ({error.Message}), e.g. Host=db;Username=coach;Password=…;Database=coach.", error);
        }

        // Named in pg_stat_activity, so an operator sees which connections are Coach's.
        parsed.ApplicationName ??= "coach";
        DataSource = NpgsqlDataSource.Create(parsed.ConnectionString);
        Inbox = new PostgreSqlUpdateInbox(DataSource);
        Sessions = new PostgreSqlSessionStore(DataSource);
        Turns = new PostgreSqlTurnStore(DataSource, Sessions, Inbox);
        Leader = new PostgreSqlLeaderLock(DataSource);
    }

    public NpgsqlDataSource DataSource { get; }

    public PostgreSqlSessionStore Sessions { get; }

    /// <summary>The sessions as the Telegram host saves them: a turn's session and replies in one transaction.</summary>
    public PostgreSqlTurnStore Turns { get; }

    public PostgreSqlUpdateInbox Inbox { get; }

    public PostgreSqlLeaderLock Leader { get; }

    /// <summary>Creates or migrates the schema (safe when several replicas start at once); returns how many migrations ran.</summary>
    public async Task<int> MigrateAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            return await PostgreSqlSchema.MigrateAsync(DataSource, cancellationToken);
        }
        catch (NpgsqlException error)
        {
            throw new InvalidOperationException($"the PostgreSQL database could not be reached or migrated ({error.Message}); check Storage:ConnectionString (Storage__ConnectionString).", error);
        }
    }

    /// <summary>For /health: the database answers.</summary>
    public async Task<bool> PingAsync(CancellationToken cancellationToken)
    {
        await using var command = DataSource.CreateCommand("SELECT 1");
        return await command.ExecuteScalarAsync(cancellationToken) is 1;
    }

    public ValueTask DisposeAsync() => DataSource.DisposeAsync();

    public void Dispose() => DataSource.Dispose();
}
