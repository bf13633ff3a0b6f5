using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace Coach.Bench.Telegram;

/// <summary>
/// End to end through Telegram, in one process and one run: the real Coach host (as Program.cs
/// builds it, polling, LiteDB on disk) and a bare echo bot, both over the real Telegram.Bot client
/// against one in-process <see cref="BenchBotApi"/>. Each bot gets the same burst: N chats × M
/// messages queued at once (a chat keeps one language and one KPI sentence); an update is done
/// when its last reply has arrived. Prints updates/s, update→reply latency of both, the ratio,
/// and the write syscalls (and, when Coach.Storage counts them, LiteDB commits) per update.
/// </summary>
public static class TelegramLoad
{
    private const string CoachToken = "100001:coach-bench";
    private const string EchoToken = "100002:echo-bench";

    public static async Task<int> RunAsync(string[] args)
    {
        int chats = 200, messages = 20, seconds = 120, parallel = 16, warmup = 10;
        string? data = null;
        if (!BenchArgs.Read(args, "telegram [--chats N] [--messages M] [--parallel P] [--seconds S] [--data FOLDER] [--warmup W]", new Dictionary<string, Func<string?, bool>>
        {
            ["--chats"] = value => LoadDriver.TryPositive(value, out chats),
            ["--messages"] = value => LoadDriver.TryPositive(value, out messages),
            ["--seconds"] = value => LoadDriver.TryPositive(value, out seconds),
            ["--parallel"] = value => LoadDriver.TryPositive(value, out parallel),
            ["--data"] = value => (data = value) is not null,
            ["--warmup"] = value => LoadDriver.TryPositive(value, out warmup),
        }))
        {
            return 2;
        }

        // On disk by default (the current folder), not /tmp, which may be tmpfs.
        var folder = Path.GetFullPath(Path.Combine(data ?? "bench-data", "run-" + Guid.NewGuid().ToString("N")));
        Directory.CreateDirectory(folder);
        await using var api = await BenchBotApi.StartAsync();
        var counters = new ReplyCounters();
        api.MessageSent = counters.Add;
        try
        {
            using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
            using var host = await StartCoachAsync(api, Path.Combine(folder, "coach.db"), parallel);
            using var echo = new EchoBot(api.BaseUrl, EchoToken);
            echo.Start();

            // Warm-up on chats that are not measured, in rounds shaped like the burst (as many chats, up to 200, W
            // messages each): JIT, connections, the data file's first pages. Tiered compilation keeps recompiling (tier 0,
            // instrumented, tier 1) for thousands of updates, and rounds of 20 chats left the burst's own shape (its
            // larger groups, its longer queues) to compile during the burst: 1.1-2.7 s of JIT in a 3 s burst, a third of
            // its CPU, a cost a long-running bot pays once. So the rounds go on until one spends under 2 % of its time
            // compiling (at most 12).
            var warmupChats = Math.Min(chats, 200);
            var rounds = 0;
            for (var settled = false; !settled && rounds < 12; rounds++)
            {
                var round = await Burst(api, counters, CoachToken, warmupChats, warmup, chatBase: 900_000 + rounds * warmupChats, limit.Token);
                await Burst(api, counters, EchoToken, warmupChats, warmup, chatBase: 900_000 + rounds * warmupChats, limit.Token);
                settled = round.Jit < round.Elapsed * 0.02;
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Warm-up: {rounds} round(s) of {warmupChats} chats x {warmup} messages"));

            var echoRun = await Burst(api, counters, EchoToken, chats, messages, chatBase: 1, limit.Token);
            var commits = host.Services.GetRequiredService<Coach.Storage.LiteDbFile>().Commits;
            var (groupsBefore, writesBefore, checkpointsBefore, flushesBefore) = (commits.Groups, commits.Writes, commits.Checkpoints, commits.Flushes);
            var (applyBefore, flushBefore, copyBefore) = (commits.ApplyTicks, commits.FlushTicks, commits.CheckpointTicks);
            var coachRun = await Burst(api, counters, CoachToken, chats, messages, chatBase: 1, limit.Token);

            var inv = CultureInfo.InvariantCulture;
            Console.WriteLine(string.Create(inv, $"Telegram end to end: {chats} chats x {messages} messages queued at once, {Environment.ProcessorCount} cores, MaxParallelChats {parallel}, data on {folder}"));
            Print("echo bot", echoRun);
            Print("Coach", coachRun);
            Console.WriteLine(string.Create(inv, $"  ratio Coach/echo  : {coachRun.PerSecond / echoRun.PerSecond:F2}x updates/s"));
            Console.WriteLine(string.Create(inv, $"  Coach writes      : {coachRun.WriteCalls / (double)coachRun.Updates:F1} write syscalls/update (process-wide, /proc/self/io); {(commits.Groups - groupsBefore) / (double)coachRun.Updates:F2} group commits/update ({(commits.Writes - writesBefore) / (double)(commits.Groups - groupsBefore):F1} writes each), {(commits.Flushes - flushesBefore) / (double)coachRun.Updates:F2} fsyncs/update, {commits.Checkpoints - checkpointsBefore} checkpoints"));
            var wall = coachRun.Elapsed.TotalSeconds * Stopwatch.Frequency;
            Console.WriteLine(string.Create(inv, $"  Coach commit thread: applying {100 * (commits.ApplyTicks - applyBefore) / wall:F0} % of the burst, flushing {100 * (commits.FlushTicks - flushBefore) / wall:F0} % (of which checkpoints {100 * (commits.CheckpointTicks - copyBefore) / wall:F0} %)"));
            await host.StopAsync();
            if (counters.Unexpected > 0)
            {
                Console.Error.WriteLine($"{counters.Unexpected} of Coach's replies were not the sentence's result cards.");
                return 1;
            }

            return 0;
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine($"Not all replies arrived within {seconds} s.");
            return 1;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void Print(string name, Run run)
    {
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(inv, $"  {name,-17} : {run.Updates} updates in {run.Elapsed.TotalSeconds:F2} s = {run.PerSecond:F0} updates/s; update->reply p50 {run.Percentile(50):F0} ms, p95 {run.Percentile(95):F0} ms, max {run.Percentile(100):F0} ms; process CPU {run.Cpu.TotalMilliseconds / run.Updates:F2} ms/update, {run.Allocated / 1024.0 / run.Updates:F0} KB allocated/update, {run.Gen0} gen0 / {run.Gen2} gen2 GCs; JIT {run.Jit.TotalMilliseconds:F0} ms ({run.Jitted} methods)"));
    }

    private static Task<IHost> StartCoachAsync(BenchBotApi api, string path, int parallel) => BenchArgs.StartCoachAsync(new()
    {
        ["Telegram:BotToken"] = CoachToken,
        ["Telegram:ApiBaseUrl"] = api.BaseUrl,
        ["Telegram:PollingTimeoutSeconds"] = "1",
        ["Telegram:MaxParallelChats"] = parallel.ToString(CultureInfo.InvariantCulture),
        ["Storage:Path"] = path,
    });

    private static async Task<Run> Burst(BenchBotApi api, ReplyCounters counters, string token, int chats, int messages, long chatBase, CancellationToken cancellationToken)
    {
        var writesBefore = WriteSyscalls();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        var (gen0Before, gen2Before) = (GC.CollectionCount(0), GC.CollectionCount(2));
        var (jitBefore, jittedBefore) = (System.Runtime.JitInfo.GetCompilationTime(), System.Runtime.JitInfo.GetCompiledMethodCount());
        var chatIds = Enumerable.Range(0, chats).Select(c => chatBase + c).ToArray();
        var expected = chatIds.ToDictionary(chat => chat, chat => ExpectedPerUpdate(token, chat));
        var waits = chatIds.Select(chat => counters.WaitFor(token, chat, expected[chat] * messages, cancellationToken)).ToArray();
        var started = Stopwatch.GetTimestamp();
        for (var m = 0; m < messages; m++)
        {
            foreach (var chat in chatIds)
            {
                var (text, language) = Sentence(chat);
                api.EnqueueText(token, chat, text, language);
            }
        }

        var times = await Task.WhenAll(waits);
        var elapsed = Stopwatch.GetElapsedTime(started);

        // Update k of a chat is done when the chat has its (k+1)·expected-th reply.
        var latencies = new List<double>();
        for (var c = 0; c < chats; c++)
        {
            var per = expected[chatIds[c]];
            for (var k = 0; k < messages; k++)
            {
                latencies.Add((times[c][(k + 1) * per - 1] - started) * 1000.0 / Stopwatch.Frequency);
            }
        }

        latencies.Sort();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        return new Run(chats * messages, elapsed, latencies, WriteSyscalls() - writesBefore, cpu)
        {
            Allocated = GC.GetTotalAllocatedBytes() - allocatedBefore,
            Gen0 = GC.CollectionCount(0) - gen0Before,
            Gen2 = GC.CollectionCount(2) - gen2Before,
            Jit = System.Runtime.JitInfo.GetCompilationTime() - jitBefore,
            Jitted = System.Runtime.JitInfo.GetCompiledMethodCount() - jittedBefore,
        };
    }

    private static int ExpectedPerUpdate(string token, long chat) =>
        token == EchoToken ? 1 : KpiPath.RepliesPerSentence;

    private static (string Text, string Language) Sentence(long chat) =>
        chat % 2 == 0 ? (KpiPath.English, "en") : (KpiPath.Russian, "ru");

    private static long WriteSyscalls()
    {
        try
        {
            var line = File.ReadLines("/proc/self/io").FirstOrDefault(l => l.StartsWith("syscw:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line["syscw:".Length..].Trim(), CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return 0;
        }
    }

    private sealed record Run(int Updates, TimeSpan Elapsed, List<double> Latencies, long WriteCalls, TimeSpan Cpu)
    {
        public double PerSecond => Updates / Elapsed.TotalSeconds;

        /// <summary>Bytes allocated in the whole process (Coach, the fake Bot API, the load) during the burst.</summary>
        public long Allocated { get; init; }

        public int Gen0 { get; init; }

        public int Gen2 { get; init; }

        /// <summary>Time the JIT spent compiling during the burst (all threads), and how many methods.</summary>
        public TimeSpan Jit { get; init; }

        public long Jitted { get; init; }

        public double Percentile(double p) => BenchArgs.Percentile(Latencies, p);
    }

    /// <summary>Arrival times of each chat's replies, per bot, and waits for a count.</summary>
    private sealed class ReplyCounters
    {
        private readonly object _gate = new();
        private readonly Dictionary<(string, long), List<long>> _times = new();
        private readonly Dictionary<(string, long), (int Count, TaskCompletionSource<long[]> Done)> _waits = new();

        /// <summary>Coach's replies that were not the sentence's one message of result cards.</summary>
        public int Unexpected;

        public void Add(string token, long chat, string text)
        {
            var now = Stopwatch.GetTimestamp();
            if (token == CoachToken && KpiPath.Cards(text) != KpiPath.ExpectedResults(Sentence(chat).Language))
            {
                Interlocked.Increment(ref Unexpected);
            }

            lock (_gate)
            {
                if (!_times.TryGetValue((token, chat), out var times))
                {
                    times = new List<long>();
                    _times[(token, chat)] = times;
                }

                times.Add(now);
                if (_waits.TryGetValue((token, chat), out var wait) && times.Count >= wait.Count)
                {
                    _waits.Remove((token, chat));
                    _times.Remove((token, chat));
                    wait.Done.TrySetResult(times.ToArray());
                }
            }
        }

        public Task<long[]> WaitFor(string token, long chat, int count, CancellationToken cancellationToken)
        {
            var done = new TaskCompletionSource<long[]>(TaskCreationOptions.RunContinuationsAsynchronously);
            lock (_gate)
            {
                _times.Remove((token, chat));
                _waits[(token, chat)] = (count, done);
            }

            return done.Task.WaitAsync(cancellationToken);
        }
    }

    /// <summary>The baseline: a bare Telegram.Bot polling loop that echoes each text, the chats of a batch in parallel.</summary>
    private sealed class EchoBot(string baseUrl, string token) : IDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly TelegramBotClient _bot = new(new TelegramBotClientOptions(token, baseUrl));
        private Task? _loop;

        public void Start() => _loop = Task.Run(LoopAsync);

        private async Task LoopAsync()
        {
            var offset = 0;
            while (!_stop.IsCancellationRequested)
            {
                Update[] updates;
                try
                {
                    updates = await _bot.GetUpdates(offset, timeout: 1, cancellationToken: _stop.Token);
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                await Task.WhenAll(updates.GroupBy(u => u.Message!.Chat.Id).Select(chat => Task.Run(async () =>
                {
                    foreach (var update in chat)
                    {
                        await _bot.SendMessage(update.Message!.Chat.Id, update.Message.Text ?? "", cancellationToken: _stop.Token);
                    }
                })));
                if (updates.Length > 0)
                {
                    offset = updates[^1].Id + 1;
                }
            }
        }

        public void Dispose()
        {
            _stop.Cancel();
            try
            {
                _loop?.Wait(TimeSpan.FromSeconds(5));
            }
            catch (AggregateException)
            {
            }

            _stop.Dispose();
        }
    }
}
