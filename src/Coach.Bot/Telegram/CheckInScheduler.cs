using Coach.Core.Dialogue;
using Coach.Core.Domain.CheckIns;
using Coach.Core.Flows.CheckIns;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Coach.Bot.Telegram;

/// <summary>
/// Sends the weekly check-ins. Once the dispatcher has queued what the last run left, and then every minute of the
/// engine's clock, it asks the stored sessions which chats are due (<see cref="IDueCheckIns"/>) and hands each due
/// check-in to the dispatcher as an inbox entry of its own (<see cref="UpdateDispatcher.AcceptScheduledAsync"/>, its
/// id made of the chat and the moment it fell due). So each check-in is accepted once, whichever replica on a shared
/// database finds it first and however many rounds see it (the others find the entry there); it runs in the chat's
/// order, under the chat's claim, as the clock's turn of the engine, which decides: due and not yet asked for that
/// week → the question, else nothing; and its replies are committed with the session in the entry's outbox before
/// they are sent (<see cref="UpdateHandler.HandleScheduledAsync"/>). A check-in missed while Coach was down goes out
/// once at the next start (for the latest week); one whose send a kill cut goes out from the outbox at the next
/// start; no chat gets two for one week. A chat that blocked the bot (403) has its check-ins turned off. Check-ins
/// are handed over at most <see cref="PerSecond"/> a second.
/// </summary>
public sealed class CheckInScheduler(
    UpdateDispatcher dispatcher,
    TimeProvider time,
    ILogger<CheckInScheduler> logger,
    IDueCheckIns? due = null) : BackgroundService
{
    /// <summary>How often the clock is looked at.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    /// <summary>Telegram's limit for a bot's messages overall, about 30 a second.</summary>
    public const int PerSecond = 30;

    private readonly Queue<DateTimeOffset> _recent = new();

    private int _rounds;

    private DateTimeOffset _lastRound = DateTimeOffset.MinValue;

    /// <summary>Rounds of looking at the clock finished so far (tests wait for one after moving the clock).</summary>
    public int Rounds => Volatile.Read(ref _rounds);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        if (due is null)
        {
            logger.LogInformation("This store does not list due check-ins: none are sent on schedule (/checkin still works)");
            return;
        }

        // Made before the first round, so a clock moved during it still ticks once (ticks missed meanwhile coalesce).
        using var timer = new PeriodicTimer(Interval, time);
        try
        {
            // What the last run left (a check-in kept in the outbox among it) is queued first.
            await dispatcher.Resumed.WaitAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        do
        {
            try
            {
                // A clock moved by days fires the timer once per minute passed: one round looks, the others
                // coalesce (the real timer coalesces missed ticks itself).
                var now = time.GetUtcNow();
                if (now - _lastRound >= Interval / 2)
                {
                    _lastRound = now;

                    // On the thread pool: a test's clock ticks the timer from its own thread (and context).
                    await Task.Run(() => RunOnceAsync(stoppingToken), stoppingToken).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception error)
            {
                logger.LogError(error, "Check-ins could not be looked up; trying again at the next minute");
            }
            finally
            {
                Interlocked.Increment(ref _rounds);
            }
        }
        while (await WaitAsync(timer, stoppingToken).ConfigureAwait(false));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>Hands every check-in due now to the dispatcher; returns how many were new (not accepted before).</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var queued = 0;
        foreach (var checkIn in due?.ChatsDue(time.GetUtcNow().UtcDateTime) ?? [])
        {
            var chatKey = checkIn.ChatId;
            if (!chatKey.StartsWith("tg:", StringComparison.Ordinal) || !long.TryParse(chatKey[3..], out var chatId))
            {
                continue;
            }
            await PaceAsync(cancellationToken);
            if (await dispatcher.AcceptScheduledAsync(chatId, CheckInFlow.Name, checkIn.DueUtc))
            {
                queued++;
            }
        }

        return queued;
    }

    // At most PerSecond check-ins handed over in any second of the clock.
    private async Task PaceAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        while (_recent.Count > 0 && now - _recent.Peek() >= TimeSpan.FromSeconds(1))
        {
            _recent.Dequeue();
        }

        if (_recent.Count >= PerSecond)
        {
            await Task.Delay(_recent.Peek() + TimeSpan.FromSeconds(1) - now, time, cancellationToken);
            _recent.Dequeue();
        }

        _recent.Enqueue(time.GetUtcNow());
    }
}
