using System.Text.Json.Nodes;

namespace Coach.Integration.Tests.Telegram;

/// <summary>Updates from group chats, edits, and updates built for posting to a webhook.</summary>
public sealed partial class FakeBotApiServer
{
    /// <summary>A text from <paramref name="userId"/> in a group; optionally a reply to the bot's last message there.</summary>
    public int EnqueueGroupText(long groupId, long userId, string text, bool replyToBot = false, string languageCode = "en") => Enqueue(id =>
    {
        var message = MessageJson(NextMessageId(), groupId, User(userId, languageCode));
        message["chat"] = new JsonObject { ["id"] = groupId, ["type"] = "supergroup", ["title"] = "Marketing team" };
        message["text"] = text;
        if (replyToBot && _messages.LastOrDefault(m => m.ChatId == groupId) is { } last)
        {
            var replied = MessageJson(last.MessageId, groupId, Bot());
            replied["chat"] = message["chat"]!.DeepClone();
            replied["text"] = last.Text;
            message["reply_to_message"] = replied;
        }

        return new JsonObject { ["update_id"] = id, ["message"] = message };
    });

    /// <summary>A sticker in a group.</summary>
    public int EnqueueGroupSticker(long groupId, long userId) => Enqueue(id =>
    {
        var message = MessageJson(NextMessageId(), groupId, User(userId, "en"));
        message["chat"] = new JsonObject { ["id"] = groupId, ["type"] = "supergroup", ["title"] = "Marketing team" };
        message["sticker"] = new JsonObject
        {
            ["file_id"] = "sticker-file", ["file_unique_id"] = "sticker-unique", ["type"] = "regular",
            ["width"] = 512, ["height"] = 512, ["is_animated"] = false, ["is_video"] = false,
        };
        return new JsonObject { ["update_id"] = id, ["message"] = message };
    });

    /// <summary>The user edited an earlier message of theirs in a private chat.</summary>
    public int EnqueueEdit(long chatId, string newText, string languageCode = "en") => Enqueue(id =>
    {
        var message = MessageJson(NextMessageId(), chatId, User(chatId, languageCode));
        message["text"] = newText;
        message["edit_date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        return new JsonObject { ["update_id"] = id, ["edited_message"] = message };
    });

    /// <summary>
    /// A private text update with a fresh update_id, as JSON for posting to a webhook; it is not
    /// queued for getUpdates.
    /// </summary>
    public string TextUpdateJson(long chatId, string text, string languageCode = "en")
    {
        lock (_gate)
        {
            var message = MessageJson(NextMessageId(), chatId, User(chatId, languageCode));
            message["text"] = text;
            return new JsonObject { ["update_id"] = ++_lastUpdateId, ["message"] = message }.ToJsonString();
        }
    }

    /// <summary>
    /// A text message the client cannot read: its text holds a lone UTF-16 surrogate (<c>\ud800</c>), which
    /// System.Text.Json refuses to turn into a string. Returns its update_id.
    /// </summary>
    public int EnqueueUnreadableText(long chatId) => EnqueueJson(id => UnreadableJson(id, chatId));

    /// <summary>The same unreadable update as a webhook post body, with the next update_id.</summary>
    public string UnreadableTextUpdateJson(long chatId)
    {
        lock (_gate)
        {
            return UnreadableJson(++_lastUpdateId, chatId);
        }
    }

    private string UnreadableJson(int id, long chatId)
    {
        var message = MessageJson(NextMessageId(), chatId, User(chatId, "en"));
        message["text"] = "POISON";
        return new JsonObject { ["update_id"] = id, ["message"] = message }.ToJsonString().Replace("\"POISON\"", "\"bad \\ud800 text\"", StringComparison.Ordinal);
    }
}
