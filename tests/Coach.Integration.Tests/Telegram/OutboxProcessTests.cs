using System.Diagnostics;
using Coach.Integration.Tests.Support;
using Xunit.Abstractions;

namespace Coach.Integration.Tests.Telegram;

/// <summary>
/// The outbox, with the real Coach process over the fake Bot API: the replies of an update are stored
/// with its session, each marked sent as Telegram accepts it, so a kill -9 loses no reply and repeats
/// only a send that was in flight.
/// </summary>
public class OutboxProcessTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Startup = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_reply_decided_before_a_kill_9_is_sent_after_the_restart_as_it_was_decided()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        using var folder = new TempFolder();
        const long chatId = 8401;
        using (var first = Start(api, folder))
        {
            await api.WaitForCall("setMyCommands", c => c["language_code"] == "ru", Startup);
            var never = new TaskCompletionSource();
            api.Hold = call => call.Method == "sendMessage" ? never.Task : null;
            api.EnqueueText(chatId, "/kpi cac 123 1");
            await api.WaitForHeldCall("sendMessage", TelegramChat.Timeout);
            await Kill(first);
        }

        api.Hold = null;
        using var second = Start(api, folder);
        try
        {
            // The card itself, not "here is where we are": the engine does not run the command again.
            var card = Assert.Single(await api.WaitForMessages(chatId, 1, Startup));
            Assert.Contains("CAC (customer acquisition cost): 123<", card.Text);
            await api.AssertNothingMoreTo(chatId);
        }
        finally
        {
            await Kill(second);
        }
    }

    [Fact]
    public async Task After_a_kill_9_between_two_replies_only_the_unsent_one_goes_out()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        using var folder = new TempFolder();
        const long chatId = 8402;
        using (var first = Start(api, folder))
        {
            await api.WaitForCall("setMyCommands", c => c["language_code"] == "ru", Startup);

            // The chart and the card go out; the second message (the CACs kept for the plan) is in flight at the kill.
            var never = new TaskCompletionSource();
            var messages = 0;
            api.Hold = call => call.Method == "sendMessage" && Interlocked.Increment(ref messages) == 2 ? never.Task : null;
            api.EnqueueText(chatId, "/kpi channels VK 30000 40 10; Context 25000 35 12");
            await api.WaitForHeldCall("sendMessage", TelegramChat.Timeout);
            await Kill(first);
        }

        Assert.Contains("Channel comparison", Assert.Single(api.Messages, m => m.ChatId == chatId).Text);
        using (var file = new Coach.Storage.LiteDbFile(System.IO.Path.Combine(folder.Path, "data", "coach.db")))
        {
            var inbox = new Coach.Storage.LiteDbUpdateInbox(file);
            var entry = Assert.Single(inbox.Pending());
            Assert.True(entry.Sent == 1 && entry.Replies?.Count == 2, $"sent {entry.Sent} of {entry.Replies?.Count}");
        }

        api.Hold = null;
        using var second = Start(api, folder);
        try
        {
            // The card that went out before the kill, then only the message that was in flight.
            var both = await api.WaitForMessages(chatId, 2, Startup);
            Assert.Contains("Channel comparison", both[0].Text);
            Assert.Contains("“Context” → Search: CAC 2,083.33", both[1].Text);
            await api.AssertNothingMoreTo(chatId);
            Assert.Single(api.Files, f => f.ChatId == chatId);
            Assert.Single(api.Messages, m => m.ChatId == chatId && m.Text.Contains("Channel comparison", StringComparison.Ordinal));
        }
        finally
        {
            await Kill(second);
        }
    }

    [Fact]
    public async Task Fifty_kill_9s_at_random_moments_lose_no_answer_and_no_reply_and_repeat_only_sends_in_flight()
    {
        const int kills = 50;
        // Each user talks at least this long, and on until the last kill (up to 1,000 steps: each chat's markers stay
        // apart from the others'). A Coach fast enough to answer 160 steps in 39 kill cycles once ran out of them.
        const int steps = 60;
        const int mostSteps = MostSteps;
        var killsDone = false;
        await using var api = await FakeBotApiServer.StartAsync();
        using var folder = new TempFolder();
        var chats = Enumerable.Range(1, 6).Select(i => 8410L + i).ToList();
        var random = new Random(20261202);

        // Each chat is a user who types the next input once the answer to the last one arrived.
        var stepsDone = new int[chats.Count];
        var users = chats.Select((chatId, index) => Task.Run(async () =>
        {
            for (var step = 1; step <= mostSteps && (step <= steps || !Volatile.Read(ref killsDone)); step++)
            {
                var input = Input(chatId, step);
                api.EnqueueText(chatId, input.Text);
                await api.WaitFor(
                    () => api.Messages.Any(m => m.ChatId == chatId && m.Text.Contains(input.Marker, StringComparison.Ordinal)),
                    TimeSpan.FromMinutes(20),
                    () => $"Chat {chatId} got no answer to step {step} ({input.Text}).");
                stepsDone[index] = step;
            }
        })).ToList();

        var killed = 0;
        for (; killed < kills && !users.All(u => u.IsCompleted); killed++)
        {
            // Killed while it works: once it has sent something, at a random moment of the next 300 ms.
            var sent = api.Messages.Count;
            using var process = Start(api, folder);
            await api.WaitFor(() => api.Messages.Count > sent || users.All(u => u.IsCompleted), Startup, () => $"The process sent nothing. Its last output lines:\n{LastErrors()}");
            await Task.Delay(random.Next(0, 300));
            await Kill(process);
        }

        Volatile.Write(ref killsDone, true);

        output.WriteLine($"After the kills: {api.Messages.Count} messages sent");
        using (var last = Start(api, folder))
        {
            try
            {
                // The last process has minutes to answer what is left; a chat still waiting then lost a reply.
                try
                {
                    await Task.WhenAll(users).WaitAsync(TimeSpan.FromMinutes(4));
                }
                catch (TimeoutException)
                {
                    var waiting = chats.Where((chatId, i) => !users[i].IsCompleted).Select(chatId => $"{chatId}: {api.Messages.Count(m => m.ChatId == chatId)} replies");
                    Assert.Fail($"Chats still waiting for a reply: {string.Join("; ", waiting)}");
                }
            }
            finally
            {
                await Kill(last);
            }
        }

        // Every answer arrived, in the order asked; a message repeated right after itself is a send in flight at a kill.
        var duplicates = 0;
        foreach (var (chatId, index) in chats.Select((chatId, index) => (chatId, index)))
        {
            var texts = api.Messages.Where(m => m.ChatId == chatId).Select(m => m.Text).ToList();
            var distinct = texts.Where((text, i) => i == 0 || text != texts[i - 1]).ToList();
            duplicates += texts.Count - distinct.Count;

            // Repeats come right after the original (a send in flight at a kill, sent again at the next
            // start; a resend cut by the next kill may repeat once more), at most one per kill.
            Assert.True(texts.Count - distinct.Count <= killed, $"Chat {chatId}: {texts.Count - distinct.Count} duplicates over {killed} kills.");
            var markers = Enumerable.Range(1, stepsDone[index]).Select(step => Input(chatId, step).Marker).ToList();
            var order = markers.Select(marker => distinct.FindIndex(text => text.Contains(marker, StringComparison.Ordinal))).ToList();
            Assert.True(order.All(i => i >= 0), $"Chat {chatId}: a reply is missing:\n{string.Join("\n---\n", distinct)}");
            Assert.Equal(order.Order(), order);
            Assert.Equal(markers.Count, distinct.Count);
            Assert.All(distinct, text => Assert.Contains(markers, marker => text.Contains(marker, StringComparison.Ordinal)));
        }

        // The users were still talking at every kill. A kill can repeat, in each chat, the one send whose
        // acceptance it cut before it was recorded (the bound above): duplicates are reported, not missing replies.
        output.WriteLine($"{killed} kills, {stepsDone.Sum()} answers, 0 missing, {duplicates} duplicate(s) of sends in flight");
        Assert.Equal(kills, killed);
    }

    // A KPI whose answer names a number unique to the chat and step.
    private const int MostSteps = 1000;

    // The card prints the CAC as English numbers are written ("1,234"): the marker is written the same way.
    private static (string Text, string Marker) Input(long chatId, int step)
    {
        var spend = (chatId - 8411) * MostSteps + step;
        return ($"/kpi cac {spend} 1", $"CAC (customer acquisition cost): {spend.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture)}<");
    }

    private static async Task Kill(Process process)
    {
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
    }

    private static readonly Queue<string> Errors = new();

    private static string LastErrors()
    {
        lock (Errors)
        {
            return string.Join("\n", Errors);
        }
    }

    private static Process Start(FakeBotApiServer api, TempFolder folder)
    {
        var process = BotProcess.Start(folder.Path, new Dictionary<string, string>
        {
            ["Telegram__BotToken"] = CoachBotHost.Token,
            ["Telegram__ApiBaseUrl"] = api.BaseUrl,
            ["Telegram__PollingTimeoutSeconds"] = "1",
            ["Telegram__RequestTimeoutSeconds"] = "3",
            ["Telegram__RetryDelayMilliseconds"] = "20",
        });

        // Drained, so a chatty log never blocks the process on a full pipe; the last lines kept for a failure's message.
        process.OutputDataReceived += Keep;
        process.ErrorDataReceived += Keep;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;

        static void Keep(object _, DataReceivedEventArgs line)
        {
            if (line.Data is { } text)
            {
                lock (Errors)
                {
                    Errors.Enqueue(text);
                    while (Errors.Count > 40)
                    {
                        Errors.Dequeue();
                    }
                }
            }
        }
    }
}
