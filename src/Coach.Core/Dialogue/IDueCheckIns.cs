namespace Coach.Core.Dialogue;

/// <summary>
/// The chats whose next check-in is due, read from the stored sessions (<see cref="Domain.CheckIns.CheckInSettings.NextDueUtc"/>),
/// so a scheduler finds them after a restart. Whether one is really sent is decided again in the chat's own turn.
/// </summary>
public interface IDueCheckIns
{
    IReadOnlyList<string> ChatsDue(DateTime utc);
}
