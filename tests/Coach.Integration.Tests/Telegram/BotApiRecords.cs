using System.Text.Json.Nodes;

namespace Coach.Integration.Tests.Telegram;

/// <summary>One inline button as the bot sent it.</summary>
public sealed record InlineButton(string Text, string? CallbackData)
{
    public override string ToString() => $"[{Text} → {CallbackData}]";
}

/// <summary>A sendMessage call the fake Bot API accepted.</summary>
public sealed record SentMessage(
    long ChatId,
    int MessageId,
    string Text,
    string? ParseMode,
    IReadOnlyList<IReadOnlyList<InlineButton>> Keyboard)
{
    /// <summary>The message it was sent as a reply to (reply_parameters.message_id), if any.</summary>
    public int? ReplyTo { get; init; }

    public IEnumerable<InlineButton> Buttons => Keyboard.SelectMany(row => row);

    public override string ToString()
    {
        var buttons = Keyboard.Count == 0 ? "" : "\n    buttons: " + string.Join(" ", Buttons);
        return $"#{MessageId} ({ParseMode ?? "no parse_mode"}): {Text.Replace("\n", "\n    ")}{buttons}";
    }
}

/// <summary>A sendPhoto or sendDocument call (multipart/form-data).</summary>
public sealed record SentFile(string Method, long ChatId, string? FileName, long Length, string? Caption, string? ParseMode)
{
    /// <summary>The uploaded bytes, to check e.g. a PNG's signature.</summary>
    public byte[] Content { get; init; } = [];
}

/// <summary>
/// Any Bot API call except getUpdates: the method and its parameters. JSON bodies are kept as
/// they came; multipart form fields become string properties, file parts "file:{name}".
/// </summary>
public sealed record BotApiCall(string Method, string Token, JsonObject Parameters)
{
    /// <summary>The uploaded file parts of a multipart call by part name (kept out of <see cref="Parameters"/>).</summary>
    public IReadOnlyDictionary<string, byte[]> Uploads { get; init; } = new Dictionary<string, byte[]>();

    public string? this[string name] => Parameters[name] switch
    {
        null => null,
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        var node => node.ToJsonString(),
    };

    public override string ToString() => $"{Method} {Parameters.ToJsonString()}";
}
