using Coach.Bot.Options;
using Coach.Core.Dialogue;
using Coach.Storage;
using Coach.Storage.PostgreSql;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Coach.Bot;

/// <summary>
/// <c>copy-sessions --from litedb --to postgresql</c> (or back): copies every session from one store to the
/// other, with the usual Storage settings (Storage:Path for the file, Storage:ConnectionString for the database,
/// from appsettings.json, the environment or the command line). Idempotent: a session the target holds already
/// unchanged is left alone, and one the target changed later (its UpdatedUtc is newer) is kept, not overwritten;
/// run it again and nothing is copied twice. Ends with the counts. Stop Coach while it runs.
/// </summary>
public static class SessionCopyCommand
{
    public const string Name = "copy-sessions";

    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, ContentRootPath = AppContext.BaseDirectory });
        var configuration = builder.Configuration;
        var storage = configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        if (Provider(configuration["from"]) is not { } from || Provider(configuration["to"]) is not { } to || from == to)
        {
            await output.WriteLineAsync("Usage: copy-sessions --from litedb --to postgresql (or --from postgresql --to litedb); Storage:Path names the file, Storage:ConnectionString the database.");
            return 2;
        }

        var disposables = new List<IDisposable>();
        try
        {
            var source = await OpenAsync(from, storage, disposables);
            var target = await OpenAsync(to, storage, disposables);
            var counts = Copy(source, target);
            await output.WriteLineAsync(
                $"Copied {counts.Copied} session(s) from {from} to {to}; {counts.Unchanged} already there unchanged, {counts.KeptNewer} kept (changed later in {to}); {counts.Copied + counts.Unchanged + counts.KeptNewer} in {from}.");
            return 0;
        }
        finally
        {
            foreach (var disposable in Enumerable.Reverse(disposables))
            {
                disposable.Dispose();
            }
        }
    }

    public sealed record Counts(int Copied, int Unchanged, int KeptNewer);

    public static Counts Copy(ICopyableSessionStore source, ICopyableSessionStore target)
    {
        int copied = 0, unchanged = 0, keptNewer = 0;
        foreach (var chatId in source.ChatIds())
        {
            if (source.Find(chatId) is not { } session)
            {
                continue;
            }

            var existing = target.Find(chatId);
            if (existing is not null && SessionDocuments.ToJson(existing) == SessionDocuments.ToJson(session))
            {
                unchanged++;
            }
            else if (existing is not null && existing.UpdatedUtc > session.UpdatedUtc)
            {
                keptNewer++;
            }
            else
            {
                target.Replace(session);
                copied++;
            }
        }

        return new Counts(copied, unchanged, keptNewer);
    }

    private static StorageProvider? Provider(string? name) => name?.ToLowerInvariant() switch
    {
        "litedb" => StorageProvider.LiteDb,
        "postgresql" or "postgres" => StorageProvider.PostgreSql,
        _ => null,
    };

    private static async Task<ICopyableSessionStore> OpenAsync(StorageProvider provider, StorageOptions storage, List<IDisposable> disposables)
    {
        if (provider == StorageProvider.LiteDb)
        {
            var store = new LiteDbSessionStore(storage.Path, storage.Password);
            disposables.Add(store);
            return store;
        }

        if (string.IsNullOrWhiteSpace(storage.ConnectionString))
        {
            throw new InvalidOperationException("Storage:ConnectionString (Storage__ConnectionString) must name the PostgreSQL database.");
        }

        var database = new PostgreSqlStore(storage.ConnectionString);
        disposables.Add(database);
        await database.MigrateAsync();
        return database.Sessions;
    }
}
