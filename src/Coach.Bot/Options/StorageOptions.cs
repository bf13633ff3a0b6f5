namespace Coach.Bot.Options;

/// <summary>The "Storage" configuration section: where sessions are kept.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>LiteDb (one process over a file, the default) or PostgreSql (several replicas on one database).</summary>
    public StorageProvider Provider { get; set; } = StorageProvider.LiteDb;

    /// <summary>The LiteDB file; a relative path is taken from the working folder.</summary>
    public string Path { get; set; } = "data/coach.db";

    /// <summary>Optional: encrypts the file. Only from the environment or user secrets.</summary>
    public string? Password { get; set; }

    /// <summary>PostgreSql: the Npgsql connection string (Host=…;Username=…;Password=…;Database=…). Keep its password out of files.</summary>
    public string? ConnectionString { get; set; }
}

public enum StorageProvider
{
    LiteDb,
    PostgreSql,
}
