using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Coach.Integration.Tests.Drafting;

/// <summary>One chat completion request as the fake server received it.</summary>
public sealed record ChatRequest(string Model, IReadOnlyList<(string Role, string Content)> Messages, int? MaxTokens)
{
    public string System => string.Join("\n", Messages.Where(m => m.Role == "system").Select(m => m.Content));

    public string User => string.Join("\n", Messages.Where(m => m.Role == "user").Select(m => m.Content));

    /// <summary>The response_format type the client asked for ("json_schema"), or null.</summary>
    public string? ResponseFormat { get; init; }

    /// <summary>The channel id the prompt names ("Channel: sms (…)").</summary>
    public string Channel => Regex.Match(System, @"Channel: (\w+)").Groups[1].Value;
}

/// <summary>How the fake answers: a text with 200, an error status, or no answer at all.</summary>
public sealed record FakeAnswer(int Status, string Content = "", bool Hang = false)
{
    public static FakeAnswer Text(string content) => new(200, content);

    public static FakeAnswer Error(int status) => new(status);

    public static readonly FakeAnswer Never = new(0, Hang: true);
}

/// <summary>
/// An OpenAI-compatible server on 127.0.0.1: POST /v1/chat/completions answers as a test tells it
/// (by default a short draft that fits the channel the prompt names), and records every request.
/// </summary>
public sealed class FakeOpenAiServer : IAsyncDisposable
{
    /// <summary>Drafts that fit each channel's rule, as a well-behaved model would write them.</summary>
    public static readonly IReadOnlyDictionary<string, string> FittingDrafts = new Dictionary<string, string>
    {
        ["outdoor"] = "Warm rye at dawn",
        ["social"] = "Rye out of the oven at six.\n\nOrder today, eat it warm tomorrow.",
        ["video"] = "Hook: the oven door opens at six.\nScene: hands shape the rye.\nCall: order today.",
        ["email"] = "Subject: Warm rye by eight\n\nHello,\nOur rye leaves the oven at six.\nOrder today.",
        ["sms"] = "Warm rye by 8 am. Order today",
        ["telegram"] = "Warm rye at dawn.\n\nOrder by 8 pm, get it by 8 am.",
        ["landing"] = "Warm rye by eight\nBaked at dawn from organic flour\nOrder now",
        ["blogger"] = "Show the morning bake; key message: warm rye by eight; call to action: order today.",
    };

    private readonly WebApplication _app;
    private readonly List<ChatRequest> _requests = new();
    private readonly CancellationTokenSource _stopping = new();

    private FakeOpenAiServer(WebApplication app) => _app = app;

    /// <summary>The base URL to configure as Llm:Endpoint, ending in /v1.</summary>
    public string Endpoint { get; private set; } = "";

    /// <summary>A review the default answer gives to the ToV review prompt.</summary>
    /// <summary>The review in Coach's structure (criteria and fixes), as the review prompt asks.</summary>
    public const string Review = """{"fits": false, "points": [{"criterion": "register", "fix": "Drop the slang."}, {"criterion": "emoji", "fix": "One exclamation mark is enough."}]}""";

    /// <summary>How Coach shows <see cref="Review"/>'s first point.</summary>
    public const string ReviewShown = "• Register: Drop the slang.";

    public Func<ChatRequest, FakeAnswer> Answer { get; set; } = request =>
        FakeAnswer.Text(request.System.Contains("You review a text", StringComparison.Ordinal) ? Review : FittingDrafts.GetValueOrDefault(request.Channel, "Warm rye at dawn"));

    public IReadOnlyList<ChatRequest> Requests
    {
        get
        {
            lock (_requests)
            {
                return _requests.ToList();
            }
        }
    }

    public static async Task<FakeOpenAiServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new FakeOpenAiServer(app);
        app.MapPost("/v1/chat/completions", server.HandleAsync);
        await app.StartAsync();
        var addresses = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
        server.Endpoint = addresses.Addresses.Single() + "/v1";
        return server;
    }

    private async Task HandleAsync(HttpContext context)
    {
        var body = await JsonNode.ParseAsync(context.Request.Body) ?? new JsonObject();
        var messages = body["messages"]!.AsArray()
            .Select(m => (m!["role"]!.GetValue<string>(), Content(m["content"])))
            .ToList();
        var request = new ChatRequest(body["model"]?.GetValue<string>() ?? "", messages, body["max_completion_tokens"]?.GetValue<int>() ?? body["max_tokens"]?.GetValue<int>())
        {
            ResponseFormat = body["response_format"]?["type"]?.GetValue<string>(),
        };
        lock (_requests)
        {
            _requests.Add(request);
        }

        var answer = Answer(request);
        if (answer.Hang)
        {
            // Never answers: the client's timeout (or the server's shutdown) ends the request.
            using var either = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token);
            await Task.Delay(Timeout.Infinite, either.Token).ContinueWith(_ => { });
            return;
        }

        context.Response.StatusCode = answer.Status;
        context.Response.ContentType = "application/json";
        var json = answer.Status == 200
            ? new JsonObject
            {
                ["id"] = "chatcmpl-" + Guid.NewGuid().ToString("N")[..8],
                ["object"] = "chat.completion",
                ["created"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
                ["model"] = request.Model,
                ["choices"] = new JsonArray(new JsonObject
                {
                    ["index"] = 0,
                    ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = answer.Content },
                    ["finish_reason"] = "stop",
                }),
                ["usage"] = new JsonObject { ["prompt_tokens"] = 100, ["completion_tokens"] = 20, ["total_tokens"] = 120 },
            }
            : new JsonObject { ["error"] = new JsonObject { ["message"] = "fake failure", ["type"] = "server_error", ["code"] = answer.Status } };
        await context.Response.WriteAsync(json.ToJsonString());
    }

    // Content is a string, or (newer clients) a list of parts with text.
    private static string Content(JsonNode? content) => content switch
    {
        JsonValue value => value.GetValue<string>(),
        JsonArray parts => string.Concat(parts.Select(p => p?["text"]?.GetValue<string>() ?? "")),
        _ => "",
    };

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _stopping.Dispose();
    }
}
