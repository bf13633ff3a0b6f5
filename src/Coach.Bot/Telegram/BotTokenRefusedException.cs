using Telegram.Bot.Exceptions;

namespace Coach.Bot.Telegram;

/// <summary>The Bot API refused the token (401 Unauthorized, or 404 for a token of the wrong shape): nothing will work until it is fixed.</summary>
public sealed class BotTokenRefusedException(ApiRequestException refused)
    : Exception($"the Bot API refused the bot token ({refused.ErrorCode} {refused.Message}); check Telegram:BotToken (Telegram__BotToken), as @BotFather gave it.", refused)
{
    public static bool Refuses(ApiRequestException error) => error.ErrorCode is 401 or 404;
}
