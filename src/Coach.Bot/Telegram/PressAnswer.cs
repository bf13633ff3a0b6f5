using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace Coach.Bot.Telegram;

/// <summary>
/// The one answer a button press gets (answerCallbackQuery), which stops the button's spinner:
/// with a toast when the press no longer applies, else empty. It is sent once the engine has
/// decided, or as soon as slow work (a draft) starts, whichever comes first; a failure (a press
/// too old to answer, a network error) never costs the user their answer.
/// </summary>
public sealed class PressAnswer(ITelegramBotClient bot, CallbackQuery press, ILogger logger)
{
    private int _answered;

    public async Task AnswerAsync(string? toast, CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _answered, 1) == 1)
        {
            return;
        }

        try
        {
            await bot.AnswerCallbackQuery(press.Id, toast, cancellationToken: cancellationToken);
        }
        catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("answerCallbackQuery failed for a press in chat {ChatId}: {Error}", press.Message?.Chat.Id, error.Message);
        }
    }
}
