using Npgsql;

namespace Coach.Storage.PostgreSql;

/// <summary>
/// Which replica polls Telegram: the one holding a session advisory lock on a connection of its own. The others
/// try again every few seconds, so when the leader dies (its connection closes, and the lock with it) another
/// takes over within <see cref="RetryInterval"/>. The leader checks its connection on the same beat and steps
/// down when it is gone.
/// </summary>
public sealed class PostgreSqlLeaderLock(NpgsqlDataSource database) : ILeaderLock
{
    public static readonly TimeSpan RetryInterval = TimeSpan.FromSeconds(2);

    public async Task<ILeadership> AcquireAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            NpgsqlConnection? connection = null;
            try
            {
                connection = await database.OpenConnectionAsync(cancellationToken);
                await using var tryLock = new NpgsqlCommand($"SELECT pg_try_advisory_lock({AdvisoryLocks.Space}, {AdvisoryLocks.PollingLeader})", connection);
                if (await tryLock.ExecuteScalarAsync(cancellationToken) is true)
                {
                    return new Leadership(connection);
                }
            }
            catch (NpgsqlException)
            {
                // The database is unreachable for now: try again on the next beat.
            }

            if (connection is not null)
            {
                await connection.DisposeAsync();
            }

            await Task.Delay(RetryInterval, cancellationToken);
        }
    }

    private sealed class Leadership : ILeadership
    {
        private readonly NpgsqlConnection _connection;
        private readonly CancellationTokenSource _lost = new();
        private readonly Task _watch;

        public Leadership(NpgsqlConnection connection)
        {
            _connection = connection;
            _watch = Task.Run(WatchAsync);
        }

        public CancellationToken Lost => _lost.Token;

        private async Task WatchAsync()
        {
            try
            {
                while (!_lost.IsCancellationRequested)
                {
                    await Task.Delay(RetryInterval, _lost.Token);
                    await using var ping = new NpgsqlCommand("SELECT 1", _connection);
                    await ping.ExecuteScalarAsync(_lost.Token);
                }
            }
            catch (Exception)
            {
                // The connection (and with it the lock) is gone, or the leadership was given up.
            }
            finally
            {
                await _lost.CancelAsync();
            }
        }

        public async ValueTask DisposeAsync()
        {
            await _lost.CancelAsync();
            await _watch;
            // Closing the connection for good ends its session, and the lock with it.
            NpgsqlConnection.ClearPool(_connection);
            await _connection.DisposeAsync();
        }
    }
}
