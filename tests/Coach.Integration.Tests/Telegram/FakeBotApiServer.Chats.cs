using System.Text.Json.Nodes;

namespace Coach.Integration.Tests.Telegram;

/// <summary>Updates from group chats, edits, and updates built for posting to a webhook.</summary>
public sealed partial class FakeBotApiServer
{
    /// <summary>
    /// A text from <paramref name="userId"/> (named <paramref name="firstName"/>) in a group; optionally a reply to
    /// the bot's last message there, or to the bot's message <paramref name="replyTo"/>. Its message id is then
    /// <see cref="LastMemberMessageId"/>.
    /// </summary>
    public int EnqueueGroupText(
        long groupId, long userId, string text, bool replyToBot = false, string languageCode = "en", string firstName = "Tester", int? replyTo = null) => Enqueue(id =>
    {
        var messageId = NextMessageId();
        LastMemberMessageId = messageId;
        var message = MessageJson(messageId, groupId, User(userId, languageCode, firstName));
        message["chat"] = GroupChat(groupId);
        message["text"] = text;
        var replied = replyTo is { } target ? _messages.LastOrDefault(m => m.ChatId == groupId && m.MessageId == target)
            : replyToBot ? _messages.LastOrDefault(m => m.ChatId == groupId) : null;
        if (replied is not null)
        {
            var repliedJson = MessageJson(replied.MessageId, groupId, Bot());
            repliedJson["chat"] = GroupChat(groupId);
            repliedJson["text"] = replied.Text;
            message["reply_to_message"] = repliedJson;
        }

        return new JsonObject { ["update_id"] = id, ["message"] = message };
    });

    /// <summary>The message id of the last group text enqueued.</summary>
    public int LastMemberMessageId { get; private set; }

    /// <summary>Members of any group getChatMember reports as administrators; everyone else is a plain member.</summary>
    public ISet<long> ChatAdmins { get; } = new HashSet<long>();

    /// <summary>A press by <paramref name="userId"/> in a group on a button of the bot's message <paramref name="messageId"/> (default: its last one there).</summary>
    public string EnqueueGroupCallback(long groupId, long userId, string data, int? messageId = null, string languageCode = "en", string firstName = "Tester")
    {
        var queryId = "";
        Enqueue(id =>
        {
            queryId = "cbq-" + ++_lastCallbackId;
            var pressed = _messages.LastOrDefault(m => m.ChatId == groupId && (messageId is null || m.MessageId == messageId));
            var message = MessageJson(pressed?.MessageId ?? NextMessageId(), groupId, Bot());
            message["chat"] = GroupChat(groupId);
            message["text"] = pressed?.Text ?? "…";
            return new JsonObject
            {
                ["update_id"] = id,
                ["callback_query"] = new JsonObject
                {
                    ["id"] = queryId, ["from"] = User(userId, languageCode, firstName), ["message"] = message,
                    ["chat_instance"] = "ci-" + groupId, ["data"] = data,
                },
            };
        });
        return queryId;
    }

    /// <summary>Text typed after the bot's name in any chat (inline mode); returns the inline query id.</summary>
    public string EnqueueInlineQuery(long userId, string query, string languageCode = "en")
    {
        var queryId = "";
        Enqueue(id =>
        {
            queryId = "iq-" + id;
            return new JsonObject
            {
                ["update_id"] = id,
                ["inline_query"] = new JsonObject
                {
                    ["id"] = queryId, ["from"] = User(userId, languageCode), ["query"] = query, ["offset"] = "",
                },
            };
        });
        return queryId;
    }

    /// <summary>
    /// The update enqueued last (a group text, a press, an inline query…), taken off the getUpdates queue as JSON
    /// for posting to a webhook: any update built here can go to whichever replica a test chooses.
    /// </summary>
    public string TakeLastUpdateJson()
    {
        lock (_gate)
        {
            var last = _updates[^1];
            _updates.RemoveAt(_updates.Count - 1);
            return last.Json;
        }
    }

    private static JsonObject GroupChat(long groupId) => new() { ["id"] = groupId, ["type"] = "supergroup", ["title"] = "Marketing team" };

    // Under the lock: an administrator, or a plain member.
    private string ChatMember(BotApiCall call)
    {
        var userId = Number(call.Parameters["user_id"]) ?? 0;
        var admin = ChatAdmins.Contains(userId);
        var member = new JsonObject { ["status"] = admin ? "creator" : "member", ["user"] = User(userId, "en") };
        if (admin)
        {
            member["is_anonymous"] = false;
        }

        return Ok(member);
    }

    /// <summary>A sticker in a group.</summary>
    public int EnqueueGroupSticker(long groupId, long userId) => Enqueue(id =>
    {
        var message = MessageJson(NextMessageId(), groupId, User(userId, "en"));
        message["chat"] = GroupChat(groupId);
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
