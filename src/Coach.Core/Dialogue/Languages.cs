namespace Coach.Core.Dialogue;

/// <summary>The languages Coach speaks and how a client's language hint maps to them.</summary>
public static class Languages
{
    public const string Russian = "ru";
    public const string English = "en";

    public static readonly IReadOnlyList<string> All = [Russian, English];

    /// <summary>Telegram's language_code "ru", "ru-RU"… gives Russian; anything else, or nothing, English.</summary>
    public static string FromHint(string? languageCode) =>
        languageCode is not null && languageCode.StartsWith("ru", StringComparison.OrdinalIgnoreCase)
            ? Russian
            : English;

    public static string? Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "ru" or "rus" or "russian" or "русский" or "рус" => Russian,
        "en" or "eng" or "english" or "английский" or "англ" => English,
        _ => null,
    };
}
