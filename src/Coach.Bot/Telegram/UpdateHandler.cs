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
    /// <summary>How long replies of a saved answer may still take to go out once shutdown has begun.</summary>
    private static readonly TimeSpan SendGrace = TimeSpan.FromSeconds(5);

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
            await AnswerCallback(callback, cancellationToken);
        }

        if (input is null)
        {
            logger.LogDebug("Update {UpdateId} of type {Type} ignored", update.Id, update.Type);
            return;
        }

        var outcome = await engine.HandleAsync(input with { Sequence = update.Id }, token => ShowTyping(chatId, token), cancellationToken);
        if (outcome.Fault is not null)
        {
            logger.LogError(outcome.Fault, "Chat {ChatId}: handling a {Kind} update failed in state {State}", chatId, kind, outcome.State);
        }

        // The answer is saved: its replies go out even if shutdown starts now, within a grace period.
        using var grace = new CancellationTokenSource(SendGrace);
        foreach (var reply in outcome.Replies)
        {
            await sender.SendAsync(chatId, reply, grace.Token);
        }

        logger.LogInformation(
            "Chat {ChatId}: {Kind} update {UpdateId} handled in {Elapsed:F0} ms, now at {State}",
            chatId, kind, update.Id, Stopwatch.GetElapsedTime(started).TotalMilliseconds, outcome.State);
    }

    // While a draft is written the engine calls this every few seconds; Telegram shows "typing…" about five seconds per call.
    private Task ShowTyping(long chatId, CancellationToken cancellationToken) =>
        bot.SendChatAction(chatId, global::Telegram.Bot.Types.Enums.ChatAction.Typing, cancellationToken: cancellationToken);

    // Answered first, whatever follows, so the button's spinner never hangs; a failure here
    // (a press too old to answer, a network error) must not cost the user their answer.
    private async Task AnswerCallback(CallbackQuery callback, CancellationToken cancellationToken)
    {
        try
        {
            await bot.AnswerCallbackQuery(callback.Id, cancellationToken: cancellationToken);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            logger.LogWarning("answerCallbackQuery failed for a press in chat {ChatId}: {Error}", callback.Message?.Chat.Id, error.Message);
        }
    }
}
