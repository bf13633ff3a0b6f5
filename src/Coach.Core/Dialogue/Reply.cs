using System.Text.Json;
using System.Text.Json.Serialization;

namespace Coach.Core.Dialogue;

/// <summary>
/// What Coach says, independent of the transport. <see cref="Text"/> may hold the small set of
/// HTML tags Telegram accepts (&lt;b&gt;, &lt;i&gt;, &lt;code&gt;); every user-supplied value in it is
/// already HTML-escaped. Adapters decide how it looks.
/// </summary>
public sealed record Reply(string Text)
{
    /// <summary>Rows of inline buttons.</summary>
    public IReadOnlyList<IReadOnlyList<Button>> Buttons { get; init; } = [];

    /// <summary>Pictures and files sent with the text.</summary>
    public IReadOnlyList<Attachment> Attachments { get; init; } = [];

    /// <summary>Charts to draw and send as pictures with the text (before it when the reply has buttons, so the buttons come last).</summary>
    public IReadOnlyList<Chart> Charts { get; init; } = [];

    /// <summary>Documents to write (PDF and Markdown) and send as files with the text, placed as charts are.</summary>
    public IReadOnlyList<DocumentSpec> Documents { get; init; } = [];

    /// <summary>True when the question is answered by typing; a terminal then does not number the buttons.</summary>
    public bool ExpectsText { get; init; }

    /// <summary>A verdict on the user's answer (an exercise graded, a goal checked): a team chat names who answered.</summary>
    public bool Graded { get; init; }

    /// <summary>
    /// This is the main menu. A team chat shows it only when asked for (/menu, /start), else only
    /// <see cref="MenuLead"/>, the note the menu came with.
    /// </summary>
    public bool MainMenu { get; init; }

    /// <summary>The note before the menu's own lines ("That link doesn't open anything…"), when there is one.</summary>
    public string? MenuLead { get; init; }

    /// <summary>
    /// True when the reply is the pressed message itself, changed (a several-options question after a
    /// toggle): a transport that can edits that message in place (<see cref="UserInput.Origin"/>) instead of sending a new one.
    /// </summary>
    public bool ReplacesOrigin { get; init; }

    [JsonIgnore]
    public IEnumerable<Button> AllButtons => Buttons.SelectMany(row => row);

    /// <summary>
    /// The reply as JSON, for a transport's outbox: what was decided is stored with the session and
    /// sent after a crash exactly as it would have been (charts and documents as data, drawn on sending).
    /// </summary>
    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);

    public static Reply FromJson(string json) =>
        JsonSerializer.Deserialize<Reply>(json, JsonOptions) ?? throw new JsonException("A stored reply is empty.");

    private static readonly JsonSerializerOptions JsonOptions = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault };
}

/// <summary>An inline button. <see cref="Data"/> stays within Telegram's 64-byte callback limit.</summary>
public sealed record Button(string Label, string Data);

/// <summary>A picture or a file a reply carries.</summary>
public sealed record Attachment(string FileName, string ContentType, byte[] Content, string? Caption = null)
{
    [JsonIgnore]
    public bool IsImage => ContentType.StartsWith("image/", StringComparison.Ordinal);
}
