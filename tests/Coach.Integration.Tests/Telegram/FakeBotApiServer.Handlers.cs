using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Coach.Integration.Tests.Telegram;

/// <summary>The Bot API methods the fake answers.</summary>
public sealed partial class FakeBotApiServer
{
    private const int MaxTextLength = 4096;
    private const int MaxCallbackDataBytes = 64;

    private async Task HandleAsync(HttpContext context)
    {
        var token = context.Request.RouteValues["token"] as string ?? "";
        var method = context.Request.RouteValues["method"] as string ?? "";
        using var aborted = CancellationTokenSource.CreateLinkedTokenSource(
            context.RequestAborted, _app.Lifetime.ApplicationStopping);
        var uploads = new Dictionary<string, byte[]>();
        var parameters = await ReadParametersAsync(context.Request, uploads, aborted.Token);
        if (RefuseToken)
        {
            await WriteAsync(context, "{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}", StatusCodes.Status401Unauthorized);
            return;
        }

        if (await MeetFaultAsync(context, method, aborted.Token))
        {
            return;
        }

        if (method.Equals("getUpdates", StringComparison.OrdinalIgnoreCase))
        {
            lock (_gate)
            {
                _pollers.Add(token);
            }

            await WriteAsync(context, Ok(await GetUpdatesAsync(parameters, aborted.Token)));
            return;
        }

        var call = new BotApiCall(method, token, parameters) { Uploads = uploads };
        if (Hold?.Invoke(call) is { } held)
        {
            lock (_gate)
            {
                _held.Add(call);
                Changed();
            }

            // A client that gives up while the call is held never gets an answer, and nothing is recorded.
            await Signalled(held, Timeout.InfiniteTimeSpan, aborted.Token);
            if (aborted.IsCancellationRequested)
            {
                return;
            }
        }

        var problem = Reject?.Invoke(call);
        string response;
        lock (_gate)
        {
            _calls.Add(call);
            problem ??= method.ToLowerInvariant() switch
            {
                "sendmessage" => CheckMessage(call),
                "editmessagetext" or "editmessagereplymarkup" => CheckEdit(call),
                _ => null,
            };
            if (problem is not null)
            {
                _rejections.Add($"{call}\n    → 400 {problem}");
            }

            response = problem is not null ? BadRequest(problem) : Answer(call);
            Changed();
        }

        await WriteAsync(context, response, problem is null ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest);
    }

    // Under the lock. Unknown methods are recorded and answered with true.
    private string Answer(BotApiCall call)
    {
        switch (call.Method.ToLowerInvariant())
        {
            case "getme":
                var me = Bot();
                me["can_join_groups"] = true;
                me["can_read_all_group_messages"] = false;
                me["supports_inline_queries"] = false;
                return Ok(me);
            case "sendmessage":
                var sent = new SentMessage(ChatId(call), NextMessageId(), call["text"] ?? "", call["parse_mode"], Keyboard(call.Parameters["reply_markup"]))
                {
                    ReplyTo = (int?)Number(call.Parameters["reply_parameters"]?["message_id"]),
                };
                _messages.Add(sent);
                var message = MessageJson(sent.MessageId, sent.ChatId, Bot());
                message["text"] = sent.Text;
                return Ok(message);
            case "sendphoto" or "senddocument":
                // Telegram.Bot names the file part freely and points at it: "photo": "attach://0".
                var part = call.Method.Equals("sendPhoto", StringComparison.OrdinalIgnoreCase) ? "photo" : "document";
                if (call[part] is { } reference && reference.StartsWith("attach://", StringComparison.Ordinal))
                {
                    part = reference["attach://".Length..];
                }

                var file = new SentFile(call.Method, ChatId(call), call["file:" + part], long.TryParse(call["length:" + part], out var length) ? length : 0, call["caption"], call["parse_mode"])
                {
                    Content = call.Uploads.GetValueOrDefault(part) ?? [],
                };
                _files.Add(file);
                var withFile = MessageJson(NextMessageId(), file.ChatId, Bot());
                withFile["caption"] = file.Caption;
                withFile["document"] = new JsonObject { ["file_id"] = "file-" + _files.Count, ["file_unique_id"] = "unique-" + _files.Count, ["file_name"] = file.FileName };
                return Ok(withFile);
            case "getchatmember":
                return ChatMember(call);
            case "editmessagetext" or "editmessagereplymarkup":
                var edited = Edit(call);
                var editedJson = MessageJson(edited.MessageId, edited.ChatId, Bot());
                editedJson["text"] = edited.Text;
                return Ok(editedJson);
            default:
                return Ok("true");
        }
    }

