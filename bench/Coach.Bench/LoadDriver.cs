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

        // Warm-up on chats that are not measured: JIT up to tier 1 (it promotes methods after 30 calls and a 100 ms
        // delay, in the background, through an instrumented tier), the text catalogue. In rounds of 2,000 messages and
        // at least 1.5 s in all, until a round spends under 2 % of its time compiling (at most 40 rounds; on this machine
        // it settles after about 40,000 messages): measured while the background compiler still ran, its preemptions
        // were the p99.
        var warmup = Stopwatch.StartNew();
        var rounds = 0;
        for (var settled = false; rounds < 40 && (!settled || warmup.Elapsed < TimeSpan.FromSeconds(1.5)); rounds++)
        {
            var (jit, round) = (System.Runtime.JitInfo.GetCompilationTime(), Stopwatch.StartNew());
            for (var w = 0; w < 2000; w++)
            {
                await engine.HandleAsync(Message($"warmup:{w % 4}", w));
            }

            settled = System.Runtime.JitInfo.GetCompilationTime() - jit < round.Elapsed * 0.02;
        }

        var latencies = new long[chats][];
        var faults = 0;
        var unexpected = 0;
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        var options = new ParallelOptions { MaxDegreeOfParallelism = parallel, CancellationToken = limit.Token };

        GC.Collect();
        var gen0 = GC.CollectionCount(0);
        var gen1 = GC.CollectionCount(1);
        var gen2 = GC.CollectionCount(2);
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var started = Stopwatch.GetTimestamp();
        var stopped = false;
        try
        {
            await Parallel.ForEachAsync(Enumerable.Range(0, chats), options, async (chat, token) =>
            {
                var times = new long[messages];
                var sent = 0;
                for (; sent < messages && !token.IsCancellationRequested; sent++)
                {
                    var input = Message($"load:{chat}", chat + sent);
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
            stopped = true;
        }

        var elapsed = Stopwatch.GetElapsedTime(started);
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
        Console.WriteLine(string.Create(inv, $"Load: {chats} chats x {messages} messages, {parallel} in flight, {Environment.ProcessorCount} cores, in-memory store, warm-up {rounds} x 2000"));
        Console.WriteLine(string.Create(inv, $"  messages handled : {all.Length}{(stopped ? $" (stopped at the {seconds}s limit)" : "")}, faults {faults}, unexpected replies {unexpected}"));
        Console.WriteLine(string.Create(inv, $"  elapsed          : {elapsed.TotalSeconds:F3} s"));
        Console.WriteLine(string.Create(inv, $"  throughput       : {all.Length / elapsed.TotalSeconds:F0} messages/s"));
        Console.WriteLine(string.Create(inv, $"  latency (ms)     : {Percentiles(all)}  max {all[^1]:F3}  mean {all.Average():F3}"));
        Console.WriteLine($"    English (3 cards): {Percentiles(english)}");
        Console.WriteLine($"    Russian (1 card) : {Percentiles(russian)}");
        Console.WriteLine(string.Create(inv, $"  allocated        : {allocated / all.Length / 1024.0:F1} KB/message; GCs gen0 {GC.CollectionCount(0) - gen0}, gen1 {GC.CollectionCount(1) - gen1}, gen2 {GC.CollectionCount(2) - gen2}"));
        return faults == 0 && unexpected == 0 ? 0 : 1;
    }

    // Chats alternate languages; each message is one of the two free-text KPI sentences.
    private static UserInput Message(string chatId, int n) =>
        n % 2 == 0 ? UserInput.Text(chatId, KpiPath.English, "en") : UserInput.Text(chatId, KpiPath.Russian, "ru");

    internal static bool TryPositive(string? text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value > 0;
}
