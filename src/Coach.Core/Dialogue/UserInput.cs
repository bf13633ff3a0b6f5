namespace Coach.Core.Dialogue;

/// <summary>One thing the user did: typed text (commands included) or pressed a button.</summary>
public sealed record UserInput(string ChatId, UserInputKind Kind, string Payload, string? LanguageHint = null)
{
    /// <summary>
    /// The transport's increasing number for this input (Telegram's update_id), when it has one.
    /// An input at or below the last one handled for the chat is a redelivery: it is not applied again.
    /// </summary>
    public long? Sequence { get; init; }

    /// <summary>
    /// The chat is shared by a team (a Telegram group): its language is the first member's and
    /// changes only by /lang, not with each member's own.
    /// </summary>
    public bool Shared { get; init; }

    /// <summary>
    /// For a press: the transport's opaque id of the message the button was on (Telegram's
    /// message_id), when it has one. A reply marked <see cref="Reply.ReplacesOrigin"/> takes that
    /// message's place, and a second press on a message already used is only noted (<see cref="DialogueOutcome.Toast"/>).
    /// </summary>
    public string? Origin { get; init; }

    /// <summary>
    /// The transport's note in the session, written just before the turn's save (again on the fresh session when a
    /// stale save is retried): given the session and whether the turn moved it to another state. A Telegram group
    /// keeps who answered last here (<see cref="Session.Team"/>), so that every replica knows it.
    /// </summary>
    public Action<Session, bool>? Note { get; init; }

    public static UserInput Text(string chatId, string text, string? languageHint = null) =>
        new(chatId, UserInputKind.Text, text, languageHint);

    public static UserInput Press(string chatId, string data, string? languageHint = null) =>
        new(chatId, UserInputKind.Button, data, languageHint);

    /// <summary>Something Coach cannot read (a sticker, a voice note…): answered with a hint.</summary>
    public static UserInput Unsupported(string chatId, string? languageHint = null) =>
        new(chatId, UserInputKind.Unsupported, "", languageHint);

    /// <summary>
    /// The clock's turn, not the user's: runs a feature command marked <see cref="FeatureContext.Scheduled"/> (a due
    /// check-in), which decides under the chat's lock whether anything is due; no reply means nothing was.
    /// </summary>
    public static UserInput Scheduled(string chatId, string command, string argument = "") =>
        new(chatId, UserInputKind.Scheduled, argument.Length == 0 ? command : command + " " + argument);

    /// <summary>"Show me where I am": the current question or the menu, changing nothing.</summary>
    public static UserInput Where(string chatId, string? languageHint = null) =>
        new(chatId, UserInputKind.Where, "", languageHint);
}

public enum UserInputKind
{
    Text,
    Button,
    Unsupported,
    Where,
    Scheduled,
}
