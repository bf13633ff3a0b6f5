using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Coach.Bot.Telegram;

/// <summary>
/// A turn of the clock (a due check-in) kept in the update inbox like an update, so it is accepted once whichever
/// replica finds it due, runs in the chat's order under the chat's claim, and its replies go through the outbox.
/// Its id is negative (Telegram's update ids are positive) and derived from the chat and the moment it fell due, so
/// every replica and every round of the scheduler that finds the same check-in due names the same entry.
/// </summary>
public static class ScheduledEntry
{
    private const string Field = "coach_scheduled";

    /// <summary>The entry's id for the chat's check-in due at <paramref name="dueUtc"/>: negative, 62 bits of a hash.</summary>
    public static long Id(long chatId, string command, DateTime dueUtc)
    {
        var key = Encoding.UTF8.GetBytes(FormattableString.Invariant($"{chatId}|{command}|{dueUtc.Ticks}"));
        var hash = BitConverter.ToInt64(SHA256.HashData(key), 0) & 0x3FFF_FFFF_FFFF_FFFF;
        return -1 - hash;
    }

    /// <summary>The payload: the command the clock runs, and nothing of the user's.</summary>
    public static string Payload(string command) => JsonSerializer.Serialize(new Dictionary<string, string> { [Field] = command });

    /// <summary>The command of a scheduled entry's payload; null when it is not one.</summary>
    public static string? Command(string payload)
    {
        try
        {
            using var json = JsonDocument.Parse(payload);
            return json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty(Field, out var command) && command.ValueKind == JsonValueKind.String
                ? command.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