    // Under the lock: a message of the chat, by id, that Telegram would let the bot edit.
    private string? CheckEdit(BotApiCall call)
    {
        var index = MessageIndex(call);
        if (index < 0)
        {
            return "Bad Request: message to edit not found";
        }

        if (call.Method.Equals("editMessageText", StringComparison.OrdinalIgnoreCase) && CheckMessage(call) is { } problem)
        {
            return problem;
        }

        var before = _messages[index];
        var after = Edited(before, call);
        return after.Text == before.Text && after.Keyboard.SelectMany(r => r).SequenceEqual(before.Keyboard.SelectMany(r => r))
            ? "Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message"
            : null;
    }

    // Under the lock, after CheckEdit: the message takes its new text and keyboard where it stands.
    private SentMessage Edit(BotApiCall call)
    {
        var index = MessageIndex(call);
        _messages[index] = Edited(_messages[index], call);
        _edits.Add(call);
        return _messages[index];
    }

    // As Telegram does: an edit without reply_markup takes the inline keyboard away. An edit that
    // keeps the message's text and adds to it without a parse_mode (the text sent back with its
    // entities, as a pressed message is marked) keeps the message's formatting: this fake hands the
    // text out as sent rather than as plain text with entities.
    private static SentMessage Edited(SentMessage message, BotApiCall call)
    {
        var text = call.Method.Equals("editMessageText", StringComparison.OrdinalIgnoreCase) ? call["text"] ?? "" : message.Text;
        var parseMode = !call.Method.Equals("editMessageText", StringComparison.OrdinalIgnoreCase)
            ? message.ParseMode
            : call["parse_mode"] ?? (text.StartsWith(message.Text, StringComparison.Ordinal) ? message.ParseMode : null);
        return message with { Text = text, ParseMode = parseMode, Keyboard = Keyboard(call.Parameters["reply_markup"]) };
    }

    private int MessageIndex(BotApiCall call) =>
        long.TryParse(call["chat_id"], out var chatId) && int.TryParse(call["message_id"], out var messageId)
            ? _messages.FindIndex(m => m.ChatId == chatId && m.MessageId == messageId)
            : -1;

    private string? CheckMessage(BotApiCall call)
    {
        var text = call["text"] ?? "";
        var visible = text;
        if (string.Equals(call["parse_mode"], "html", StringComparison.OrdinalIgnoreCase)
            && TelegramHtml.Check(text, out visible) is { } htmlProblem)
        {
            return "Bad Request: " + htmlProblem;
        }

        if (visible.Trim().Length == 0)
        {
            return "Bad Request: message text is empty";
        }

        if (visible.Length > MaxTextLength)
        {
            return "Bad Request: message is too long";
        }

        var keyboard = Keyboard(call.Parameters["reply_markup"]);
        return keyboard.SelectMany(row => row).Any(b => b.CallbackData is null || Encoding.UTF8.GetByteCount(b.CallbackData) is 0 or > MaxCallbackDataBytes)
            ? "Bad Request: BUTTON_DATA_INVALID"
            : null;
    }

