using Coach.Bot.Rendering;
using Coach.Core.Dialogue;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace Coach.Bot.Telegram;

/// <summary>Renders Coach's replies on Telegram: HTML text, inline keyboards, photos and documents.</summary>
public sealed class TelegramReplySender(ITelegramBotClient bot, ILogger<TelegramReplySender> logger)
{
    public async Task SendAsync(long chatId, Reply reply, CancellationToken cancellationToken)
    {
        if (ReplyAttachments.HasWork(reply))
        {
            // Drawing and writing take a moment: show "sending a photo/file…" meanwhile.
            var action = reply.Documents.Count > 0 ? ChatAction.UploadDocument : ChatAction.UploadPhoto;
            await ShowBusyAsync(chatId, action, cancellationToken);
            reply = ReplyAttachments.Draw(reply);
        }

        // The message that carries the buttons comes last, under its charts and files, where the thumb is.
        var buttonsLast = reply.Buttons.Count > 0;
        if (buttonsLast)
        {
            await SendAttachmentsAsync(chatId, reply, cancellationToken);
        }

        // A long reply goes as several messages; the buttons stay with the last one.
        var keyboard = Keyboard(reply);
        var parts = MessageSplitter.Split(reply.Text);
        for (var i = 0; i < parts.Count; i++)
        {
            await bot.SendMessage(chatId, parts[i], parseMode: ParseMode.Html, replyMarkup: i == parts.Count - 1 ? keyboard : null, cancellationToken: cancellationToken);
        }

        if (!buttonsLast)
        {
            await SendAttachmentsAsync(chatId, reply, cancellationToken);
        }
    }

    /// <summary>
    /// Puts the reply in place of the message a press came from (a several-options question after a
    /// toggle), text and keyboard in one edit. False when that cannot be done (the reply is long or
    /// carries files, the message is gone): the caller then sends the reply as a new message.
    /// </summary>
    public async Task<bool> ReplaceAsync(long chatId, int messageId, Reply reply, CancellationToken cancellationToken)
    {
        if (ReplyAttachments.HasWork(reply) || reply.Attachments.Count > 0 || MessageSplitter.Split(reply.Text).Count != 1)
        {
            return false;
        }

        try
        {
            await bot.EditMessageText(chatId, messageId, reply.Text, ParseMode.Html, replyMarkup: Keyboard(reply), cancellationToken: cancellationToken);
            return true;
        }
        catch (ApiRequestException error) when (NotModified(error))
        {
            return true;
        }
        catch (ApiRequestException error)
        {
            logger.LogWarning("editMessageText failed in chat {ChatId}; the question is sent anew: {Error}", chatId, error.Message);
            return false;
        }
    }

    /// <summary>
    /// Shows on a pressed message what was chosen ("✔️ label") and takes its buttons away, in one
    /// edit, so an old keyboard cannot be pressed again by mistake. A failure (a message too old,
    /// "message is not modified") is logged and costs nothing.
    /// </summary>
    public async Task MarkChosenAsync(Message pressed, string data, CancellationToken cancellationToken)
    {
        var label = pressed.ReplyMarkup?.InlineKeyboard.SelectMany(row => row).FirstOrDefault(b => b.CallbackData == data)?.Text;
        try
        {
            if (label is null || pressed.Text is not { } text)
            {
                await bot.EditMessageReplyMarkup(pressed.Chat.Id, pressed.Id, replyMarkup: null, cancellationToken: cancellationToken);
                return;
            }

            // The text comes back as plain text with its formatting as entities; what is added goes after them all.
            await bot.EditMessageText(pressed.Chat.Id, pressed.Id, label.StartsWith("✔️", StringComparison.Ordinal) ? $"{text}\n\n{label}" : $"{text}\n\n✔️ {label}", entities: pressed.Entities, cancellationToken: cancellationToken);
        }
        catch (Exception error) when (error is RequestException or HttpRequestException)
        {
            logger.LogWarning("Marking the pressed message in chat {ChatId} failed: {Error}", pressed.Chat.Id, error.Message);
        }
    }

    private static bool NotModified(ApiRequestException error) =>
        error.Message.Contains("message is not modified", StringComparison.OrdinalIgnoreCase);

    private static InlineKeyboardMarkup? Keyboard(Reply reply) => reply.Buttons.Count == 0
        ? null
        : new InlineKeyboardMarkup(reply.Buttons.Select(row => row.Select(b => InlineKeyboardButton.WithCallbackData(b.Label, b.Data))));

    private async Task SendAttachmentsAsync(long chatId, Reply reply, CancellationToken cancellationToken)
    {
        foreach (var attachment in reply.Attachments)
        {
            await using var content = new MemoryStream(attachment.Content);
            var file = InputFile.FromStream(content, attachment.FileName);
            if (attachment.IsImage)
            {
                await bot.SendPhoto(chatId, file, caption: MessageSplitter.Caption(attachment.Caption), parseMode: ParseMode.Html, cancellationToken: cancellationToken);
            }
            else
            {
                await bot.SendDocument(chatId, file, caption: MessageSplitter.Caption(attachment.Caption), parseMode: ParseMode.Html, cancellationToken: cancellationToken);
            }
        }
    }

    /// <summary>
    /// A reply threaded to a group member's message (reply_parameters, sent even if that message
    /// is gone). A reply of several messages or with files goes as usual, unthreaded.
    /// </summary>
    public async Task SendThreadedAsync(long chatId, Reply reply, int messageId, CancellationToken cancellationToken)
    {
        var parts = MessageSplitter.Split(reply.Text);
        if (ReplyAttachments.HasWork(reply) || reply.Attachments.Count > 0 || parts.Count != 1)
        {
            await SendAsync(chatId, reply, cancellationToken);
            return;
        }

        var keyboard = reply.Buttons.Count == 0
            ? null
            : new InlineKeyboardMarkup(reply.Buttons.Select(row => row.Select(b => InlineKeyboardButton.WithCallbackData(b.Label, b.Data))));
        await bot.SendMessage(
            chatId, parts[0], parseMode: ParseMode.Html, replyParameters: new ReplyParameters { MessageId = messageId, AllowSendingWithoutReply = true },
            replyMarkup: keyboard, cancellationToken: cancellationToken);
    }

    /// <summary>"Typing…", "sending a photo…": a nicety whose failure never costs the user the reply itself.</summary>
    public async Task ShowBusyAsync(long chatId, ChatAction action, CancellationToken cancellationToken)
    {
        try
        {
            await bot.SendChatAction(chatId, action, cancellationToken: cancellationToken);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            logger.LogWarning("sendChatAction failed in chat {ChatId}: {Error}", chatId, error.Message);
        }
    }
}
