using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Coach.Integration.Tests.Telegram;

/// <summary>
/// A Bot API server on 127.0.0.1 for end-to-end tests: queues updates for getUpdates (long
/// polling, at most about a second per call), records every other call, and answers the way
/// Telegram does, including 400s for HTML Telegram would not parse, over-long texts and
/// callback data over 64 bytes. Kestrel runs handlers concurrently: all state sits behind one
/// lock, and every change completes a signal the waiting helpers watch.
/// </summary>
public sealed partial class FakeBotApiServer : IAsyncDisposable
{
    public const long BotId = 123456;
    // Generous on purpose: a wait ends the moment its condition holds, so only a failing test
    // waits this long, and a loaded 2-core CI machine must not turn a slow pass into a failure.
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(20);

    private readonly object _gate = new();
    private readonly WebApplication _app;
    private readonly List<(int Id, string Json)> _updates = new();
    private readonly List<BotApiCall> _calls = new();
    private readonly List<string> _rejections = new();
    private readonly List<BotApiCall> _held = new();
    private readonly List<SentMessage> _messages = new();
    private readonly List<SentFile> _files = new();
    private readonly List<BotApiCall> _edits = new();
    private readonly Dictionary<long, int> _delivered = new();
    private TaskCompletionSource _changed = NewSignal();
    private int _lastUpdateId;
    private int _lastMessageId;
    private int _lastCallbackId;
    private int _getUpdatesCalls;
    private readonly HashSet<string> _pollers = new();

    private FakeBotApiServer(WebApplication app) => _app = app;

    /// <summary>The URL to configure as Telegram:ApiBaseUrl, e.g. http://127.0.0.1:40123.</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>Lets a test fail chosen calls: return a description ("Bad Request: …") to answer 400 with it.</summary>
    public Func<BotApiCall, string?>? Reject { get; set; }

    /// <summary>Every call is answered 401 Unauthorized, as Telegram answers a revoked or mistyped token.</summary>
    public bool RefuseToken { get; set; }

    /// <summary>
    /// Lets a test hold chosen calls: return a task, and the call is answered only once it completes.
    /// A call whose client gave up is dropped unanswered, but Kestrel may notice that late: to model a
    /// lost call, leave it held (the server's shutdown ends it).
    /// </summary>
    public Func<BotApiCall, Task?>? Hold { get; set; }

