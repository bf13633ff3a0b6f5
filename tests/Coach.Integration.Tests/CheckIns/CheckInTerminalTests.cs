using Coach.Integration.Tests.Support;
using Coach.Integration.Tests.Terminal;
using Microsoft.Extensions.Time.Testing;

namespace Coach.Integration.Tests.CheckIns;

/// <summary>Check-ins in the terminal chat, over a real LiteDB file: the one due while the chat was closed is shown when it opens.</summary>
public sealed class CheckInTerminalTests
{
    [Fact]
    public async Task A_check_in_due_while_the_chat_was_closed_is_shown_at_the_start_and_answered()
    {
        using var folder = new TempFolder();
        var setup = string.Join('\n', "/kpi cac 90000 80", "/start channels", "50 000", "6", "search, vk, email", "/checkins", "1", "Monday", "10:00", "keep") + "\n";
        var first = await TerminalChatTests.Run(folder, setup, time: new FakeTimeProvider(new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero)));
        Assert.Contains("every Monday at 10:00 (UTC). Next one: Dec 7, 10:00", first);
        Assert.DoesNotContain("How did the week go?", first);

        var second = await TerminalChatTests.Run(folder, "VK 12000 9; Search 8000 3\n", time: new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 12, 0, 0, TimeSpan.Zero)));
        Assert.Contains("How did the week go? (Nov 30 – Dec 6)", second);
        Assert.Contains("Plan against actual, Nov 30 – Dec 6", second);
        Assert.Contains("Feed VK", second);

        // Opened again the same week: no second check-in.
        var third = await TerminalChatTests.Run(folder, "", time: new FakeTimeProvider(new DateTimeOffset(2026, 12, 8, 12, 0, 0, TimeSpan.Zero)));
        Assert.DoesNotContain("How did the week go?", third);
    }

    [Fact]
    public async Task Left_in_the_middle_of_a_question_the_chat_opens_on_it_and_the_check_in_is_a_note_after_it()
    {
        using var folder = new TempFolder();
        var setup = string.Join('\n', "/kpi cac 90000 80", "/start channels", "50 000", "6", "search, vk, email", "/checkins", "1", "Monday", "10:00", "keep", "/start coverage") + "\n";
        var first = await TerminalChatTests.Run(folder, setup, time: new FakeTimeProvider(new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero)));
        Assert.Contains("What do you sell?", first);

        var second = await TerminalChatTests.Run(folder, "Organic bread\n", time: new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 12, 0, 0, TimeSpan.Zero)));
        var question = second.IndexOf("What do you sell?", StringComparison.Ordinal);
        var note = second.IndexOf("Time for the weekly check-in (Nov 30 – Dec 6). The question above is still waiting", StringComparison.Ordinal);
        Assert.True(question >= 0 && note > question, second);
        Assert.Contains("Who needs your product?", second[note..]);
        Assert.DoesNotContain("How did the week go?", second);
    }
}
