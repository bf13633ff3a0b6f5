using Coach.Bot.Rendering;
using Coach.Core.Dialogue;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
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

        var keyboard = reply.Buttons.Count == 0
            ? null
            : new InlineKeyboardMarkup(reply.Buttons.Select(row => row.Select(b => InlineKeyboardButton.WithCallbackData(b.Label, b.Data))));

        // A long reply goes as several messages; the buttons stay with the last one.
        var parts = MessageSplitter.Split(reply.Text);
        for (var i = 0; i < parts.Count; i++)
        {
            await bot.SendMessage(chatId, parts[i], parseMode: ParseMode.Html, replyMarkup: i == parts.Count - 1 ? keyboard : null, cancellationToken: cancellationToken);
        }

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
