namespace Coach.Core.Tests.Support;

/// <summary>A clock a test moves by hand (days of practice for a streak).</summary>
public sealed class ManualClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
