using System.Diagnostics;
using Coach.Core.Dialogue;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace Coach.Bot.Telegram;

/// <summary>
/// Maps one Telegram update to a dialogue input, runs the engine and sends the replies.
/// Polling (and later a webhook) share it. No Telegram type goes past this class into the core.
/// </summary>
public sealed class UpdateHandler(ITelegramBotClient bot, DialogueEngine engine, TelegramReplySender sender, ILogger<UpdateHandler> logger)
{
    public static string ChatKey(long chatId) => "tg:" + chatId;

    public async Task HandleAsync(Update update, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var (chatId, input, kind) = update switch
        {
            { Message: { Text: { } text } message } => (message.Chat.Id, UserInput.Text(ChatKey(message.Chat.Id), text, message.From?.LanguageCode), "text"),
            { CallbackQuery: { Message: { } message } query } => (message.Chat.Id, UserInput.Press(ChatKey(message.Chat.Id), query.Data ?? "", query.From.LanguageCode), "button"),
            { Message: { } message } => (message.Chat.Id, UserInput.Unsupported(ChatKey(message.Chat.Id), message.From?.LanguageCode), "unsupported"),
            _ => (0L, null, "ignored"),
        };

        if (update.CallbackQuery is { } callback)
        {
            // Answered first, whatever follows, so the button's spinner never hangs.
            await bot.AnswerCallbackQuery(callback.Id, cancellationToken: cancellationToken);
        }

        if (input is null)
        {
            logger.LogDebug("Update {UpdateId} of type {Type} ignored", update.Id, update.Type);
            return;
        }

        var outcome = await engine.HandleAsync(input, cancellationToken);
        if (outcome.Fault is not null)
        {
            logger.LogError(outcome.Fault, "Chat {ChatId}: handling a {Kind} update failed in state {State}", chatId, kind, outcome.State);
        }

        foreach (var reply in outcome.Replies)
        {
            await sender.SendAsync(chatId, reply, cancellationToken);
        }

        logger.LogInformation(
            "Chat {ChatId}: {Kind} update {UpdateId} handled in {Elapsed:F0} ms, now at {State}",
            chatId, kind, update.Id, Stopwatch.GetElapsedTime(started).TotalMilliseconds, outcome.State);
    }
}
