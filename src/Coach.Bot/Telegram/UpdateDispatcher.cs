using System.Collections.Concurrent;
using System.Text.Json;
using Coach.Bot.Operations;
using Coach.Bot.Options;
using Coach.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace Coach.Bot.Telegram;

/// <summary>
/// Takes updates from polling or the webhook and handles them: each chat's updates strictly in
/// the order received, one at a time; different chats in parallel, at most
/// <see cref="TelegramOptions.MaxParallelChats"/> at once. An update is written to the inbox
/// before the transport confirms it (one commit per batch), and marked done after it was handled,
/// so a crash never skips a message and a redelivered one is handled once. Done marks are not
/// waited for: they join the next group commit (<see cref="LiteDbCommitQueue"/>) with the session
/// saves of the chats handled meanwhile; one lost to a crash only makes the next start answer that
/// update again with the question the chat is at.
/// With a shared inbox (PostgreSQL, several replicas) each update runs under the chat's claim
/// (<see cref="IUpdateInbox.ClaimChatAsync"/>): the chat's pending updates up to it, whichever replica accepted
/// them, oldest first; and every <see cref="SweepInterval"/> the pending updates of idle chats are queued, so
/// what a replica accepted and did not handle (it died, or it polls and others handle) is not left behind.
/// </summary>
public sealed class UpdateDispatcher
{
    private static readonly TimeSpan KeepDone = TimeSpan.FromHours(24);

    /// <summary>How often a replica on a shared inbox looks for pending updates no one here is running.</summary>
    public static readonly TimeSpan SweepInterval = TimeSpan.FromSeconds(1);

    /// <summary>A pending update this old is swept up: the replica that accepted it would have started it by now.</summary>
    public static readonly TimeSpan SweepAge = TimeSpan.FromSeconds(3);

    /// <summary>How many chats' pending updates one sweep reads at most (one row each, the newest).</summary>
    public const int SweepChats = 500;

    private readonly UpdateHandler _handler;
    private readonly IUpdateInbox _inbox;
    private readonly CoachMetrics _metrics;
    private readonly TimeProvider _time;
    private readonly ILogger<UpdateDispatcher> _logger;
    private readonly SemaphoreSlim _slots;
    private readonly CancellationTokenSource _stopping = new();
    private readonly object _gate = new();
    private readonly Dictionary<long, Queue<Update>> _queues = new();
    private readonly ConcurrentDictionary<long, InboxEntry> _kept = new();
    private readonly HashSet<Task> _workers = new();
    private DateTime _lastPurge = DateTime.MinValue;
    private int _waitingForSlot;
    private Task _sweeping = Task.CompletedTask;

    // Updates the sweep queued: their claim does not wait for a chat another replica holds (that one is on it).
    private readonly HashSet<long> _swept = new();

    public UpdateDispatcher(UpdateHandler handler, IUpdateInbox inbox, TimeProvider time, IOptions<TelegramOptions> options, CoachMetrics metrics, ILogger<UpdateDispatcher> logger)
    {
        _handler = handler;
        _inbox = inbox;
        _metrics = metrics;
        _time = time;
        _logger = logger;
        _slots = new SemaphoreSlim(Math.Max(1, options.Value.MaxParallelChats));
    }

    /// <summary>Updates accepted and not yet handled (queued, running, or left from a previous run).</summary>
    public int Pending => _inbox.PendingCount();

    /// <summary>Updates waiting in memory for their chat's turn; polling pauses while there are too many.</summary>
    public int Queued
    {
        get
        {
            lock (_gate)
            {
                return _queues.Values.Sum(queue => queue.Count);
            }
        }
    }

    /// <summary>Chats whose next update is ready but waits for one of the <see cref="TelegramOptions.MaxParallelChats"/> slots.</summary>
    public int WaitingForSlot => Volatile.Read(ref _waitingForSlot);

    /// <summary>Queues what a previous run accepted but did not finish, oldest first. Call once, before new updates.</summary>
    public int ResumePending()
    {
        if (_inbox.Shared)
        {
            // Other replicas may be running: the sweep takes the backlog, a bounded number of chats at a time,
            // without waiting for the chats they hold.
            var backlog = _inbox.PendingCount();
            if (backlog > 0)
            {
                _logger.LogInformation("{Count} update(s) are pending in the shared inbox; sweeping them up", backlog);
            }

            SweepOnce(Now);
            _sweeping = Task.Run(SweepAsync);
            return backlog;
        }

        var pending = _inbox.Pending();
        foreach (var entry in pending)
        {
            QueueStored(entry);
        }

        if (pending.Count > 0)
        {
            _logger.LogInformation("Resuming {Count} update(s) received before the last stop", pending.Count);
        }

        return pending.Count;
    }

    private void QueueStored(InboxEntry entry)
    {
        if (Read(entry.Payload) is { } update)
        {
            Keep(entry);
            Queue(entry.ChatId, update);
        }
        else
        {
            MarkDone(entry.Id);
        }
    }

