namespace Coach.Bot.Options;

/// <summary>The "Terminal" configuration section for the terminal chat.</summary>
public sealed class TerminalOptions
{
    public const string Section = "Terminal";

    /// <summary>The chat key the terminal conversation is saved under; one per person trying Coach.</summary>
    public string ChatId { get; set; } = "local";

    /// <summary>The language before /lang is used: "ru" or "en". Empty: from the system's culture.</summary>
    public string? Language { get; set; }

    /// <summary>Where pictures and files that replies carry are saved; relative to the working folder.</summary>
    public string FilesFolder { get; set; } = "data/files";
}
