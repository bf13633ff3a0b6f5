using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Coach.Bench.Telegram;

/// <summary>
/// The least of the Bot API that a polling bot needs, on 127.0.0.1 (Kestrel), for the end-to-end
/// bench: per token, a queue of updates for getUpdates (long polling, up to a second) and a hook
/// on every sendMessage; every other method answers true. Several bots (tokens) share one server,
/// so Coach and the echo bot run against the same fake in the same run. Not the test project's
/// fake: no fault injection, no HTML checks, no recording beyond the hook.
/// </summary>
public sealed class BenchBotApi : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly object _gate = new();
    private readonly Dictionary<string, Bot> _bots = new();
    private int _lastUpdateId;
    private int _lastMessageId;

    private BenchBotApi(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = "";

    /// <summary>Called for every sendMessage: the token, the chat id and the text.</summary>
    public Action<string, long, string>? MessageSent { get; set; }

    public static async Task<BenchBotApi> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var api = new BenchBotApi(app);
        app.MapPost("/bot{token}/{method}", api.HandleAsync);
        await app.StartAsync();
        api.BaseUrl = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return api;
    }

    /// <summary>Queues a private text message from the chat to the bot with this token.</summary>
    public void EnqueueText(string token, long chatId, string text, string languageCode)
    {
        lock (_gate)
        {
            var id = ++_lastUpdateId;
            var bot = BotOf(token);
            bot.Updates.Add((id, TextUpdate(id, chatId, text, languageCode)));
            bot.Signal.TrySetResult();
        }
    }

    /// <summary>The same private text message with a fresh update_id, as a webhook post's body (not queued).</summary>
    public string TextUpdateJson(long chatId, string text, string languageCode) =>
        TextUpdate(Interlocked.Increment(ref _lastUpdateId), chatId, text, languageCode);

    private static string TextUpdate(int id, long chatId, string text, string languageCode) => new JsonObject
    {
        ["update_id"] = id,
        ["message"] = new JsonObject
        {
            ["message_id"] = id,
            ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["chat"] = new JsonObject { ["id"] = chatId, ["type"] = "private", ["first_name"] = "Bench" },
            ["from"] = new JsonObject { ["id"] = chatId, ["is_bot"] = false, ["first_name"] = "Bench", ["language_code"] = languageCode },
            ["text"] = text,
        },
    }.ToJsonString();

    private Bot BotOf(string token)
    {
        if (!_bots.TryGetValue(token, out var bot))
        {
            bot = new Bot();
            _bots[token] = bot;
        }

        return bot;
    }

    private async Task HandleAsync(HttpContext context)
    {
        var token = context.Request.RouteValues["token"] as string ?? "";
        var method = (context.Request.RouteValues["method"] as string ?? "").ToLowerInvariant();
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var parameters = body.Length == 0 ? new JsonObject() : JsonNode.Parse(body) as JsonObject ?? new JsonObject();
        var result = method switch
        {
            "getupdates" => await GetUpdatesAsync(token, parameters, context.RequestAborted),
            "getme" => $$"""{"id":{{token.Split(':')[0]}},"is_bot":true,"first_name":"Bench","username":"bench_bot","can_join_groups":true,"can_read_all_group_messages":false,"supports_inline_queries":false}""",
            "sendmessage" => Sent(token, parameters),
            _ => "true",
        };
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync("{\"ok\":true,\"result\":" + result + "}");
    }

    private string Sent(string token, JsonObject parameters)
    {
        var chatId = long.Parse(parameters["chat_id"]!.ToString(), System.Globalization.CultureInfo.InvariantCulture);
        var messageId = Interlocked.Increment(ref _lastMessageId);
        MessageSent?.Invoke(token, chatId, parameters["text"]?.ToString() ?? "");
        return new JsonObject
        {
            ["message_id"] = messageId,
            ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["chat"] = new JsonObject { ["id"] = chatId, ["type"] = "private" },
            ["text"] = parameters["text"]?.ToString() ?? "",
        }.ToJsonString();
    }

    private async Task<string> GetUpdatesAsync(string token, JsonObject parameters, CancellationToken aborted)
    {
        var offset = parameters["offset"]?.GetValue<long>() ?? 0;
        var limit = (int)(parameters["limit"]?.GetValue<long>() ?? 100);
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(Math.Clamp(parameters["timeout"]?.GetValue<long>() ?? 0, 0, 1));
        while (true)
        {
            Task signal;
            lock (_gate)
            {
                var bot = BotOf(token);
                bot.Updates.RemoveAll(update => update.Id < offset);
                var batch = bot.Updates.Take(limit).Select(update => update.Json).ToList();
                if (batch.Count > 0)
                {
                    return "[" + string.Join(",", batch) + "]";
                }

                if (bot.Signal.Task.IsCompleted)
                {
                    bot.Signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                }

                signal = bot.Signal.Task;
            }

            var remaining = deadline - DateTime.UtcNow;
            if (remaining <= TimeSpan.Zero || aborted.IsCancellationRequested)
            {
                return "[]";
            }

            await Task.WhenAny(signal, Task.Delay(remaining, aborted));
        }
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private sealed class Bot
    {
        public List<(int Id, string Json)> Updates { get; } = new();

        public TaskCompletionSource Signal { get; set; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
