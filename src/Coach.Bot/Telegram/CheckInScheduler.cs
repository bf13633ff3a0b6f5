using Coach.Core.Dialogue;
using Coach.Core.Flows.CheckIns;
using Coach.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Telegram.Bot.Exceptions;

namespace Coach.Bot.Telegram;

/// <summary>
/// Sends the weekly check-ins. At start and then every minute of the engine's clock it asks the stored sessions which
/// chats are due (<see cref="IDueCheckIns"/>) and runs each one's check-in as the clock's turn of the engine, which
/// decides under the chat's lock: due and not yet asked for that week → the question, else nothing. So a check-in
/// missed while Coach was down goes out once at the next start (for the latest week), and no chat gets two for one
/// week, a restart included. The turn's save is on disk before the message goes out; a chat that blocked the bot
/// (403) has its check-ins turned off. Sending is paced to <see cref="PerSecond"/> messages a second overall.
/// </summary>
/// <remarks>
/// Over LiteDB the turn's save is held for a group commit (<see cref="GroupCommitSessionStore"/>), awaited before the
/// send; over PostgreSQL a save is durable when it returns. The PostgreSQL store does not list due chats yet
/// (<see cref="IDueCheckIns"/> is not registered there), so with it no check-in is sent on schedule: /checkin works.
/// </remarks>
public sealed class CheckInScheduler(
    DialogueEngine engine,
    TelegramReplySender sender,
    TimeProvider time,
    ILogger<CheckInScheduler> logger,
    IDueCheckIns? due = null,
    GroupCommitSessionStore? sessions = null) : BackgroundService
{
    /// <summary>How often the clock is looked at.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    /// <summary>Telegram's limit for a bot's messages overall, about 30 a second.</summary>
    public const int PerSecond = 30;

    private readonly Queue<DateTimeOffset> _recent = new();

    private int _rounds;

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
        do
        {
            try
            {
                await RunOnceAsync(stoppingToken);
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
        while (await WaitAsync(timer, stoppingToken));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>Sends every check-in due now; returns how many went out.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var sent = 0;
        foreach (var chatKey in due?.ChatsDue(time.GetUtcNow().UtcDateTime) ?? [])
        {
            if (!chatKey.StartsWith("tg:", StringComparison.Ordinal) || !long.TryParse(chatKey[3..], out var chatId))
            {
                continue;
            }

            if (await SendAsync(chatKey, chatId, cancellationToken))
            {
                sent++;
            }
        }

        return sent;
    }

    private async Task<bool> SendAsync(string chatKey, long chatId, CancellationToken cancellationToken)
    {
        var outcome = await engine.HandleAsync(UserInput.Scheduled(chatKey, CheckInFlow.Name), cancellationToken);
        if (outcome.Fault is not null)
        {
            logger.LogError(outcome.Fault, "Chat {ChatId}: the check-in could not be prepared", chatId);
            return false;
        }

        await Committed(chatKey);
        foreach (var reply in outcome.Replies)
        {
            await PaceAsync(cancellationToken);
            try
            {
                await sender.SendAsync(chatId, reply, cancellationToken);
            }
            catch (ApiRequestException refused) when (refused.ErrorCode == 403)
            {
                // Blocked or removed from the group: nothing more goes there until the user turns check-ins on again.
                await engine.HandleAsync(UserInput.Scheduled(chatKey, CheckInsFlow.Name, CheckInsFlow.Blocked), cancellationToken);
                await Committed(chatKey);
                logger.LogWarning("Chat {ChatId}: Telegram refused the check-in (403); check-ins are off for this chat", chatId);
                return false;
            }
            catch (Exception error) when (error is RequestException or HttpRequestException or TimeoutException)
            {
                // Marked sent already: a check-in lost to the network is not sent twice.
                logger.LogError("Chat {ChatId}: the check-in could not be sent ({Error})", chatId, error.Message);
                return false;
            }
        }

        if (outcome.Replies.Count > 0)
        {
            logger.LogInformation("Chat {ChatId}: check-in sent", chatId);
        }

        return outcome.Replies.Count > 0;
    }

    private Task Committed(string chatKey) => sessions?.CommittedAsync(chatKey) ?? Task.CompletedTask;

    // At most PerSecond messages in any second of the clock.
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
