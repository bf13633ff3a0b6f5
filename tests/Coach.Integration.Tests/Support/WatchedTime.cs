using System.Collections.Concurrent;
using Microsoft.Extensions.Time.Testing;

namespace Coach.Integration.Tests.Support;

/// <summary>
/// A test's clock that tells when the code under test sets a timer of a given length (a <c>Task.Delay</c>, a
/// deadline), so a test moves the time only once the code waits on it: no real wait, no race with a slow machine.
/// </summary>
public sealed class WatchedTime(DateTimeOffset start) : FakeTimeProvider(start)
{
    private readonly ConcurrentDictionary<TimeSpan, SemaphoreSlim> _set = new();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        Set(dueTime).Release();
        return timer;
    }

    /// <summary>Forgets the timers of that length set so far: <see cref="SetAsync"/> then waits for the next one.</summary>
    public void Watch(TimeSpan dueTime)
    {
        var set = Set(dueTime);
        while (set.Wait(0))
        {
        }
    }

    /// <summary>Returns once a timer of that length has been set (since the last <see cref="Watch"/> or return).</summary>
    public async Task SetAsync(TimeSpan dueTime)
    {
        Assert.True(
            await Set(dueTime).WaitAsync(Telegram.FakeBotApiServer.DefaultTimeout),
            $"No timer of {dueTime.TotalSeconds:F0} s was set within {Telegram.FakeBotApiServer.DefaultTimeout.TotalSeconds:F0} s.");
    }

    private SemaphoreSlim Set(TimeSpan dueTime) => _set.GetOrAdd(dueTime, _ => new SemaphoreSlim(0));
}
