using System.Text;
using Coach.Core.Dialogue;
using Coach.Integration.Tests.Support;
using Coach.Storage;
using Coach.Storage.PostgreSql;
using LiteDB;
using Npgsql;

namespace Coach.Integration.Tests.Storage.Contract;

/// <summary>One engine's storage as the contract suite sees it: fresh and empty, opened for one test.</summary>
public abstract class StoreUnderTest : IAsyncDisposable
{
    public abstract ISessionStore Sessions { get; }

    public abstract IUpdateInbox Inbox { get; }

    /// <summary>The session store as the Telegram host uses it: a turn's session and replies committed together.</summary>
    public abstract ICommittedSessionStore Committed { get; }

    /// <summary>Another handle on the same stored data, as a second process (replica) would have.</summary>
    public abstract ISessionStore OtherHandle();

    /// <summary>True when the text is anywhere in what the engine stores (every table, or the file and its log).</summary>
    public abstract Task<bool> HoldsAsync(string text);

    /// <summary>Stores a raw session document as an earlier version wrote it, bypassing today's writer.</summary>
    public abstract Task StoreEarlierVersionAsync(BsonDocument document);

    public abstract ValueTask DisposeAsync();
}

public sealed class LiteDbUnderTest : StoreUnderTest
{
    private readonly TempFolder _folder = new();
    private readonly LiteDbFile _file;

    public LiteDbUnderTest()
    {
        _file = new LiteDbFile(_folder.File("coach.db"));
        Sessions = new LiteDbSessionStore(_file);
        var inbox = new LiteDbUpdateInbox(_file);
        Inbox = inbox;
        Committed = new GroupCommitSessionStore(new LiteDbSessionStore(_file), inbox);
    }

    public override ICommittedSessionStore Committed { get; }

    public override ISessionStore Sessions { get; }

    public override IUpdateInbox Inbox { get; }

    public override ISessionStore OtherHandle() => new LiteDbSessionStore(_file);

    public override Task<bool> HoldsAsync(string text)
    {
        var needle = Encoding.UTF8.GetBytes(text);
        foreach (var path in new[] { _file.FilePath, LiteDbFile.LogFileOf(_file.FilePath) })
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            var bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
            if (bytes.AsSpan().IndexOf(needle) >= 0)
            {
                return Task.FromResult(true);
            }
        }

        return Task.FromResult(false);
    }

    public override Task StoreEarlierVersionAsync(BsonDocument document) =>
        _file.Commits.Enqueue(database => database.GetCollection("sessions").Upsert(document));

    public override ValueTask DisposeAsync()
    {
        _file.Dispose();
        _folder.Dispose();
        return ValueTask.CompletedTask;
    }
}

public sealed class PostgreSqlUnderTest : StoreUnderTest
{
    private readonly PostgreSqlStore _store;

    private PostgreSqlUnderTest(PostgreSqlStore store, string connectionString)
    {
        _store = store;
        ConnectionString = connectionString;
    }

    public string ConnectionString { get; }

    public static async Task<PostgreSqlUnderTest> OpenAsync(PostgresCluster cluster)
    {
        var connectionString = await cluster.CreateDatabaseAsync();
        var store = new PostgreSqlStore(connectionString);
        await store.MigrateAsync();
        return new PostgreSqlUnderTest(store, connectionString);
    }

    public override ISessionStore Sessions => _store.Sessions;

    public override IUpdateInbox Inbox => _store.Inbox;

    public override ICommittedSessionStore Committed => _store.Sessions;

    public NpgsqlDataSource DataSource => _store.DataSource;

    public override ISessionStore OtherHandle() => new PostgreSqlSessionStore(_store.DataSource, _store.Inbox);

    public override Task<bool> HoldsAsync(string text) => DatabaseHoldsAsync(_store.DataSource, text);

    /// <summary>Every table of the database's public schema, each row as text.</summary>
    public static async Task<bool> DatabaseHoldsAsync(NpgsqlDataSource database, string text)
    {
        var tables = new List<string>();
        await using (var list = database.CreateCommand("SELECT tablename FROM pg_tables WHERE schemaname = 'public'"))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        Assert.Contains("coach_sessions", tables);
        foreach (var table in tables)
        {
            await using var search = database.CreateCommand($"SELECT count(*) FROM {table} t WHERE strpos(t::text, $1) > 0");
            search.Parameters.Add(new NpgsqlParameter { Value = text });
            if (Convert.ToInt64(await search.ExecuteScalarAsync()) > 0)
            {
                return true;
            }
        }

        return false;
    }

    public override async Task StoreEarlierVersionAsync(BsonDocument document)
    {
        await using var insert = _store.DataSource.CreateCommand("INSERT INTO coach_sessions (chat_id, revision, document) VALUES ($1, 1, $2::jsonb)");
        insert.Parameters.Add(new NpgsqlParameter { Value = document["_id"].AsString });
        insert.Parameters.Add(new NpgsqlParameter { Value = LiteDB.JsonSerializer.Serialize(document) });
        await insert.ExecuteNonQueryAsync();
    }

    public override ValueTask DisposeAsync() => _store.DisposeAsync();
}
