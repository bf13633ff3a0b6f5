using System.Diagnostics;
using System.Globalization;
using Coach.Core.Dialogue;
using Coach.Core.Flows;
using Coach.Core.Texts;

namespace Coach.Bench;

/// <summary>
/// End-to-end per-message load, in process: N chats each send M free-text KPI messages through
/// one <see cref="DialogueEngine"/> over an in-memory store. A chat waits for its reply before
/// sending the next message (as a user would); at most P chats are in flight at once. The run
/// is bounded by N × M messages and by a wall-clock limit, so it always stops by itself.
/// </summary>
public static class LoadDriver
{
    public static async Task<int> RunAsync(string[] args)
    {
        int chats = 50, messages = 40, parallel = Environment.ProcessorCount, seconds = 120;
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--chats" when TryPositive(value, out chats):
                case "--messages" when TryPositive(value, out messages):
                case "--parallel" when TryPositive(value, out parallel):
                case "--seconds" when TryPositive(value, out seconds):
                    i++;
                    break;
                default:
                    Console.Error.WriteLine($"Unknown or invalid argument '{args[i]}'.");
                    Console.Error.WriteLine("Usage: load [--chats N] [--messages M] [--parallel P] [--seconds S]");
                    return 2;
            }
        }

        var store = new InMemorySessionStore();
        var engine = new DialogueEngine(store, CoachFlows.Create(), TextCatalog.Default);

        // Warm-up: the measured round itself (the same loop, checks and timing), on chats of its own, until a round
        // spends under 0.5 % of its time in the JIT (rounds of at least 2,000 messages, 1.5 s in all, at most 40
        // rounds). A warm-up of four long chats left the first messages of new chats and the driver's own loop to be
        // compiled during the run: 48 methods, 9 ms of a 0.2 s run. "JIT in the run" shows what is left.
        var warmup = Stopwatch.StartNew();
        var rounds = 0;
        var warmupChats = Math.Max(Math.Min(chats, 200), (2000 + messages - 1) / messages);
        for (var settled = false; rounds < 40 && (!settled || warmup.Elapsed < TimeSpan.FromSeconds(1.5)); rounds++)
        {
            var (jit, round) = (System.Runtime.JitInfo.GetCompilationTime(), Stopwatch.StartNew());
            var trial = await RoundAsync(engine, $"warmup{rounds}", warmupChats, messages, parallel, CancellationToken.None);
            settled = System.Runtime.JitInfo.GetCompilationTime() - jit < round.Elapsed * 0.005;
            for (var chat = 0; chat < warmupChats; chat++)
            {
                store.Delete($"warmup{rounds}:{chat}");
            }

            if (trial.Faults + trial.Unexpected > 0)
            {
                Console.Error.WriteLine($"The warm-up got {trial.Faults} faults and {trial.Unexpected} unexpected replies.");
                return 1;
            }
        }

        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));

        GC.Collect();
        var gen0 = GC.CollectionCount(0);
        var gen1 = GC.CollectionCount(1);
        var gen2 = GC.CollectionCount(2);
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var (jitBefore, methodsBefore) = (System.Runtime.JitInfo.GetCompilationTime(), System.Runtime.JitInfo.GetCompiledMethodCount());
        var started = Stopwatch.GetTimestamp();
        var (latencies, faults, unexpected, stopped) = await RoundAsync(engine, "load", chats, messages, parallel, limit.Token);
        var elapsed = Stopwatch.GetElapsedTime(started);
        var (jitted, methods) = (System.Runtime.JitInfo.GetCompilationTime() - jitBefore, System.Runtime.JitInfo.GetCompiledMethodCount() - methodsBefore);
        allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        double Ms(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;

        // Message k of chat c is English when c + k is even (see Message): the two sentences cost about 2:1, so the
        // percentiles of the mix are also given for each.
        double[] Sorted(Func<int, int, bool> kept) =>
            [.. latencies.SelectMany((times, chat) => (times ?? []).Where((_, k) => kept(chat, k))).Select(Ms).Order()];
        var all = Sorted((_, _) => true);
        if (all.Length == 0)
        {
            Console.Error.WriteLine("No message was handled.");
            return 1;
        }

        var (english, russian) = (Sorted((chat, k) => (chat + k) % 2 == 0), Sorted((chat, k) => (chat + k) % 2 == 1));
        string Percentiles(double[] sorted) => sorted.Length == 0 ? "none" : string.Create(
            CultureInfo.InvariantCulture, $"p50 {BenchArgs.Percentile(sorted, 50):F3}  p95 {BenchArgs.Percentile(sorted, 95):F3}  p99 {BenchArgs.Percentile(sorted, 99):F3}");
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(inv, $"Load: {chats} chats x {messages} messages, {parallel} in flight, {Environment.ProcessorCount} cores, in-memory store, warm-up {rounds} rounds of {warmupChats} x {messages}"));
        Console.WriteLine(string.Create(inv, $"  messages handled : {all.Length}{(stopped ? $" (stopped at the {seconds}s limit)" : "")}, faults {faults}, unexpected replies {unexpected}"));
        Console.WriteLine(string.Create(inv, $"  elapsed          : {elapsed.TotalSeconds:F3} s"));
        Console.WriteLine(string.Create(inv, $"  throughput       : {all.Length / elapsed.TotalSeconds:F0} messages/s"));
        Console.WriteLine(string.Create(inv, $"  latency (ms)     : {Percentiles(all)}  max {all[^1]:F3}  mean {all.Average():F3}"));
        Console.WriteLine($"    English (3 cards): {Percentiles(english)}");
        Console.WriteLine($"    Russian (1 card) : {Percentiles(russian)}");
        Console.WriteLine(string.Create(inv, $"  JIT in the run   : {methods} methods, {jitted.TotalMilliseconds:F1} ms"));
        Console.WriteLine(string.Create(inv, $"  allocated        : {allocated / all.Length / 1024.0:F1} KB/message; GCs gen0 {GC.CollectionCount(0) - gen0}, gen1 {GC.CollectionCount(1) - gen1}, gen2 {GC.CollectionCount(2) - gen2}"));
        return faults == 0 && unexpected == 0 ? 0 : 1;
    }

    /// <summary>
    /// One round: each of the chats (named prefix:0, prefix:1...) sends its messages, one at a time, at most
    /// <paramref name="parallel"/> chats in flight; each message's time from the call to the outcome.
    /// </summary>
    private static async Task<(long[][] Latencies, int Faults, int Unexpected, bool Stopped)> RoundAsync(
        DialogueEngine engine, string prefix, int chats, int messages, int parallel, CancellationToken cancellation)
    {
        var latencies = new long[chats][];
        var faults = 0;
        var unexpected = 0;
        var options = new ParallelOptions { MaxDegreeOfParallelism = parallel, CancellationToken = cancellation };
        try
        {
            await Parallel.ForEachAsync(Enumerable.Range(0, chats), options, async (chat, token) =>
            {
                var times = new long[messages];
                var sent = 0;
                for (; sent < messages && !token.IsCancellationRequested; sent++)
                {
                    var input = Message($"{prefix}:{chat}", chat + sent);
                    var before = Stopwatch.GetTimestamp();
                    var outcome = await engine.HandleAsync(input, token);
                    times[sent] = Stopwatch.GetTimestamp() - before;
                    if (outcome.Fault is not null)
                    {
                        Interlocked.Increment(ref faults);
                    }
                    else if (!KpiPath.AsExpected(outcome.Replies, input.LanguageHint ?? "en"))
                    {
                        Interlocked.Increment(ref unexpected);
                    }
                }

                latencies[chat] = times[..sent];
            });
        }
        catch (OperationCanceledException)
        {
            return (latencies, faults, unexpected, true);
        }

        return (latencies, faults, unexpected, false);
    }

    // Chats alternate languages; each message is one of the two free-text KPI sentences.
    private static UserInput Message(string chatId, int n) =>
        n % 2 == 0 ? UserInput.Text(chatId, KpiPath.English, "en") : UserInput.Text(chatId, KpiPath.Russian, "ru");

    internal static bool TryPositive(string? text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value > 0;
}
