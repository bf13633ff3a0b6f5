using Coach.Core.Dialogue;
using Coach.Integration.Tests.Support;
using Coach.Storage;
using Coach.Storage.PostgreSql;

namespace Coach.Integration.Tests.Storage;

/// <summary>
/// <c>Coach.Bot copy-sessions</c>, run as its own process as the README runs it: LiteDB → PostgreSQL and back,
/// idempotent, with the counts at the end.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class SessionCopyTests(PostgresCluster cluster)
{
    [Fact]
    public async Task Sessions_copy_from_a_file_to_postgresql_once_and_back_whole()
    {
        using var folder = new TempFolder();
        var database = await cluster.CreateDatabaseAsync();
        var full = ObjectGraph.Filled<Session>();
        using (var file = new LiteDbSessionStore(folder.File("coach.db")))
        {
            file.Save(full);
            file.Save(new Session { Id = "tg:2", Answers = { ["coverage.product"] = "Хлеб" }, UpdatedUtc = DateTime.UtcNow.AddDays(-1) });
            file.Save(new Session { Id = "tg:3", Language = "ru", UpdatedUtc = DateTime.UtcNow.AddDays(-1) });
        }

        var environment = new Dictionary<string, string> { ["Storage__Path"] = folder.File("coach.db"), ["Storage__ConnectionString"] = database };
        Assert.Equal("Copied 3 session(s) from LiteDb to PostgreSql; 0 already there unchanged, 0 kept (changed later in PostgreSql); 3 in LiteDb.",
            await Run(folder, environment, "--from", "litedb", "--to", "postgresql"));
        Assert.Equal("Copied 0 session(s) from LiteDb to PostgreSql; 3 already there unchanged, 0 kept (changed later in PostgreSql); 3 in LiteDb.",
            await Run(folder, environment, "--from", "litedb", "--to", "postgresql"));

        // A chat that went on in PostgreSQL after the copy is not put back to the file's older state.
        await using (var store = new PostgreSqlStore(database))
        {
            var moved = store.Sessions.Find("tg:2")!;
            moved.Answers["coverage.budget"] = "limited";
            moved.UpdatedUtc = DateTime.UtcNow;
            store.Sessions.Save(moved);
        }

        Assert.Equal("Copied 0 session(s) from LiteDb to PostgreSql; 2 already there unchanged, 1 kept (changed later in PostgreSql); 3 in LiteDb.",
            await Run(folder, environment, "--from", "litedb", "--to", "postgresql"));

        // And back into a new file: every session whole.
        environment["Storage__Path"] = folder.File("back.db");
        Assert.Equal("Copied 3 session(s) from PostgreSql to LiteDb; 0 already there unchanged, 0 kept (changed later in LiteDb); 3 in PostgreSql.",
            await Run(folder, environment, "--from", "postgresql", "--to", "litedb"));
        using var back = new LiteDbSessionStore(folder.File("back.db"));
        Assert.Equal(new[] { "tg:2", "tg:3", full.Id }.Order(StringComparer.Ordinal), back.ChatIds());
        Assert.Empty(ObjectGraph.Differences(full, back.Find(full.Id)));
        Assert.Equal("limited", back.Find("tg:2")!.Answers["coverage.budget"]);
    }

    [Fact]
    public async Task Copy_sessions_without_a_direction_says_how_to_use_it()
    {
        using var folder = new TempFolder();
        using var process = BotProcess.Start(folder.Path, new Dictionary<string, string>(), "copy-sessions", "--from", "litedb");
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(2, process.ExitCode);
        Assert.StartsWith("Usage: copy-sessions --from litedb --to postgresql", output);
    }

    private static async Task<string> Run(TempFolder folder, Dictionary<string, string> environment, params string[] arguments)
    {
        using var process = BotProcess.Start(folder.Path, environment, ["copy-sessions", .. arguments]);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"exit code {process.ExitCode}: {error}");
        return (await output).Trim();
    }
}