    private async Task<string> GetUpdatesAsync(JsonObject parameters, CancellationToken aborted)
    {
        var offset = Number(parameters["offset"]) ?? 0;
        var limit = (int)(Number(parameters["limit"]) ?? 100);
        var wait = TimeSpan.FromSeconds(Math.Clamp(Number(parameters["timeout"]) ?? 0, 0, 1));
        var deadline = DateTime.UtcNow + wait;
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                _getUpdatesCalls++;
                if (offset > 0 && _updates.RemoveAll(u => u.Id < offset) > 0)
                {
                    Changed();
                }

                var batch = _redeliveries.Concat(_updates.Where(u => u.Id >= offset).Take(limit).Select(u => u.Json)).ToList();
                _redeliveries.Clear();
                if (batch.Count > 0)
                {
                    return "[" + string.Join(",", batch) + "]";
                }

                changed = _changed.Task;
            }

            var remaining = deadline - DateTime.UtcNow;
            if (remaining <= TimeSpan.Zero || aborted.IsCancellationRequested)
            {
                return "[]";
            }

            await Signalled(changed, remaining, aborted);
        }
    }

    private static async Task<JsonObject> ReadParametersAsync(HttpRequest request, Dictionary<string, byte[]> uploads, CancellationToken cancellationToken)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken);
            var fields = new JsonObject();
            foreach (var (name, value) in form)
            {
                fields[name] = value.ToString();
            }

            foreach (var file in form.Files)
            {
                fields["file:" + file.Name] = file.FileName;
                fields["length:" + file.Name] = file.Length.ToString();
                using var content = new MemoryStream();
                await file.CopyToAsync(content, cancellationToken);
                uploads[file.Name] = content.ToArray();
            }

            return fields;
        }

        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(cancellationToken);
        return string.IsNullOrWhiteSpace(body) ? new JsonObject() : JsonNode.Parse(body) as JsonObject ?? new JsonObject();
    }

    private static long ChatId(BotApiCall call) =>
        long.TryParse(call["chat_id"], out var id) ? id : throw new InvalidOperationException($"{call.Method} without a numeric chat_id: {call}");

    private static long? Number(JsonNode? node) => node switch
    {
        JsonValue value when value.TryGetValue<long>(out var number) => number,
        JsonValue value when value.TryGetValue<string>(out var text) && long.TryParse(text, out var parsed) => parsed,
        _ => null,
    };

    // reply_markup arrives as an object in JSON bodies and as a JSON string in multipart forms.
    private static IReadOnlyList<IReadOnlyList<InlineButton>> Keyboard(JsonNode? markup)
    {
        if (markup is JsonValue value && value.TryGetValue<string>(out var json))
        {
            markup = JsonNode.Parse(json);
        }

        if (markup?["inline_keyboard"] is not JsonArray rows)
        {
            return [];
        }

        return rows.OfType<JsonArray>()
            .Select(row => (IReadOnlyList<InlineButton>)row.OfType<JsonObject>()
                .Select(b => new InlineButton(b["text"]?.GetValue<string>() ?? "", b["callback_data"]?.GetValue<string>()))
                .ToList())
            .ToList();
    }

    private static JsonObject User(long chatId, string languageCode, string firstName = "Tester") => new()
    {
        ["id"] = chatId, ["is_bot"] = false, ["first_name"] = firstName, ["language_code"] = languageCode,
    };

    private static JsonObject Bot() => new()
    {
        ["id"] = BotId, ["is_bot"] = true, ["first_name"] = "Coach", ["username"] = "coach_test_bot",
    };

    private static JsonObject MessageJson(int messageId, long chatId, JsonObject from) => new()
    {
        ["message_id"] = messageId,
        ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
        ["chat"] = new JsonObject { ["id"] = chatId, ["type"] = "private", ["first_name"] = "Tester" },
        ["from"] = from,
    };

    private static string Ok(string resultJson) => "{\"ok\":true,\"result\":" + resultJson + "}";

    private static string Ok(JsonNode result) => Ok(result.ToJsonString());

    private static string BadRequest(string description) =>
        new JsonObject { ["ok"] = false, ["error_code"] = 400, ["description"] = description }.ToJsonString();

    private static async Task WriteAsync(HttpContext context, string json, int status = StatusCodes.Status200OK)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(json, Encoding.UTF8);
    }
}
