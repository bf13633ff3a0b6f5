using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace Coach.Bot.Telegram;

/// <summary>
/// Who the bot is (getMe), asked once and kept: group messages are for Coach only when they
/// name it (/kpi@CoachBot, @CoachBot) or reply to it.
/// </summary>
public sealed class BotIdentity(ITelegramBotClient bot, TimeProvider time, ILogger<BotIdentity> logger)
{
    // While Telegram is down, updates are not held up asking again and again.
    private static readonly TimeSpan RetryAfterFailure = TimeSpan.FromMinutes(1);

    private User? _me;
    private DateTimeOffset _failedAt = DateTimeOffset.MinValue;

    public async Task<User?> GetAsync(CancellationToken cancellationToken)
    {
        if (_me is not null || time.GetUtcNow() - _failedAt < RetryAfterFailure)
        {
            return _me;
        }

        try
        {
            _me = await bot.GetMe(cancellationToken);
        }
        catch (ApiRequestException refused) when (BotTokenRefusedException.Refuses(refused))
        {
            throw new BotTokenRefusedException(refused);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            _failedAt = time.GetUtcNow();
            logger.LogWarning("getMe failed: {Error}", error.Message);
        }

        return _me;
    }
}
