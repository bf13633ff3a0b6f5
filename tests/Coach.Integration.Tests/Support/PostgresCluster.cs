using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Coach.Integration.Tests.Support;

/// <summary>
/// A real PostgreSQL for the tests: one throwaway cluster per test run (an xunit collection fixture), made by
/// scripts/postgres-test-cluster.sh in a temp folder on a free port (the script installs PostgreSQL from the
/// Debian packages when it is missing, and runs it as "nobody" when the tests run as root), stopped and
/// deleted at the end. Each test takes a fresh database of its own (<see cref="CreateDatabaseAsync"/>).
/// </summary>
public sealed class PostgresCluster : IAsyncLifetime
{
    private string _folder = "";
    private string _serverConnection = "";
    private int _databases;

    public Task InitializeAsync()
    {
        // Under /tmp itself where there is one: the cluster's user ("nobody" under root) must reach the folder,
        // which a private TMPDIR would not let it.
        var temp = Directory.Exists("/tmp") ? "/tmp" : Path.GetTempPath();
        _folder = Path.Combine(temp, "coach-pg-" + Guid.NewGuid().ToString("N")[..12]);
        var output = RunScript("start", _folder, FreePort().ToString());
        _serverConnection = output.Trim().Split('\n')[^1];
        return Task.CompletedTask;
    }

    /// <summary>A new empty database; its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = $"coach_test_{Interlocked.Increment(ref _databases)}_{Guid.NewGuid():N}"[..40];
        await using (var server = new NpgsqlConnection(_serverConnection))
        {
            await server.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", server);
            await create.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(_serverConnection) { Database = name }.ConnectionString;
    }

    public Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        RunScript("stop", _folder);
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
        }

        return Task.CompletedTask;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string RunScript(params string[] arguments)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Script());
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"scripts/postgres-test-cluster.sh {string.Join(' ', arguments)} failed ({process.ExitCode}): {error.Result}");
        }

        return output;
    }

    private static string Script()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var script = Path.Combine(folder.FullName, "scripts", "postgres-test-cluster.sh");
            if (File.Exists(script))
            {
                return script;
            }
        }

        throw new InvalidOperationException("scripts/postgres-test-cluster.sh not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>Tests on the one PostgreSQL cluster of the run (they run one after another).</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresCluster>
{
    public const string Name = "PostgreSQL";
}
