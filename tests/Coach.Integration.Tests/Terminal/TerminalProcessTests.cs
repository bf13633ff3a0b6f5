using System.Diagnostics;
using System.Text;
using Coach.Integration.Tests.Support;

namespace Coach.Integration.Tests.Terminal;

/// <summary>
/// Coach as a separate process, the way the README runs it: piped standard input, and a
/// kill -9 in the middle of the wizard followed by a restart over the same LiteDB file.
/// </summary>
public class TerminalProcessTests
{
    private static Process Start(TempFolder folder) => BotProcess.Start(folder.Path, new Dictionary<string, string>
    {
        ["Telegram__BotToken"] = "",
        ["Terminal__Language"] = "en",
    });

    [Fact]
    public async Task Piped_input_runs_the_wizard_and_the_data_file_lands_under_the_working_folder()
    {
        using var folder = new TempFolder();
        using var process = Start(folder);
        await process.StandardInput.WriteAsync("1\nDish soap\n1\n1\n2\n3\n4\n2\n1\n");
        process.StandardInput.Close();

        var output = await process.StandardOutput.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(0, process.ExitCode);
        Assert.Contains("Your coverage strategy: mass (undifferentiated) marketing", output);
        Assert.True(File.Exists(Path.Combine(folder.Path, "data", "coach.db")));
    }

    [Fact]
    public async Task A_killed_process_continues_at_the_same_question_with_every_answer()
    {
        using var folder = new TempFolder();
        using (var first = Start(folder))
        {
            var reader = new OutputReader(first.StandardOutput);
            await reader.WaitFor("What shall we work on?");
            await first.StandardInput.WriteLineAsync("1");
            await reader.WaitFor("What do you sell?");
            await first.StandardInput.WriteLineAsync("Bread");
            await reader.WaitFor("Who needs your product?");
            await first.StandardInput.WriteLineAsync("3");
            await reader.WaitFor("What is your marketing budget like?");

            first.Kill(entireProcessTree: true); // SIGKILL: no shutdown code runs
            await first.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
        }

        using var second = Start(folder);
        var output = new OutputReader(second.StandardOutput);
        await output.WaitFor("What is your marketing budget like?");
        await second.StandardInput.WriteLineAsync("3");
        await second.StandardInput.WriteLineAsync("/status coverage"); // the coverage section's details
        second.StandardInput.Close();
        var rest = await output.WaitFor("Budget: Limited");
        await second.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Contains("How broad is your product line?", rest);
        Assert.Contains("Product: Bread", rest);
        Assert.Contains("Who needs it: A narrow, specific group", rest);
    }

    /// <summary>Collects a process's output and waits, with a limit, for a line to appear.</summary>
    private sealed class OutputReader
    {
        private readonly StringBuilder _seen = new();
        private readonly Task _pump;
        private readonly SemaphoreSlim _changed = new(0);

        public OutputReader(StreamReader output)
        {
            _pump = Task.Run(async () =>
            {
                var buffer = new char[4096];
                int read;
                while ((read = await output.ReadAsync(buffer)) > 0)
                {
                    lock (_seen)
                    {
                        _seen.Append(buffer, 0, read);
                    }

                    _changed.Release();
                }
            });
        }

        public async Task<string> WaitFor(string text)
        {
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (true)
            {
                var ended = _pump.IsCompleted;
                var seen = Snapshot();
                if (seen.Contains(text))
                {
                    return seen;
                }

                if (ended || DateTime.UtcNow > deadline)
                {
                    throw new TimeoutException($"'{text}' did not appear. Output so far:\n{seen}");
                }

                await _changed.WaitAsync(TimeSpan.FromMilliseconds(200));
            }
        }

        private string Snapshot()
        {
            lock (_seen)
            {
                return _seen.ToString();
            }
        }
    }
}
