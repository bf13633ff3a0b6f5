namespace Coach.Core.Dialogue;

/// <summary>
/// Callback data of Coach's buttons, kept within Telegram's 64 bytes by design: short prefixes,
/// state names rather than texts. "a:{state}:{value}" answers the question of that state (a
/// press on an older question is recognised as stale); "go:{flow}" opens a flow; "c:{command}"
/// runs a command.
/// </summary>
public static class ButtonData
{
    /// <summary>The answer value of a "keep my current answer" button.</summary>
    public const string Keep = "=";

    public const int MaxBytes = 64;

    public static string Answer(string state, string value) => $"a:{state}:{value}";

    public static string Open(string flowId) => $"go:{flowId}";

    public static string Command(string command) => $"c:{command}";

    public static string Command(string command, string argument) => $"c:{command}:{argument}";

    /// <summary>Splits data into its kind and up to two arguments; unknown shapes give kind "".</summary>
    public static (string Kind, string First, string Second) Parse(string data)
    {
        var parts = data.Split(':', 3);
        return parts.Length switch
        {
            3 => (parts[0], parts[1], parts[2]),
            2 => (parts[0], parts[1], ""),
            _ => ("", "", ""),
        };
    }
}
