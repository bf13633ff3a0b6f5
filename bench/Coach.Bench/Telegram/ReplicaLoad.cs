using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using Coach.Bot.Telegram;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Coach.Bench.Telegram;

/// <summary>
/// End to end through Telegram with several replicas: <c>--replicas N</c> Coach hosts (as Program.cs builds
/// them) in webhook mode on one PostgreSQL database (<c>--connection</c>, an empty database), in this process,
/// over the real Telegram.Bot client against one in-process <see cref="BenchBotApi"/>. C chats × M KPI messages
/// are posted round-robin to the replicas' webhook endpoints, each chat's in order (the next post once the
/// last is stored, as Telegram does), up to <c>--lanes</c> chats at a time; an update is done when its last reply
/// arrived. Prints updates/s and update→reply latency. Run it with 1 and with 3 on the same database server.
/// </summary>
public static class ReplicaLoad
{
    private const string Token = "100003:replica-bench";
    private const string Secret = "bench-secret_42";

    public static async Task<int> RunAsync(string[] args)
    {
        int replicas = 1, chats = 200, messages = 10, seconds = 300, parallel = 16, lanes = 32;
        string? connection = null;
        if (!BenchArgs.Read(args, "replicas --connection CS [--replicas N] [--chats C] [--messages M] [--parallel P] [--lanes L] [--seconds S]", new Dictionary<string, Func<string?, bool>>
        {
            ["--replicas"] = value => LoadDriver.TryPositive(value, out replicas),
            ["--chats"] = value => LoadDriver.TryPositive(value, out chats),
            ["--messages"] = value => LoadDriver.TryPositive(value, out messages),
            ["--seconds"] = value => LoadDriver.TryPositive(value, out seconds),
            ["--parallel"] = value => LoadDriver.TryPositive(value, out parallel),
            ["--lanes"] = value => LoadDriver.TryPositive(value, out lanes),
            ["--connection"] = value => (connection = value) is not null,
        }))
        {
            return 2;
        }

        if (connection is null)
        {
            Console.Error.WriteLine("replicas needs --connection (an empty PostgreSQL database).");
            return 2;
        }

        await using var api = await BenchBotApi.StartAsync();
        var replies = new ConcurrentDictionary<long, int>();
        var done = new ConcurrentDictionary<long, TaskCompletionSource<long>>();
        var expected = new ConcurrentDictionary<long, int>();
        api.MessageSent = (_, chat, _) =>
        {
            var count = replies.AddOrUpdate(chat, 1, (_, n) => n + 1);
            if (expected.TryGetValue(chat, out var want) && count == want && done.TryGetValue(chat, out var signal))
            {
                signal.TrySetResult(Stopwatch.GetTimestamp());
            }
        };

        var hosts = new List<IHost>();
        try
        {
            for (var r = 0; r < replicas; r++)
            {
                hosts.Add(await StartAsync(api, connection, parallel));
            }

            var endpoints = hosts.Select(host => host.Services.GetRequiredService<WebhookService>().Addresses.Single() + "/telegram/hook").ToList();
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
            using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));

            // Warm-up on chats that are not measured: JIT, connections, the tables' first pages.
            await Burst(http, api, endpoints, replies, done, expected, 900_000, 20, 3, lanes, limit.Token);
            var run = await Burst(http, api, endpoints, replies, done, expected, 1, chats, messages, lanes, limit.Token);

            var inv = CultureInfo.InvariantCulture;
            Console.WriteLine(string.Create(inv, $"Replicas end to end: {replicas} webhook replica(s) in one process on one PostgreSQL, {chats} chats x {messages} messages posted round-robin, {lanes} chats at a time, MaxParallelChats {parallel}, {Environment.ProcessorCount} cores"));
            Console.WriteLine(string.Create(inv, $"  {chats * messages} updates in {run.Elapsed.TotalSeconds:F2} s = {chats * messages / run.Elapsed.TotalSeconds:F0} updates/s; a chat's last post->its last reply p50 {run.Percentile(50):F0} ms, p95 {run.Percentile(95):F0} ms, max {run.Percentile(100):F0} ms"));
            return 0;
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine($"Not all replies arrived within {seconds} s.");
            return 1;
        }
        finally
        {
            foreach (var host in hosts)
            {
                await host.StopAsync();
                host.Dispose();
            }
        }
    }

    private static Task<IHost> StartAsync(BenchBotApi api, string connection, int parallel) => BenchArgs.StartCoachAsync(new()
    {
        ["Telegram:BotToken"] = Token,
        ["Telegram:ApiBaseUrl"] = api.BaseUrl,
        ["Telegram:Mode"] = "Webhook",
        ["Telegram:WebhookUrl"] = "https://coach.example.com/telegram/hook",
        ["Telegram:WebhookSecret"] = Secret,
        ["Telegram:WebhookListenUrl"] = "http://127.0.0.1:0",
        ["Telegram:MaxParallelChats"] = parallel.ToString(CultureInfo.InvariantCulture),
        ["Storage:Provider"] = "PostgreSql",
        ["Storage:ConnectionString"] = connection,
    });

    private static async Task<Run> Burst(
        HttpClient http, BenchBotApi api, List<string> endpoints, ConcurrentDictionary<long, int> replies,
        ConcurrentDictionary<long, TaskCompletionSource<long>> done, ConcurrentDictionary<long, int> expected,
        long chatBase, int chats, int messages, int lanes, CancellationToken cancellationToken)
    {
        var chatIds = Enumerable.Range(0, chats).Select(c => chatBase + c).ToArray();
        foreach (var chat in chatIds)
        {
            replies[chat] = 0;
            expected[chat] = KpiPath.RepliesPerSentence * messages;
            done[chat] = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        var started = Stopwatch.GetTimestamp();
        using var gate = new SemaphoreSlim(lanes);
        var posted = new ConcurrentDictionary<long, long>();
        await Task.WhenAll(chatIds.Select(chat => Task.Run(async () =>
        {
            await gate.WaitAsync(cancellationToken);
            try
            {
                for (var m = 0; m < messages; m++)
                {
                    var json = api.TextUpdateJson(chat, Language(chat) == "en" ? KpiPath.English : KpiPath.Russian, Language(chat));
                    var request = new HttpRequestMessage(HttpMethod.Post, endpoints[(int)((chat + m) % endpoints.Count)]) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
                    request.Headers.Add(WebhookService.SecretHeader, Secret);
                    using var response = await http.SendAsync(request, cancellationToken);
                    if (response.StatusCode != HttpStatusCode.OK)
                    {
                        throw new InvalidOperationException($"the webhook answered {(int)response.StatusCode}");
                    }
                }

                posted[chat] = Stopwatch.GetTimestamp();
            }
            finally
            {
                gate.Release();
            }
        }, cancellationToken)));

        var finished = await Task.WhenAll(chatIds.Select(chat => done[chat].Task.WaitAsync(cancellationToken)));
        var elapsed = Stopwatch.GetElapsedTime(started, finished.Max());

        // Latency per chat: from its last post stored to its last reply (the backlog it waited behind included).
        var latencies = chatIds.Select((chat, i) => Math.Max(0, finished[i] - posted[chat]) * 1000.0 / Stopwatch.Frequency).Order().ToList();
        return new Run(elapsed, latencies);
    }

    private static string Language(long chat) => chat % 2 == 0 ? "en" : "ru";

    private sealed record Run(TimeSpan Elapsed, List<double> Latencies)
    {
        public double Percentile(double p) => BenchArgs.Percentile(Latencies, p);
    }
}
