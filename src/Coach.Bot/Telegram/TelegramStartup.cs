using Coach.Bot.Options;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace Coach.Bot.Telegram;

/// <summary>
/// The calls made once at start: who the bot is, how updates reach it (deleteWebhook for
/// polling, setWebhook with the secret for webhook mode) and the command menu in each language.
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
        var settings = options.Value;
        try
        {
            var me = await identity.GetAsync(cancellationToken);
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

            await commands.PublishAsync(cancellationToken);
            logger.LogInformation("Coach is up as @{Username}, receiving updates by {Mode}", me?.Username, webhook ? "webhook" : "long polling");
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // Polling itself retries, and Telegram retries a webhook; a failed start-up call
            // should not stop the bot.
            logger.LogWarning("Start-up calls to the Bot API failed: {Error}", error.Message);
        }
    }
}
