using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Coach.Integration.Tests.Telegram;

/// <summary>A misbehaving Bot API on demand: the next calls of a method fail in chosen ways.</summary>
public abstract record BotApiFault
{
    /// <summary>429 with parameters.retry_after, as Telegram answers flood limits.</summary>
    public sealed record TooManyRequests(int RetryAfterSeconds) : BotApiFault;

    /// <summary>An HTTP 5xx with Telegram's error body.</summary>
    public sealed record ServerError(int Status = 500) : BotApiFault;

    /// <summary>The connection is cut without an answer, before anything is recorded.</summary>
    public sealed record Drop : BotApiFault;

    /// <summary>403, as Telegram answers a send to a user who blocked the bot.</summary>
    public sealed record Blocked : BotApiFault;

    /// <summary>The answer comes late but comes.</summary>
    public sealed record Slow(TimeSpan Delay) : BotApiFault;
}

public sealed partial class FakeBotApiServer
{
    private readonly Dictionary<string, Queue<BotApiFault>> _faults = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<int, string> _allUpdates = new();
    private readonly List<(string Method, BotApiFault Fault)> _injected = new();
    private readonly List<string> _redeliveries = new();

    /// <summary>The next calls of <paramref name="method"/> meet these faults, one per call, in order.</summary>
    public void InjectFaults(string method, params BotApiFault[] faults)
    {
        lock (_gate)
        {
            if (!_faults.TryGetValue(method, out var queue))
            {
                _faults[method] = queue = new Queue<BotApiFault>();
            }

            foreach (var fault in faults)
            {
                queue.Enqueue(fault);
            }
        }
    }

    /// <summary>Faults that were met so far, in order.</summary>
    public IReadOnlyList<(string Method, BotApiFault Fault)> InjectedFaults => Locked(() => _injected.ToList());

    /// <summary>Faults injected and not met yet.</summary>
    public int FaultsLeft => Locked(() => _faults.Values.Sum(queue => queue.Count));

    /// <summary>Redelivered updates not yet fetched.</summary>
    public int PendingRedeliveries => Locked(() => _redeliveries.Count);

    /// <summary>Queues an update that was already delivered once, with the same update_id, as Telegram sometimes does.</summary>
    public void Redeliver(int updateId)
    {
        lock (_gate)
        {
            // Delivered with the next getUpdates whatever its offset, then forgotten.
            _redeliveries.Add(_allUpdates[updateId]);
            Changed();
        }
    }

    /// <summary>Applies the next fault of the method, if any; returns true when the request was answered (or cut) here.</summary>
    private async Task<bool> MeetFaultAsync(HttpContext context, string method, CancellationToken aborted)
    {
        BotApiFault? fault;
        lock (_gate)
        {
            fault = _faults.TryGetValue(method, out var queue) && queue.Count > 0 ? queue.Dequeue() : null;
            if (fault is not null)
            {
                _injected.Add((method, fault));
                Changed();
            }
        }

        switch (fault)
        {
            case BotApiFault.TooManyRequests tooMany:
                await WriteAsync(context, new JsonObject
                {
                    ["ok"] = false, ["error_code"] = 429,
                    ["description"] = $"Too Many Requests: retry after {tooMany.RetryAfterSeconds}",
                    ["parameters"] = new JsonObject { ["retry_after"] = tooMany.RetryAfterSeconds },
                }.ToJsonString(), StatusCodes.Status429TooManyRequests);
                return true;
            case BotApiFault.ServerError error:
                await WriteAsync(context, new JsonObject
                {
                    ["ok"] = false, ["error_code"] = error.Status, ["description"] = "Internal Server Error",
                }.ToJsonString(), error.Status);
                return true;
            case BotApiFault.Blocked:
                await WriteAsync(context, new JsonObject
                {
                    ["ok"] = false, ["error_code"] = 403, ["description"] = "Forbidden: bot was blocked by the user",
                }.ToJsonString(), StatusCodes.Status403Forbidden);
                return true;
            case BotApiFault.Drop:
                context.Abort();
                return true;
            case BotApiFault.Slow slow:
                await Task.Delay(slow.Delay, aborted).ContinueWith(_ => { }, TaskScheduler.Default);
                return false;
            default:
                return false;
        }
    }
}
