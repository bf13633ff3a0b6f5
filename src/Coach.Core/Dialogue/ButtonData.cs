namespace Coach.Core.Dialogue;

/// <summary>
/// Callback data of Coach's buttons, kept within Telegram's 64 bytes by design: short prefixes,
/// state names rather than texts. "a:{state}:{value}" answers the question of that state (a
/// press on an older question is recognised as stale); "go:{flow}" opens a flow; "c:{command}"
/// runs a command. A step with a per-question token (<see cref="StepDefinition.Nonce"/>) answers
/// with "a:{state}@{token}:{value}", so a button of an earlier exercise at the same state is stale too.
/// </summary>
public static class ButtonData
{
    /// <summary>The answer value of a "keep my current answer" button.</summary>
    public const string Keep = "=";

    public const int MaxBytes = 64;

    /// <summary>Separates a state from its question token in answer data.</summary>
    public const char TokenMark = '@';

    /// <summary>The longest token a step may declare, so answer data stays within <see cref="MaxBytes"/>.</summary>
    public const int MaxTokenLength = 10;

    public static string Answer(string state, string value, string? token = null) =>
        token is null ? $"a:{state}:{value}" : $"a:{state}{TokenMark}{token}:{value}";

    /// <summary>Splits the question part of answer data into its state and token ("" without one).</summary>
    public static (string State, string Token) Question(string first)
    {
        var mark = first.IndexOf(TokenMark);
        return mark < 0 ? (first, "") : (first[..mark], first[(mark + 1)..]);
    }

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
