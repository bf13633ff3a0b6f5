using System.Net;
using System.Text.RegularExpressions;
using Coach.Core.Dialogue;

namespace Coach.Bot.Terminal;

/// <summary>
/// Shows replies as plain text: HTML tags dropped, entities decoded, buttons as numbered
/// options when a choice is expected (else as labels to type), attachments saved to a folder.
/// </summary>
public sealed partial class TerminalRenderer(string filesFolder, TimeProvider time)
{
    private int _saved;

    /// <summary>
    /// Prints one reply. Choice buttons are numbered from <paramref name="firstNumber"/>, so the
    /// replies of one turn (a 360 pack: one draft per channel, each with its buttons) share one
    /// numbering; returns how many numbers it used. Without <paramref name="numbers"/> its buttons are
    /// shown as labels to type.
    /// </summary>
    public int Render(Reply reply, TextWriter output, int firstNumber = 1, bool numbers = true)
    {
        output.WriteLine(PlainText(reply.Text));
        var buttons = reply.AllButtons.ToList();
        var numbered = 0;
        if (buttons.Count > 0)
        {
            // Labels to type: a question answered by typing, or any reply of a turn that ends in one.
            if (reply.ExpectsText || !numbers)
            {
                output.WriteLine("   " + string.Join("   ", buttons.Select(b => $"[{b.Label}]")));
            }
            else
            {
                for (var i = 0; i < buttons.Count; i++)
                {
                    output.WriteLine($"  {firstNumber + i}) {buttons[i].Label}");
                }

                numbered = buttons.Count;
            }
        }

        foreach (var attachment in reply.Attachments)
        {
            Directory.CreateDirectory(filesFolder);
            var path = Path.GetFullPath(Path.Combine(filesFolder, $"{time.GetUtcNow().UtcDateTime:yyyyMMdd-HHmmss}-{++_saved:D3}-{attachment.FileName}"));
            File.WriteAllBytes(path, attachment.Content);
            // The caption is a sentence of its own (it may end in a full stop): the path goes on its own line.
            output.WriteLine($"  📎 {attachment.Caption ?? attachment.FileName}");
            output.WriteLine($"     {path}");
        }

        output.WriteLine();
        return numbered;
    }

    /// <summary>
    /// What a typed line means given the replies of the last turn: a button's number (when the
    /// last reply expects a choice; numbers run across the turn's choice replies, as printed) or a
    /// button's label (the latest reply first) presses that button; anything else is text.
    /// </summary>
    public static UserInput Interpret(string chatId, string line, IReadOnlyList<Reply> turn)
    {
        var typed = line.Trim();
        if (turn.Count == 0 || typed.StartsWith('/'))
        {
            return UserInput.Text(chatId, line);
        }

        var numbered = turn.Where(reply => !reply.ExpectsText).SelectMany(reply => reply.AllButtons).ToList();
        // "+1" or "-2" is a value (an emotion on the scale), never an option number.
        if (!turn[^1].ExpectsText && OptionMatcher.IsOptionNumber(typed, numbered.Count, out var index))
        {
            return UserInput.Press(chatId, numbered[index].Data);
        }

        var normalized = OptionMatcher.Normalize(typed);
        var byLabel = turn.Reverse().SelectMany(reply => reply.AllButtons)
            .FirstOrDefault(b => normalized.Length > 0 && OptionMatcher.Normalize(b.Label) == normalized);
        return byLabel is not null ? UserInput.Press(chatId, byLabel.Data) : UserInput.Text(chatId, line);
    }

    public static string PlainText(string html) =>
        WebUtility.HtmlDecode(Tag().Replace(html, ""));

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();
}
