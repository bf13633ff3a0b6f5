using Coach.Bot.Options;
using Coach.Bot.Rendering;
using Coach.Core;
using Coach.Core.Dialogue;
using Coach.Core.Flows.CheckIns;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Coach.Bot.Terminal;

/// <summary>
/// Coach as a terminal chat over the same dialogue engine, for trying it without a bot token.
/// Reads lines until the end of input (so a piped script works), prints the replies, and stops
/// the host when the input ends.
/// </summary>
public sealed class TerminalChat(
    DialogueEngine engine,
    TerminalConsole console,
    IOptions<TerminalOptions> options,
    IHostApplicationLifetime lifetime,
    TimeProvider time,
    ILogger<TerminalChat> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        var settings = options.Value;
        var chatId = "term:" + settings.ChatId;
        var language = string.IsNullOrWhiteSpace(settings.Language)
            ? System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName
            : settings.Language;
        var renderer = new TerminalRenderer(settings.FilesFolder, time);
        var output = console.Out;
        output.WriteLine("Coach · terminal chat (no Telegram token configured). /help lists the commands; Ctrl-D ends.");
        output.WriteLine();

        try
        {
            // A returning user lands on the question they left; a new one gets the greeting.
            // A check-in that fell due while the chat was closed comes first, in place of the menu; left in the
            // middle of a question, the question comes first and the check-in only as a note after it.
            var elsewhere = engine.Peek(chatId) is { } stored && CheckInFlow.AnsweringElsewhere(stored);
            var last = CheckInDue(chatId) && !elsewhere ? await Send(UserInput.Scheduled(chatId, CheckInFlow.Name), renderer, output, stoppingToken) : [];
            if (last.Count == 0)
            {
                var first = engine.Peek(chatId) is null ? UserInput.Text(chatId, "/start", language) : UserInput.Where(chatId, language);
                last = await Send(first, renderer, output, stoppingToken);
                if (elsewhere && CheckInDue(chatId))
                {
                    await Send(UserInput.Scheduled(chatId, CheckInFlow.Name), renderer, output, stoppingToken);
                }
            }

            while (!stoppingToken.IsCancellationRequested)
            {
                if (console.Interactive)
                {
                    output.Write("> ");
                    output.Flush();
                }

                var line = await console.In.ReadLineAsync(stoppingToken);
                if (line is null)
                {
                    break;
                }

                if (!console.Interactive)
                {
                    output.WriteLine("> " + line);
                }

                // A blank line goes to the engine too: it answers with the current question (or the menu).
                var input = TerminalRenderer.Interpret(chatId, line, last) with { LanguageHint = language };
                var replies = await Send(input, renderer, output, stoppingToken);
                last = replies.Count > 0 ? replies : last;

                // The terminal has no clock of its own: a check-in due by now is shown after the answer to this line.
                if (CheckInDue(chatId))
                {
                    // A note while a question is open leaves that question's numbered buttons the ones to type.
                    var due = await Send(UserInput.Scheduled(chatId, CheckInFlow.Name), renderer, output, stoppingToken);
                    last = due.Count > 0 && engine.Peek(chatId) is { } now && !CheckInFlow.AnsweringElsewhere(now) ? due : last;
                }
                if (engine.Peek(chatId) is null)
                {
                    // /forget confirmed: the files this chat's replies saved go too ("all your data").
                    ForgetFiles(settings.FilesFolder);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            output.Flush();
            lifetime.StopApplication();
        }
    }

    // Looked at before the clock's turn runs, so a line with nothing due costs no second save.
    private bool CheckInDue(string chatId) =>
        engine.Peek(chatId)?.CheckIns is { On: true, NextDueUtc: { } due } && due <= time.GetUtcNow().UtcDateTime;

    private void ForgetFiles(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException error)
        {
            logger.LogWarning("Saved files in {Folder} could not all be deleted: {Error}", folder, error.Message);
        }
    }

    private async Task<IReadOnlyList<Reply>> Send(UserInput input, TerminalRenderer renderer, TextWriter output, CancellationToken cancellationToken)
    {
        // Before a draft is written, a line that says Coach is working (the terminal's "typing…").
        var outcome = await engine.HandleAsync(input, _ => output.WriteLineAsync("…"), cancellationToken);
        if (outcome.Fault is not null)
        {
            logger.LogError(outcome.Fault, "Handling a terminal input failed in state {State}", outcome.State);
        }

        // A press that no longer applies gets only its one-line note (Telegram's toast).
        if (outcome.Toast is { } toast)
        {
            output.WriteLine("  ⓘ " + toast);
            output.WriteLine();
        }

        // Choice buttons are numbered on across the turn's replies, as Interpret reads them; when the
        // turn ends in a question answered by typing, a typed number is that answer, so no button is numbered.
        var number = 1;
        var numbers = outcome.Replies.Count > 0 && !outcome.Replies[^1].ExpectsText;
        foreach (var reply in outcome.Replies)
        {
            number += renderer.Render(ReplyAttachments.Draw(reply), output, number, numbers);
        }

        output.Flush();
        return outcome.Replies;
    }
}