    public static async Task<FakeBotApiServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new FakeBotApiServer(app);
        app.MapPost("/bot{token}/{method}", server.HandleAsync);
        using var timeout = new CancellationTokenSource(DefaultTimeout);
        await app.StartAsync(timeout.Token);
        var addresses = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
        server.BaseUrl = addresses.Addresses.Single();
        return server;
    }

    public int GetUpdatesCalls => Locked(() => _getUpdatesCalls);

    /// <summary>The tokens getUpdates was called with: which replicas polled, when each has a token of its own.</summary>
    public IReadOnlySet<string> Pollers => Locked(() => _pollers.ToHashSet());

    /// <summary>Updates queued and not yet confirmed by a later getUpdates offset.</summary>
    public int PendingUpdates => Locked(() => _updates.Count);

    public IReadOnlyList<BotApiCall> Calls => Locked(() => _calls.ToList());

    public IReadOnlyList<string> Rejections => Locked(() => _rejections.ToList());

    public IReadOnlyList<SentMessage> Messages => Locked(() => _messages.ToList());

    public IReadOnlyList<SentFile> Files => Locked(() => _files.ToList());

    public IReadOnlyList<BotApiCall> CallsTo(string method) =>
        Locked(() => _calls.Where(c => c.Method.Equals(method, StringComparison.OrdinalIgnoreCase)).ToList());

    /// <summary>The last message sent to the chat, whether or not a test has read it yet.</summary>
    public SentMessage? LastMessageTo(long chatId) => Locked(() => _messages.LastOrDefault(m => m.ChatId == chatId));

    public int EnqueueText(long chatId, string text, string languageCode = "en") =>
        EnqueueMessage(chatId, new JsonObject { ["text"] = text }, languageCode);

    /// <summary>A message with a sticker and no text.</summary>
    public int EnqueueSticker(long chatId, string languageCode = "en") => EnqueueMessage(
        chatId,
        new JsonObject
        {
            ["sticker"] = new JsonObject
            {
                ["file_id"] = "sticker-file", ["file_unique_id"] = "sticker-unique", ["type"] = "regular",
                ["width"] = 512, ["height"] = 512, ["is_animated"] = false, ["is_video"] = false, ["emoji"] = "👍",
            },
        },
        languageCode);

    /// <summary>A user message with the given fields (text, sticker…); returns its update_id.</summary>
    public int EnqueueMessage(long chatId, JsonObject fields, string languageCode = "en") => Enqueue(id =>
    {
        var message = MessageJson(NextMessageId(), chatId, User(chatId, languageCode));
        foreach (var (name, value) in fields.ToList())
        {
            fields.Remove(name);
            message[name] = value;
        }

        return new JsonObject { ["update_id"] = id, ["message"] = message };
    });

    /// <summary>A press on an inline button of the last message with buttons sent to the chat; returns the callback query id.</summary>
    public string EnqueueCallback(long chatId, string data, string languageCode = "en") => EnqueueCallback(chatId, chatId, null, data, languageCode);

    // A press by a user on the chat's last message with buttons; a group's chat object when given.
    private string EnqueueCallback(long chatId, long userId, JsonObject? chat, string data, string languageCode)
    {
        string queryId = "";
        Enqueue(id =>
        {
            queryId = "cbq-" + ++_lastCallbackId;
            var pressed = _messages.LastOrDefault(m => m.ChatId == chatId && m.Keyboard.Count > 0) ?? _messages.LastOrDefault(m => m.ChatId == chatId);
            var message = MessageJson(pressed?.MessageId ?? NextMessageId(), chatId, Bot());
            if (chat is not null)
            {
                message["chat"] = chat;
            }

            message["text"] = pressed?.Text ?? "…";
            if (pressed is { Keyboard.Count: > 0 })
            {
                message["reply_markup"] = Markup(pressed.Keyboard);
            }

            return new JsonObject
            {
                ["update_id"] = id,
                ["callback_query"] = new JsonObject
                {
                    ["id"] = queryId, ["from"] = User(userId, languageCode), ["message"] = message,
                    ["chat_instance"] = "ci-" + chatId, ["data"] = data,
                },
            };
        });
        return queryId;
    }

    /// <summary>The message as it stands now, after any edits.</summary>
    public SentMessage Message(long chatId, int messageId) =>
        Locked(() => _messages.Single(m => m.ChatId == chatId && m.MessageId == messageId));

    /// <summary>The accepted editMessageText and editMessageReplyMarkup calls on one message, in order.</summary>
    public IReadOnlyList<BotApiCall> EditsOf(long chatId, int messageId) => Locked(() => _edits
        .Where(c => c["chat_id"] == chatId.ToString() && c["message_id"] == messageId.ToString())
        .ToList());

    /// <summary>Waits until the message has had more than <paramref name="after"/> accepted edits.</summary>
    public Task WaitForEdits(long chatId, int messageId, int after, TimeSpan timeout) => WaitUntil(
        () => EditsOf(chatId, messageId).Count > after,
        timeout,
        () => $"Message #{messageId} in chat {chatId} had no edit beyond {after} within {timeout.TotalSeconds:0.#} s. Calls:\n{string.Join("\n", _calls)}{DescribeRejections()}");

    /// <summary>The text the press with this callback query id was answered with (its toast; null without one), waiting for the answer.</summary>
    public async Task<string?> WaitForCallbackAnswer(string queryId, TimeSpan timeout)
    {
        await WaitForCall("answerCallbackQuery", c => c["callback_query_id"] == queryId, timeout);
        return CallsTo("answerCallbackQuery").Single(c => c["callback_query_id"] == queryId)["text"];
    }

    /// <summary>
    /// The next <paramref name="count"/> messages sent to the chat after those earlier calls returned
    /// (each call returns exactly <paramref name="count"/> and moves past them), waiting up to
    /// <paramref name="timeout"/>; fails listing what did arrive and any rejected calls.
    /// </summary>
    public async Task<IReadOnlyList<SentMessage>> WaitForMessages(long chatId, int count, TimeSpan timeout)
    {
        await WaitUntil(
            () => Unread(chatId).Count >= count,
            timeout,
            () => $"Expected {count} new message(s) to chat {chatId} within {timeout.TotalSeconds:0.#} s; " +
                  $"{Unread(chatId).Count} arrived:\n{Describe(Unread(chatId))}{DescribeRejections()}");
        return Locked(() =>
        {
            var taken = Unread(chatId).Take(count).ToList();
            _delivered[chatId] = _delivered.GetValueOrDefault(chatId) + taken.Count;
            return taken;
        });
    }

    /// <summary>
    /// Proves that nothing more comes to the chat for what it sent so far, without sleeping: sends a
    /// sentinel ("/help", through <paramref name="sendSentinel"/> when given, e.g. as a group
    /// member or a webhook post), waits for its reply and fails if any other message arrived before it. A chat's
    /// updates are handled in order, so a late reply to an earlier update would come first.
    /// Everything up to the sentinel's reply counts as read afterwards.
    /// </summary>
    public async Task AssertNothingMoreTo(long chatId, Func<Task>? sendSentinel = null, TimeSpan? timeout = null)
    {
        var before = UnreadMessages(chatId).Count;
        Assert.True(before == 0, $"Unexpected message(s) before the sentinel:\n{Describe(UnreadMessages(chatId))}");
        if (sendSentinel is null)
        {
            EnqueueText(chatId, "/help");
        }
        else
        {
            await sendSentinel();
        }

        var wait = timeout ?? DefaultTimeout;
        await WaitUntil(
            () => Unread(chatId).Any(IsHelp),
            wait,
            () => $"The sentinel (/help) to chat {chatId} got no reply within {wait.TotalSeconds:0.#} s; arrived:\n{Describe(Unread(chatId))}{DescribeRejections()}");
        var unread = UnreadMessages(chatId);
        var first = unread.TakeWhile(message => !IsHelp(message)).ToList();
        Assert.True(first.Count == 0, $"Unexpected message(s) before the sentinel's reply:\n{Describe(first)}");
        Locked(() => _delivered[chatId] = _delivered.GetValueOrDefault(chatId) + Unread(chatId).Count);
    }

    // The help text lists the commands in both languages.
    private static bool IsHelp(SentMessage message) =>
        message.Text.Contains("/lang", StringComparison.Ordinal) && message.Text.Contains("/forget", StringComparison.Ordinal) && message.Text.Contains("/progress", StringComparison.Ordinal);

    /// <summary>Messages to the chat that no WaitForMessages call has returned yet.</summary>
    public IReadOnlyList<SentMessage> UnreadMessages(long chatId) => Locked(() => Unread(chatId).ToList());

    /// <summary>Waits until a recorded call matches, e.g. setMyCommands for a language.</summary>
    public Task WaitForCall(string method, Func<BotApiCall, bool> match, TimeSpan timeout) => WaitUntil(
        () => _calls.Any(c => c.Method.Equals(method, StringComparison.OrdinalIgnoreCase) && match(c)),
        timeout,
        () => $"No matching {method} call within {timeout.TotalSeconds:0.#} s. Calls:\n{string.Join("\n", _calls)}{DescribeRejections()}");

    /// <summary>Waits until a call (or <paramref name="count"/> calls) of the method is being held by <see cref="Hold"/>.</summary>
    /// <summary>Waits until <paramref name="condition"/> holds (checked whenever the fake sees a call); fails naming <paramref name="what"/>.</summary>
    public Task WaitFor(Func<bool> condition, TimeSpan timeout, Func<string> what) => WaitUntil(condition, timeout, what);

    public Task WaitForHeldCall(string method, TimeSpan timeout, int count = 1) => WaitUntil(
        () => _held.Count(c => c.Method.Equals(method, StringComparison.OrdinalIgnoreCase)) >= count,
        timeout,
        () => $"Fewer than {count} {method} call(s) were held within {timeout.TotalSeconds:0.#} s. Calls:\n{string.Join("\n", _calls)}");

    /// <summary>The calls <see cref="Hold"/> has held so far (answered or not).</summary>
    public IReadOnlyList<BotApiCall> HeldCalls => Locked(() => _held.ToList());

    /// <summary>Waits until the bot confirmed every queued update (asked for a later offset), so none is delivered again.</summary>
    public Task WaitUntilUpdatesConfirmed(TimeSpan timeout) => WaitUntil(
        () => _updates.Count == 0,
        timeout,
        () => $"{_updates.Count} update(s) still unconfirmed after {timeout.TotalSeconds:0.#} s: {string.Join(", ", _updates.Select(u => u.Id))}");

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(DefaultTimeout);
        try
        {
            await _app.StopAsync(timeout.Token);
        }
        finally
        {
            await _app.DisposeAsync();
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private async Task WaitUntil(Func<bool> condition, TimeSpan timeout, Func<string> describeFailure)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                if (condition())
                {
                    return;
                }

                changed = _changed.Task;
            }

            var remaining = timeout - clock.Elapsed;
            if (remaining <= TimeSpan.Zero)
            {
                Assert.Fail(Locked(describeFailure));
            }

            await Signalled(changed, remaining, CancellationToken.None);
        }
    }

    /// <summary>Waits for the signal, the timeout or the cancellation, whichever comes first; never throws.</summary>
    private static async Task Signalled(Task changed, TimeSpan timeout, CancellationToken cancellationToken)
    {
        try
        {
            await changed.WaitAsync(timeout, cancellationToken);
        }
        catch (Exception error) when (error is TimeoutException or OperationCanceledException)
        {
        }
    }

    private T Locked<T>(Func<T> read)
    {
        lock (_gate)
        {
            return read();
        }
    }

    // Callers hold the lock.
    private void Changed()
    {
        var old = _changed;
        _changed = NewSignal();
        old.TrySetResult();
    }

    private int Enqueue(Func<int, JsonObject> build) => EnqueueJson(id => build(id).ToJsonString());

    private int EnqueueJson(Func<int, string> build)
    {
        lock (_gate)
        {
            var id = ++_lastUpdateId;
            var json = build(id);
            _updates.Add((id, json));
            _allUpdates[id] = json;
            Changed();
            return id;
        }
    }

    private static JsonObject Markup(IReadOnlyList<IReadOnlyList<InlineButton>> keyboard) => new()
    {
        ["inline_keyboard"] = new JsonArray(keyboard
            .Select(row => (JsonNode)new JsonArray(row.Select(b => (JsonNode)new JsonObject { ["text"] = b.Text, ["callback_data"] = b.CallbackData }).ToArray()))
            .ToArray()),
    };

    private int NextMessageId() => Interlocked.Increment(ref _lastMessageId);

    private List<SentMessage> Unread(long chatId) =>
        _messages.Where(m => m.ChatId == chatId).Skip(_delivered.GetValueOrDefault(chatId)).ToList();

    private static string Describe(IEnumerable<SentMessage> messages) =>
        string.Join("\n", messages.Select(m => "  " + m));

    private string DescribeRejections() =>
        _rejections.Count == 0 ? "" : "\nRejected calls:\n  " + string.Join("\n  ", _rejections);
}
