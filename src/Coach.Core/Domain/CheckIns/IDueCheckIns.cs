namespace Coach.Core.Domain.CheckIns;

/// <summary>
/// The chats whose next check-in is due, read from the stored sessions (<see cref="CheckInSettings.NextDueUtc"/>),
/// so a scheduler finds them after a restart. Whether one is really sent is decided again in the chat's own turn.
/// </summary>
public interface IDueCheckIns
{
    /// <summary>The chats with check-ins on whose next one is due at <paramref name="utc"/>, each with that moment.</summary>
    IReadOnlyList<DueCheckIn> ChatsDue(DateTime utc);
}

/// <summary>A chat's check-in due at <paramref name="DueUtc"/> (its stored <c>NextDueUtc</c>): with the chat, the key of that check-in.</summary>
public sealed record DueCheckIn(string ChatId, DateTime DueUtc);
