using Coach.Bot.Options;
using Coach.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;

namespace Coach.Bot.Telegram;

/// <summary>
/// Long polling: asks the Bot API for updates and hands them to the <see cref="UpdateDispatcher"/>.
/// The offset moves past an update only once the inbox holds it, so a crash never skips a
/// message, and an update that cannot be read is skipped past (<see cref="UpdateReading"/>). A failing request (the network gone, Telegram down) is retried after a growing pause
/// with jitter, for as long as it takes. Replicas on one PostgreSQL database poll one at a time: the leader
/// (<see cref="ILeaderLock"/>, an advisory lock); the others wait to take over and meanwhile handle what the
/// shared inbox holds.
/// </summary>
public sealed class PollingService(
    ITelegramBotClient bot,
    UpdateDispatcher dispatcher,
    TelegramStartup startup,
    ILeaderLock leader,
    IOptions<TelegramOptions> options,
    ILogger<PollingService> logger) : BackgroundService
{
    /// <summary>How long in-flight updates may take to finish once shutdown has begun.</summary>
    public static readonly TimeSpan ShutdownGrace = TimeSpan.FromSeconds(8);

    public static readonly UpdateType[] Wanted = [UpdateType.Message, UpdateType.EditedMessage, UpdateType.CallbackQuery, UpdateType.InlineQuery];

    // Polling pauses while this many updates wait in memory for their chats' turn.
    private const int MaxQueued = 1000;

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await dispatcher.StopAsync(ShutdownGrace, cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        dispatcher.ResumePending();
        while (!stoppingToken.IsCancellationRequested)
        {
            ILeadership leadership;
            try
            {
                leadership = await leader.AcquireAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }

            await using (leadership)
            {
                using var polling = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, leadership.Lost);
                await PollAsync(polling.Token);
            }

            if (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning("This replica lost the polling lead (its database connection ended); waiting to lead again");
            }
        }
    }

    private async Task PollAsync(CancellationToken stoppingToken)
    {
        try
        {
            await startup.AnnounceAsync(webhook: false, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return;
        }

        var offset = 0;
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (dispatcher.Queued > MaxQueued)
                {
                    await Task.Delay(100, stoppingToken);
                }

                var batch = await UpdateReading.GetUpdatesAsync(bot, offset, options.Value.PollingTimeoutSeconds, Wanted, logger, stoppingToken);
                await dispatcher.AcceptAsync(batch.Updates);
                if (batch.NextOffset > 0)
                {
                    // Past every update of the batch, the unreadable ones included (they were logged and skipped).
                    offset = Math.Max(offset, batch.NextOffset);
                }

                if (failures > 0)
                {
                    logger.LogInformation("Polling recovered after {Failures} failed attempt(s)", failures);
                }

                failures = 0;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (ApiRequestException conflict) when (conflict.ErrorCode == 409)
            {
                // A webhook is set (someone ran Coach in webhook mode): polling works only without it.
                logger.LogWarning("getUpdates conflicts with a webhook; deleting the webhook");
                await startup.RouteUpdatesAsync(webhook: false, stoppingToken);
            }
            catch (Exception error)
            {
                failures++;
                var pause = Backoff.Delay(failures, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30));
                logger.LogWarning("getUpdates failed ({Error}); retrying in {Pause:F1} s", error.GetType().Name, pause.TotalSeconds);
                await Task.Delay(pause, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }
}
