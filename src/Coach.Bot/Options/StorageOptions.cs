namespace Coach.Bot.Options;

/// <summary>The "Storage" configuration section: where sessions are kept.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>The LiteDB file; a relative path is taken from the working folder.</summary>
    public string Path { get; set; } = "data/coach.db";

    /// <summary>Optional: encrypts the file. Only from the environment or user secrets.</summary>
    public string? Password { get; set; }
}
