using System.Text.RegularExpressions;
using Coach.Core.Dialogue;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Coach.Bot.Telegram;

/// <summary>
/// Decides what an update means for Coach: a dialogue input, an edit to point out, or nothing.
/// In a private chat every message is for Coach. In a group only what is addressed to it:
/// commands (/kpi, or /kpi@ThisBot but not /kpi@OtherBot), replies to its messages, messages
/// that mention it, and presses on its buttons; everything else there is silence.
/// </summary>
public static class UpdateReader
{
    /// <param name="update">The update.</param>
    /// <param name="me">The bot (getMe); null while it is not known.</param>
    /// <param name="botId">The bot's id, known from the token even when getMe failed.</param>
    public static IncomingUpdate Read(Update update, User? me, long botId)
    {
        switch (update)
        {
            case { CallbackQuery: { Message: { } message } query } when message.Chat.Type is ChatType.Group or ChatType.Supergroup:
                return new(message.Chat.Id, "button", UserInput.Press(UpdateHandler.ChatKey(message.Chat.Id), query.Data ?? "", query.From.LanguageCode) with { Shared = true })
                {
                    Member = Pressing(query, message),
                };
            case { CallbackQuery: { Message: { } message } query }:
                return new(message.Chat.Id, "button", UserInput.Press(UpdateHandler.ChatKey(message.Chat.Id), query.Data ?? "", query.From.LanguageCode) with { Origin = message.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) });
            case { Message: { } message } when message.Chat.Type == ChatType.Private:
                return Private(message);
            case { Message: { } message } when message.Chat.Type is ChatType.Group or ChatType.Supergroup:
                return Group(message, me?.Username, botId);
            case { EditedMessage: { } edited } when edited.Chat.Type == ChatType.Private:
                return new(edited.Chat.Id, "edited", null) { LanguageHint = edited.From?.LanguageCode, Edited = true };
            default:
                return new(UpdateDispatcher.ChatOf(update), "ignored", null);
        }
    }

    private static IncomingUpdate Private(Message message)
    {
        var chat = UpdateHandler.ChatKey(message.Chat.Id);
        var hint = message.From?.LanguageCode;
        if (message.Text is { } text)
        {
            return new(message.Chat.Id, "text", UserInput.Text(chat, text, hint));
        }

        // Joins, pins, titles and other service messages are not the user talking to Coach.
        return IsContent(message.Type)
            ? new(message.Chat.Id, "unsupported", UserInput.Unsupported(chat, hint))
            : new(message.Chat.Id, "ignored", null);
    }

    private static IncomingUpdate Group(Message message, string? username, long botId)
    {
        var read = GroupInput(message, username, botId);
        return read.Input is null || message.From is not { } from
            ? read
            : read with { Input = read.Input with { Shared = true }, Member = Writing(message, from, read, botId) };
    }

    // Who wrote, what they answered (the bot's message they replied to) and which command, if any.
    private static TeamMember Writing(Message message, User from, IncomingUpdate read, long botId)
    {
        var text = read.Input!.Payload;
        var command = text.StartsWith('/') ? text.Split([' ', '\n'], 2)[0][1..].Split('@')[0].ToLowerInvariant() : null;
        return new TeamMember(from.Id, NameOf(from))
        {
            MessageId = message.MessageId,
            Target = message.ReplyToMessage?.From?.Id == botId ? message.ReplyToMessage.MessageId : null,
            After = message.MessageId,
            Command = command,
            Answering = command is null && read.Input.Kind == UserInputKind.Text,
            Mention = read.Input.Kind == UserInputKind.Where,
        };
    }

    private static TeamMember Pressing(CallbackQuery query, Message message)
    {
        var (kind, first, second) = ButtonData.Parse(query.Data ?? "");
        return new TeamMember(query.From.Id, NameOf(query.From))
        {
            Target = message.MessageId,
            After = message.MessageId + 1,
            Command = kind == "c" ? first : null,
            Answering = kind == "a",
            Pressed = true,
            AnswersState = kind == "a" ? ButtonData.Question(first).State : null,
        };
    }

    private static string NameOf(User user) => user.Username is { } name && user.FirstName.Length == 0 ? "@" + name : user.FirstName;

    private static IncomingUpdate GroupInput(Message message, string? username, long botId)
    {
        var chat = UpdateHandler.ChatKey(message.Chat.Id);
        var hint = message.From?.LanguageCode;
        if (message.Text is not { } text)
        {
            return new(message.Chat.Id, "ignored", null);
        }

        if (text.StartsWith('/'))
        {
            var head = text.Split([' ', '\n'], 2)[0];
            var at = head.IndexOf('@');
            var addressee = at < 0 ? null : head[(at + 1)..];
            // While getMe has not answered, a command naming a bot may name another one: left alone.
            var forUs = addressee is null || (username is not null && addressee.Equals(username, StringComparison.OrdinalIgnoreCase));
            return forUs ? new(message.Chat.Id, "text", UserInput.Text(chat, text, hint)) : new(message.Chat.Id, "ignored", null);
        }

        if (message.ReplyToMessage?.From?.Id == botId)
        {
            return new(message.Chat.Id, "text", UserInput.Text(chat, text, hint));
        }

        if (username is not null && Mention(username).IsMatch(text))
        {
            var rest = Mention(username).Replace(text, "").Trim();
            return rest.Length == 0
                ? new(message.Chat.Id, "mention", UserInput.Where(chat, hint))
                : new(message.Chat.Id, "text", UserInput.Text(chat, rest, hint));
        }

        return new(message.Chat.Id, "ignored", null);
    }

    // "@CoachBot" as a whole word: not "@CoachBotFan".
    private static Regex Mention(string username) =>
        new("@" + Regex.Escape(username) + @"(?![A-Za-z0-9_])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static bool IsContent(MessageType type) => type is MessageType.Photo or MessageType.Audio or MessageType.Video
        or MessageType.Voice or MessageType.Document or MessageType.Sticker or MessageType.Location or MessageType.Contact
        or MessageType.Venue or MessageType.Animation or MessageType.VideoNote or MessageType.Poll or MessageType.Dice
        or MessageType.Game or MessageType.Story or MessageType.Invoice or MessageType.PaidMedia or MessageType.Checklist
        or MessageType.LivePhoto or MessageType.Unknown;
}

/// <summary>What one update means: the chat, a kind for the log, and the input for the engine (null: nothing to do).</summary>
public sealed record IncomingUpdate(long ChatId, string Kind, UserInput? Input)
{
    /// <summary>A private message was edited: Coach says it reads only new messages.</summary>
    public bool Edited { get; init; }

    public string? LanguageHint { get; init; }

    /// <summary>In a group: the member who wrote or pressed (<see cref="TeamChats"/>).</summary>
    public TeamMember? Member { get; init; }
}
