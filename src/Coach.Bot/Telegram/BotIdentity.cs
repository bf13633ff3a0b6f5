using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace Coach.Bot.Telegram;

/// <summary>
/// Who the bot is (getMe), asked once and kept: group messages are for Coach only when they
/// name it (/kpi@CoachBot, @CoachBot) or reply to it.
/// </summary>
public sealed class BotIdentity(ITelegramBotClient bot, ILogger<BotIdentity> logger)
{
    private User? _me;

    public async Task<User?> GetAsync(CancellationToken cancellationToken)
    {
        if (_me is not null)
        {
            return _me;
        }

        try
        {
            _me = await bot.GetMe(cancellationToken);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            logger.LogWarning("getMe failed: {Error}", error.Message);
        }

        return _me;
    }
}
