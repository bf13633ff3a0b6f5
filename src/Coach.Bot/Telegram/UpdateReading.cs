using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Requests;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Coach.Bot.Telegram;

/// <summary>
/// getUpdates with each update read on its own. Telegram.Bot's own <c>GetUpdates</c> reads the whole
/// batch at once, so one update it cannot read (text with a lone UTF-16 surrogate, a field of an
/// unexpected shape) fails every call and the offset never moves past it: no chat is answered again.
/// Here the batch arrives as raw JSON elements; an unreadable one is logged (id and size, never its
/// content), counted and skipped past, and every other update goes on as usual.
/// </summary>
public static class UpdateReading
{
    private static long _poison;

    /// <summary>Updates skipped since start because they could not be read.</summary>
    public static long PoisonCount => Interlocked.Read(ref _poison);

    /// <summary>The readable updates of one getUpdates call, and the offset that confirms the whole batch (0: nothing arrived).</summary>
    public sealed record Batch(IReadOnlyList<Update> Updates, int NextOffset);

    public static async Task<Batch> GetUpdatesAsync(
        ITelegramBotClient bot, int offset, int timeoutSeconds, IEnumerable<UpdateType> wanted, ILogger logger, CancellationToken cancellationToken)
    {
        var raw = await bot.SendRequest(
            new RawGetUpdatesRequest { Offset = offset, Limit = 100, Timeout = timeoutSeconds, AllowedUpdates = wanted },
            cancellationToken);
        var updates = new List<Update>(raw.Length);
        var next = 0;
        foreach (var element in raw)
        {
            if (IdOf(element) is { } id)
            {
                next = Math.Max(next, id + 1);
            }

            if (TryRead(element, logger) is { } update)
            {
                updates.Add(update);
                next = Math.Max(next, update.Id + 1);
            }
        }

        return new Batch(updates, next);
    }

    /// <summary>The update, or null (logged and counted) when it cannot be read.</summary>
    public static Update? TryRead(JsonElement element, ILogger logger)
    {
        try
        {
            return element.Deserialize<Update>(JsonBotAPI.Options) ?? throw new JsonException("null update");
        }
        catch (Exception error) when (error is JsonException or InvalidOperationException or NotSupportedException or FormatException or ArgumentException)
        {
            Interlocked.Increment(ref _poison);
            logger.LogWarning(
                "Update {UpdateId} ({Size} bytes) could not be read ({Error}); skipped",
                IdOf(element)?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "without an id",
                element.ValueKind == JsonValueKind.Undefined ? 0 : element.GetRawText().Length,
                error.GetType().Name);
            return null;
        }
    }

    private static int? IdOf(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object
        && element.TryGetProperty("update_id", out var id)
        && id.ValueKind == JsonValueKind.Number
        && id.TryGetInt32(out var value)
            ? value
            : null;

    /// <summary>The Bot API's getUpdates, answered as raw elements (same method name, so the resilience pipeline treats it as polling).</summary>
    private sealed class RawGetUpdatesRequest() : RequestBase<JsonElement[]>("getUpdates")
    {
        public int? Offset { get; set; }

        public int? Limit { get; set; }

        public int? Timeout { get; set; }

        [JsonPropertyName("allowed_updates")]
        public IEnumerable<UpdateType>? AllowedUpdates { get; set; }
    }
}
