using Coach.Bot.Options;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types.Enums;

namespace Coach.Bot.Telegram;

/// <summary>
/// Long polling: asks the Bot API for updates and handles them in order. The offset moves past
/// an update only after it was handled, so a crash never skips a message; a failing request is
/// retried after a growing pause.
/// </summary>
public sealed class PollingService(
    ITelegramBotClient bot,
    UpdateHandler handler,
    BotCommandsPublisher commands,
    IOptions<TelegramOptions> options,
    ILogger<PollingService> logger) : BackgroundService
{
    private static readonly UpdateType[] Wanted = [UpdateType.Message, UpdateType.CallbackQuery];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await AnnounceAsync(stoppingToken);
        var offset = 0;
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            global::Telegram.Bot.Types.Update[] updates;
            try
            {
                updates = await bot.GetUpdates(offset, 100, options.Value.PollingTimeoutSeconds, Wanted, stoppingToken);
                failures = 0;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception error)
            {
                failures++;
                var pause = TimeSpan.FromSeconds(Math.Min(30, Math.Pow(2, Math.Min(failures, 5))));
                logger.LogWarning("getUpdates failed ({Error}); retrying in {Pause}", error.GetType().Name, pause);
                await Task.Delay(pause, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
                continue;
            }

            foreach (var update in updates)
            {
                try
                {
                    await handler.HandleAsync(update, stoppingToken);
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    return;
                }
                catch (Exception error)
                {
                    logger.LogError(error, "Update {UpdateId} could not be handled", update.Id);
                }

                offset = update.Id + 1;
            }
        }
    }

    private async Task AnnounceAsync(CancellationToken cancellationToken)
    {
        try
        {
            var me = await bot.GetMe(cancellationToken);
            logger.LogInformation("Coach is polling as @{Username}", me.Username);
            await bot.DeleteWebhook(cancellationToken: cancellationToken);
            await commands.PublishAsync(cancellationToken);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // Polling itself retries; a failed start-up call should not stop the bot.
            logger.LogWarning("Start-up calls to the Bot API failed: {Error}", error.Message);
        }
    }
}
