using System.Diagnostics;
using System.Globalization;
using Coach.Core.Dialogue;
using Coach.Storage;
using Coach.Storage.PostgreSql;
using Npgsql;
using NpgsqlTypes;

namespace Coach.Bench;

/// <summary>
/// Sessions load + save on a store already holding many sessions, as a turn does them: find a random chat's
/// session, change an answer, save it (optimistically on PostgreSQL). The store is seeded in bulk first
/// (<c>--sessions</c>, default 100,000, each a walked coverage session of about 1.5 KB), then <c>--ops</c> turns
/// (default 5,000) run one after another on random chats. Prints p50/p99/max of the load, the save and both.
/// <c>--engine postgresql --connection CS</c> (an empty database: the schema is created) or <c>--engine litedb
/// [--data FOLDER]</c> (a fresh file, deleted afterwards).
/// </summary>
public static class StoreLatency
{
    public static async Task<int> RunAsync(string[] args)
    {
        int sessions = 100_000, ops = 5_000;
        string engine = "postgresql", data = "bench-data";
        string? connection = null;
        if (!BenchArgs.Read(args, "sessions [--engine postgresql --connection CS | --engine litedb --data FOLDER] [--sessions N] [--ops K]", new Dictionary<string, Func<string?, bool>>
        {
            ["--sessions"] = value => LoadDriver.TryPositive(value, out sessions),
            ["--ops"] = value => LoadDriver.TryPositive(value, out ops),
            ["--engine"] = value => value is "postgresql" or "litedb" && (engine = value) is not null,
            ["--connection"] = value => (connection = value) is not null,
            ["--data"] = value => (data = value!) is not null,
        }))
        {
            return 2;
        }

        if (engine == "postgresql" && connection is null)
        {
            Console.Error.WriteLine("--engine postgresql needs --connection (an empty database), e.g. Host=127.0.0.1;Port=5433;Username=postgres;Database=bench");
            return 2;
        }

        var seedClock = Stopwatch.StartNew();
        if (engine == "postgresql")
        {
            await using var store = new PostgreSqlStore(connection!);
            await store.MigrateAsync();
            await SeedAsync(store.DataSource, sessions);
            var seeded = seedClock.Elapsed;
            Report("PostgreSQL", sessions, seeded, Measure(store.Sessions, sessions, ops));
            return 0;
        }

        var folder = Path.GetFullPath(Path.Combine(data, "sessions-" + Guid.NewGuid().ToString("N")));
        Directory.CreateDirectory(folder);
        try
        {
            using var file = new LiteDbFile(Path.Combine(folder, "coach.db"));
            foreach (var batch in Enumerable.Range(0, sessions).Chunk(5_000))
            {
                var documents = batch.Select(i => SessionDocuments.ToDocument(Seeded(i))).ToList();
                await file.Commits.Enqueue(database => database.GetCollection("sessions").InsertBulk(documents));
            }

            var seeded = seedClock.Elapsed;
            Report("LiteDB", sessions, seeded, Measure(new LiteDbSessionStore(file), sessions, ops));
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task SeedAsync(NpgsqlDataSource database, int sessions)
    {
        foreach (var batch in Enumerable.Range(0, sessions).Chunk(5_000))
        {
            await using var insert = database.CreateCommand(
                "INSERT INTO coach_sessions (chat_id, revision, document) SELECT id, 1, document FROM unnest($1, $2) AS seeded(id, document)");
            insert.Parameters.Add(new NpgsqlParameter { Value = batch.Select(i => "tg:" + i).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
            insert.Parameters.Add(new NpgsqlParameter { Value = batch.Select(i => SessionDocuments.ToJson(Seeded(i))).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Jsonb });
            await insert.ExecuteNonQueryAsync();
        }

        await using var analyze = database.CreateCommand("ANALYZE coach_sessions");
        await analyze.ExecuteNonQueryAsync();
    }

    // A chat part-way through the programme: its coverage answers and a few KPI results.
    private static Session Seeded(int i)
    {
        var now = new DateTime(2026, 12, 2, 12, 0, 0, DateTimeKind.Utc);
        var session = new Session
        {
            Id = "tg:" + i,
            Language = i % 2 == 0 ? "en" : "ru",
            State = "coverage.budget",
            LastSequence = 1000 + i,
            CreatedUtc = now,
            UpdatedUtc = now,
        };
        session.Answers["coverage.product"] = "Organic sourdough bread from a small family bakery, delivered fresh " + i;
        session.Answers["coverage.audience"] = "narrow";
        session.Answers["coverage.geo"] = "city";
        session.Answers["coverage.channels"] = "vk,search,email";
        session.CompletedFlows.AddRange(["kpi", "smart"]);
        session.RemarksShown.AddRange(["coverage.small-budget", "kpi.cac-high"]);
        for (var k = 0; k < 5; k++)
        {
            session.SpentOrigins.Add((4000 + k).ToString(CultureInfo.InvariantCulture));
        }

        return session;
    }

    private static Timings Measure(ISessionStore store, int sessions, int ops)
    {
        var random = new Random(42);
        var timings = new Timings(ops);
        for (var op = -Math.Min(200, ops); op < ops; op++)
        {
            var id = "tg:" + random.Next(sessions);
            var started = Stopwatch.GetTimestamp();
            var session = store.Find(id) ?? throw new InvalidOperationException($"seeded session {id} not found");
            var loaded = Stopwatch.GetTimestamp();
            session.Answers["coverage.budget"] = "limited " + op;
            session.LastSequence++;
            store.Save(session);
            var saved = Stopwatch.GetTimestamp();

            // The first turns warm up (JIT, connections, pages); they are not counted.
            if (op >= 0)
            {
                timings.Add(loaded - started, saved - loaded);
            }
        }

        return timings;
    }

    private static void Report(string engine, int sessions, TimeSpan seeded, Timings timings)
    {
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(inv, $"Sessions on {engine}: {sessions:N0} stored (seeded in {seeded.TotalSeconds:F1} s), {timings.Count:N0} load + save turns on random chats, one at a time, {Environment.ProcessorCount} cores"));
        foreach (var (name, values) in new[] { ("load", timings.Loads), ("save", timings.Saves), ("load + save", timings.Both) })
        {
            values.Sort();
            Console.WriteLine(string.Create(inv, $"  {name,-12}: p50 {BenchArgs.Percentile(values, 50):F2} ms, p99 {BenchArgs.Percentile(values, 99):F2} ms, max {values[^1]:F2} ms"));
        }
    }

    private sealed class Timings(int capacity)
    {
        public List<double> Loads { get; } = new(capacity);

        public List<double> Saves { get; } = new(capacity);

        public List<double> Both { get; } = new(capacity);

        public int Count => Loads.Count;

        public void Add(long load, long save)
        {
            Loads.Add(load * 1000.0 / Stopwatch.Frequency);
            Saves.Add(save * 1000.0 / Stopwatch.Frequency);
            Both.Add((load + save) * 1000.0 / Stopwatch.Frequency);
        }
    }
}
