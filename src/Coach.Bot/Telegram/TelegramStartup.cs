using Coach.Bot.Options;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace Coach.Bot.Telegram;

/// <summary>
/// The calls made once at start: who the bot is, how updates reach it (deleteWebhook for
/// polling, setWebhook with the secret for webhook mode) and the command menu in each language.
/// Without the second nothing arrives, so it is retried until it succeeds; the others are best effort.
/// </summary>
public sealed class TelegramStartup(
    ITelegramBotClient bot,
    BotIdentity identity,
    BotCommandsPublisher commands,
    IOptions<TelegramOptions> options,
    ILogger<TelegramStartup> logger)
{
    public async Task AnnounceAsync(bool webhook, CancellationToken cancellationToken)
    {
        var me = await identity.GetAsync(cancellationToken);
        await RouteUpdatesAsync(webhook, cancellationToken);
        try
        {
            await commands.PublishAsync(cancellationToken);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            logger.LogWarning("setMyCommands failed: {Error}; the command menu keeps its previous content", error.Message);
        }

        logger.LogInformation("Coach is up as @{Username}, receiving updates by {Mode}", me?.Username, webhook ? "webhook" : "long polling");
    }

    /// <summary>setWebhook (webhook mode) or deleteWebhook (polling), retried with backoff until it succeeds.</summary>
    public async Task RouteUpdatesAsync(bool webhook, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                if (webhook)
                {
                    await bot.SetWebhook(
                        settings.WebhookUrl!,
                        maxConnections: settings.WebhookMaxConnections,
                        allowedUpdates: PollingService.Wanted,
                        secretToken: settings.WebhookSecret,
                        cancellationToken: cancellationToken);
                }
                else
                {
                    await bot.DeleteWebhook(cancellationToken: cancellationToken);
                }

                return;
            }
            catch (ApiRequestException refused) when (BotTokenRefusedException.Refuses(refused))
            {
                // No retry makes a revoked or mistyped token work: stop instead of retrying forever.
                throw new BotTokenRefusedException(refused);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                var pause = Backoff.Delay(attempt, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));
                logger.LogWarning("{Call} failed ({Error}); trying again in {Pause:F0} s", webhook ? "setWebhook" : "deleteWebhook", error.Message, pause.TotalSeconds);
                await Task.Delay(pause, cancellationToken);
            }
        }
    }
}
