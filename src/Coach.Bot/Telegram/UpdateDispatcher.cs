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
/// A due check-in comes in the same way (<see cref="AcceptScheduledAsync"/>, an inbox entry of its own, see
/// <see cref="ScheduledEntry"/>): queued behind the chat's updates, under the same claim, through the same outbox.
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
    private readonly Dictionary<long, Queue<Work>> _queues = new();
    private readonly TaskCompletionSource _resumed = new(TaskCreationOptions.RunContinuationsAsynchronously);
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

    /// <summary>Completes once <see cref="ResumePending"/> has queued what a previous run left: the scheduler waits for it.</summary>
    public Task Resumed => _resumed.Task;

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
            _resumed.TrySetResult();
            _sweeping = Task.Run(SweepAsync);
            return backlog;
        }

        var pending = _inbox.Pending();
        foreach (var entry in pending)
        {
            QueueStored(entry);
        }

        _resumed.TrySetResult();

        if (pending.Count > 0)
        {
            _logger.LogInformation("Resuming {Count} update(s) received before the last stop", pending.Count);
        }

        return pending.Count;
    }

    private void QueueStored(InboxEntry entry)
    {
        if (ToWork(entry) is { } work)
        {
            Keep(entry);
            Queue(entry.ChatId, work);
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
            var last = DateTime.MinValue;
            while (await beat.WaitForNextTickAsync(_stopping.Token))
            {
                // A clock moved by days fires the timer once per second passed: one sweep looks, the rest coalesce.
                if (Now - last < SweepInterval / 2)
                {
                    continue;
                }

                last = Now;
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
            Queue(ChatOf(update), new Work(update.Id, update, null));
        }

        if (fresh.Count < updates.Count)
        {
            _logger.LogInformation("{Count} update(s) delivered again were skipped", updates.Count - fresh.Count);
        }

        PurgeNow(now);
        return fresh.Count;
    }

    /// <summary>
    /// A turn of the clock for the chat (<paramref name="command"/>, e.g. the check-in due at <paramref name="dueUtc"/>):
    /// stored in the inbox under its <see cref="ScheduledEntry.Id"/> and queued like an update. False when that entry
    /// was accepted before, here or by another replica: it is running, ran, or waits for the sweep.
    /// </summary>
    public async Task<bool> AcceptScheduledAsync(long chatId, string command, DateTime dueUtc)
    {
        var entry = new InboxEntry { Id = ScheduledEntry.Id(chatId, command, dueUtc), ChatId = chatId, Payload = ScheduledEntry.Payload(command), ReceivedUtc = Now };
        if ((await _inbox.AcceptAsync([entry])).Count == 0)
        {
            return false;
        }

        Queue(chatId, new Work(entry.Id, null, command));
        return true;
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

    // A stored entry as work: a scheduled turn, an update, or null when its payload cannot be read.
    private static Work? ToWork(InboxEntry entry) =>
        ScheduledEntry.Command(entry.Payload) is { } command ? new Work(entry.Id, null, command)
        : Read(entry.Payload) is { } update ? new Work(entry.Id, update, null)
        : null;

    private void Queue(long chatId, Work work)
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
                queue.Enqueue(work);
                return;
            }

            queue = new Queue<Work>();
            queue.Enqueue(work);
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

    private async Task RunChatAsync(long chatId, Queue<Work> queue)
    {
        while (true)
        {
            Work work;
            lock (_gate)
            {
                if (queue.Count == 0 || _stopping.IsCancellationRequested)
                {
                    // What is left stays pending in the inbox for the next start.
                    _queues.Remove(chatId);
                    return;
                }

                work = queue.Dequeue();
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
                await HandleInTurnAsync(chatId, work);
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
    private async Task HandleInTurnAsync(long chatId, Work work)
    {
        IChatClaim? claim;
        bool wait;
        lock (_gate)
        {
            wait = !_swept.Remove(work.Id);
        }

        try
        {
            claim = await _inbox.ClaimChatAsync(chatId, work.Id, wait, _stopping.Token);
        }
        catch (Exception error) when (!_stopping.IsCancellationRequested)
        {
            // Left pending: the sweep queues it again.
            _logger.LogError(error, "Chat {ChatId}: update {UpdateId} could not be claimed", chatId, work.Id);
            return;
        }

        if (claim is null)
        {
            await HandleOneAsync(chatId, work);
            return;
        }

        await using (claim)
        {
            foreach (var entry in claim.Due)
            {
                if ((entry.Id == work.Id ? work : ToWork(entry)) is { } due)
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

    private async Task HandleOneAsync(long chatId, Work work)
    {
        var started = _time.GetTimestamp();
        try
        {
            if (_kept.TryRemove(work.Id, out var kept))
            {
                await _handler.ResumeAsync(chatId, work.Update, kept, _stopping.Token);
                MarkDone(work.Id);
                _metrics.UpdateHandled("resumed", _time.GetElapsedTime(started));
            }
            else if (work.Command is { } command)
            {
                await _handler.HandleScheduledAsync(chatId, work.Id, command, _stopping.Token);
                MarkDone(work.Id);
                _metrics.UpdateHandled("scheduled", _time.GetElapsedTime(started));
            }
            else if (await _handler.HandleAsync(work.Update!, _stopping.Token))
            {
                Forget(chatId, work.Id);
                _metrics.UpdateHandled("forgotten", _time.GetElapsedTime(started));
            }
            else
            {
                MarkDone(work.Id);
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
            _logger.LogError(error, "Chat {ChatId}: update {UpdateId} could not be handled", chatId, work.Id);
            MarkDone(work.Id);
            _metrics.UpdateHandled("failed", _time.GetElapsedTime(started));
        }
    }

    // /forget is total: the raw updates of the chat (typed answers, the user's id and name) go with the session.
    private void Forget(long chatId, long updateId)
    {
        try
        {
            var deleted = _inbox.ForgetChat(chatId, updateId);

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
            MarkDone(updateId);
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

/// <summary>One item of a chat's queue: a Telegram update, or a turn of the clock (<see cref="Command"/>) stored in the inbox like one.</summary>
internal sealed record Work(long Id, Update? Update, string? Command);
