namespace Coach.Integration.Tests.Support;

/// <summary>Waits for something to happen (never to prove that something did not: send a sentinel for that).</summary>
public static class Eventually
{
    public static async Task Holds(Func<bool> condition, TimeSpan? timeout = null, Func<string>? describe = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? Telegram.FakeBotApiServer.DefaultTimeout);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, describe?.Invoke() ?? "The condition did not hold in time.");
            await Task.Delay(20);
        }
    }
}