    // Shared inbox: every SweepInterval, what was accepted a while ago (a fresh update is its receiver's to run).
    private async Task SweepAsync()
    {
        using var beat = new PeriodicTimer(SweepInterval, _time);
        try
        {
            while (await beat.WaitForNextTickAsync(_stopping.Token))
            {
                SweepOnce(Now - SweepAge);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    // The newest pending update of each of at most SweepChats chats (those waiting longest), for the ones not
    // running here, is queued; its claim takes the older ones. A larger backlog drains over the next sweeps.
    private void SweepOnce(DateTime acceptedBefore)
    {
        try
        {
            foreach (var newest in _inbox.PendingChats(acceptedBefore, SweepChats))
            {
                lock (_gate)
                {
                    if (_queues.ContainsKey(newest.ChatId))
                    {
                        continue;
                    }

                    _swept.Add(newest.Id);
                }

                QueueStored(newest);
            }
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            _logger.LogWarning("Looking for pending updates failed ({Error}); trying again", error.GetType().Name);
        }
    }

    /// <summary>
    /// Writes the updates not seen before to the inbox and queues them; completes once they are
    /// on disk (not handled), so the caller may confirm them to Telegram.
    /// </summary>
    public async Task<int> AcceptAsync(IReadOnlyList<Update> updates)
    {
        if (updates.Count == 0)
        {
            return 0;
        }

        var now = Now;
        var entries = updates.Select(update => new InboxEntry
        {
            Id = update.Id,
            ChatId = ChatOf(update),
            Payload = JsonSerializer.Serialize(update, JsonBotAPI.Options),
            ReceivedUtc = now,
        }).ToList();
        var fresh = (await _inbox.AcceptAsync(entries)).Select(entry => entry.Id).ToHashSet();
        foreach (var update in updates.DistinctBy(update => update.Id).Where(update => fresh.Contains(update.Id)))
        {
            Queue(ChatOf(update), update);
        }

        if (fresh.Count < updates.Count)
        {
            _logger.LogInformation("{Count} update(s) delivered again were skipped", updates.Count - fresh.Count);
        }

        PurgeNow(now);
        return fresh.Count;
    }

    /// <summary>
    /// Stops starting new updates and waits up to <paramref name="grace"/> for the running ones;
    /// updates not started stay in the inbox for the next start.
    /// </summary>
    public async Task StopAsync(TimeSpan grace, CancellationToken cancellationToken = default)
    {
        await _stopping.CancelAsync();
        await _sweeping;
        Task[] running;
        lock (_gate)
        {
            running = _workers.ToArray();
        }

        try
        {
            await Task.WhenAll(running).WaitAsync(grace, cancellationToken);
        }
        catch (Exception error) when (error is TimeoutException or OperationCanceledException)
        {
            _logger.LogWarning("{Count} chat(s) were still busy when the shutdown grace ended", running.Count(task => !task.IsCompleted));
        }
    }

    public static long ChatOf(Update update) => update switch
    {
        { Message.Chat: { } chat } => chat.Id,
        { EditedMessage.Chat: { } chat } => chat.Id,
        { CallbackQuery.Message.Chat: { } chat } => chat.Id,
        { CallbackQuery.From: { } from } => from.Id,
        { InlineQuery.From: { } from } => InlineQueriesOf(from.Id),
        _ => 0,
    };

    /// <summary>
    /// Where a user's inline queries queue (in memory and in a shared inbox's chat claim): a key of their own, not
    /// the user's private chat, so that a long turn there does not hold them up. Telegram's chat ids have at most
    /// 52 significant bits; this sets bit 62, so it is no chat's id (nor folds to the private chat's lock key).
    /// </summary>
    public static long InlineQueriesOf(long userId) => userId | (1L << 62);

    private DateTime Now => _time.GetUtcNow().UtcDateTime;

    private static Update? Read(string payload)
    {
        try
        {
            return JsonSerializer.Deserialize<Update>(payload, JsonBotAPI.Options);
        }
        catch (Exception)
        {
            // Unreadable (e.g. written by another version): dropped rather than breaking every start.
            return null;
        }
    }

    private void Queue(long chatId, Update update)
    {
        lock (_gate)
        {
            if (_stopping.IsCancellationRequested)
            {
                // Stored in the inbox already: the next start handles it.
                return;
            }

            if (_queues.TryGetValue(chatId, out var queue))
            {
                // The chat's worker is running and will take it after the ones before it.
                queue.Enqueue(update);
                return;
            }

            queue = new Queue<Update>();
            queue.Enqueue(update);
            _queues[chatId] = queue;
            Task worker = null!;
            worker = Task.Run(async () =>
            {
                try
                {
                    await RunChatAsync(chatId, queue);
                }
                finally
                {
                    lock (_gate)
                    {
                        _workers.Remove(worker);

                        // Also after a fault: a queue left behind would swallow the chat's next updates.
                        if (_queues.TryGetValue(chatId, out var current) && current == queue)
                        {
                            _queues.Remove(chatId);
                        }
                    }
                }
            });
            _workers.Add(worker);
        }
    }

    private async Task RunChatAsync(long chatId, Queue<Update> queue)
    {
        while (true)
        {
            Update update;
            lock (_gate)
            {
                if (queue.Count == 0 || _stopping.IsCancellationRequested)
                {
                    // What is left stays pending in the inbox for the next start.
                    _queues.Remove(chatId);
                    return;
                }

                update = queue.Dequeue();
            }

            Interlocked.Increment(ref _waitingForSlot);
            try
            {
                await _slots.WaitAsync(_stopping.Token);
            }
            catch (OperationCanceledException)
            {
                lock (_gate)
                {
                    _queues.Remove(chatId);
                }

                return;
            }
            finally
            {
                Interlocked.Decrement(ref _waitingForSlot);
            }

            try
            {
                await HandleInTurnAsync(chatId, update);
            }
            catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
            {
                // Not handled: it stays pending and runs again at the next start.
            }
            finally
            {
                _slots.Release();
            }
        }
    }

    // One process: the update itself. A shared inbox: under the chat's claim, its pending updates up to this one.
    private async Task HandleInTurnAsync(long chatId, Update update)
    {
        IChatClaim? claim;
        bool wait;
        lock (_gate)
        {
            wait = !_swept.Remove(update.Id);
        }

        try
        {
            claim = await _inbox.ClaimChatAsync(chatId, update.Id, wait, _stopping.Token);
        }
        catch (Exception error) when (!_stopping.IsCancellationRequested)
        {
            // Left pending: the sweep queues it again.
            _logger.LogError(error, "Chat {ChatId}: update {UpdateId} could not be claimed", chatId, update.Id);
            return;
        }

        if (claim is null)
        {
            await HandleOneAsync(chatId, update);
            return;
        }

        await using (claim)
        {
            foreach (var entry in claim.Due)
            {
                if ((entry.Id == update.Id ? update : Read(entry.Payload)) is { } due)
                {
                    Keep(entry);
                    await HandleOneAsync(chatId, due);
                }
                else
                {
                    MarkDone(entry.Id);
                }
            }
        }
    }

    // Replies a stopped run (or another replica) kept in the outbox: they go out, the engine does not run again.
    private void Keep(InboxEntry entry)
    {
        if (entry.Replies is not null)
        {
            _kept[entry.Id] = entry;
        }
    }

    private async Task HandleOneAsync(long chatId, Update update)
    {
        var started = _time.GetTimestamp();
        try
        {
            if (_kept.TryRemove(update.Id, out var kept))
            {
                await _handler.ResumeAsync(update, kept, _stopping.Token);
                MarkDone(update.Id);
                _metrics.UpdateHandled("resumed", _time.GetElapsedTime(started));
            }
            else if (await _handler.HandleAsync(update, _stopping.Token))
            {
                Forget(chatId, update);
                _metrics.UpdateHandled("forgotten", _time.GetElapsedTime(started));
            }
            else
            {
                MarkDone(update.Id);
                _metrics.UpdateHandled("handled", _time.GetElapsedTime(started));
            }
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception error)
        {
            // Marked done anyway: an update that breaks the handler must not break every restart.
            _logger.LogError(error, "Chat {ChatId}: update {UpdateId} could not be handled", chatId, update.Id);
            MarkDone(update.Id);
            _metrics.UpdateHandled("failed", _time.GetElapsedTime(started));
        }
    }

    // /forget is total: the raw updates of the chat (typed answers, the user's id and name) go with the session.
    private void Forget(long chatId, Update update)
    {
        try
        {
            var deleted = _inbox.ForgetChat(chatId, update.Id);

            // A private chat's id is its user's: their inline queries (the user's id and name) go too.
            if (chatId > 0)
            {
                deleted += _inbox.ForgetChat(InlineQueriesOf(chatId), long.MaxValue);
            }

            _logger.LogInformation("Chat {ChatId}: /forget deleted the session and {Count} stored update(s)", chatId, deleted);
        }
        catch (Exception error)
        {
            _logger.LogError(error, "Chat {ChatId}: /forget could not delete the stored updates; they are purged a day after handling", chatId);
            MarkDone(update.Id);
        }
    }

    private void MarkDone(long updateId)
    {
        Task marked;
        try
        {
            marked = _inbox.MarkDoneLater(updateId, Now);
        }
        catch (Exception error)
        {
            marked = Task.FromException(error);
        }

        // Left pending: the next start shows the chat where it is (the engine will not apply it twice).
        marked.ContinueWith(
            failed => _logger.LogError(failed.Exception?.GetBaseException(), "Update {UpdateId} was handled but could not be marked done", updateId),
            CancellationToken.None,
            TaskContinuationOptions.OnlyOnFaulted,
            TaskScheduler.Default);
    }

    private void PurgeNow(DateTime now)
    {
        if (now - _lastPurge < TimeSpan.FromHours(1))
        {
            return;
        }

        _lastPurge = now;
        var purged = _inbox.Purge(now - KeepDone);
        if (purged > 0)
        {
            _logger.LogDebug("Purged {Count} handled update(s) older than a day", purged);
        }
    }
}
