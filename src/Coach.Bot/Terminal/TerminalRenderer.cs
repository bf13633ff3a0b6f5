using System.Net;
using System.Text.RegularExpressions;
using Coach.Core.Dialogue;

namespace Coach.Bot.Terminal;

/// <summary>
/// Shows replies as plain text: HTML tags dropped, entities decoded, buttons as numbered
/// options when a choice is expected (else as labels to type), attachments saved to a folder.
/// </summary>
public sealed partial class TerminalRenderer(string filesFolder)
{
    private int _saved;

    public void Render(Reply reply, TextWriter output)
    {
        output.WriteLine(PlainText(reply.Text));
        var buttons = reply.AllButtons.ToList();
        if (buttons.Count > 0)
        {
            if (reply.ExpectsText)
            {
                output.WriteLine("   " + string.Join("   ", buttons.Select(b => $"[{b.Label}]")));
            }
            else
            {
                for (var i = 0; i < buttons.Count; i++)
                {
                    output.WriteLine($"  {i + 1}) {buttons[i].Label}");
                }
            }
        }

        foreach (var attachment in reply.Attachments)
        {
            Directory.CreateDirectory(filesFolder);
            var path = Path.GetFullPath(Path.Combine(filesFolder, $"{DateTime.UtcNow:yyyyMMdd-HHmmss}-{++_saved:D3}-{attachment.FileName}"));
            File.WriteAllBytes(path, attachment.Content);
            output.WriteLine($"  📎 {attachment.Caption ?? attachment.FileName}: {path}");
        }

        output.WriteLine();
    }

    /// <summary>
    /// What a typed line means given the last reply: a button's number (when a choice is
    /// expected) or a button's label presses that button; anything else is text.
    /// </summary>
    public static UserInput Interpret(string chatId, string line, Reply? last)
    {
        var buttons = last?.AllButtons.ToList() ?? [];
        var typed = line.Trim();
        if (buttons.Count > 0 && !typed.StartsWith('/'))
        {
            if (last is { ExpectsText: false } && OptionMatcher.IsOptionNumber(typed, buttons.Count, out var index))
            {
                return UserInput.Press(chatId, buttons[index].Data);
            }

            var normalized = OptionMatcher.Normalize(typed);
            var byLabel = buttons.FirstOrDefault(b => OptionMatcher.Normalize(b.Label) == normalized && normalized.Length > 0);
            if (byLabel is not null)
            {
                return UserInput.Press(chatId, byLabel.Data);
            }
        }

        return UserInput.Text(chatId, line);
    }

    public static string PlainText(string html) =>
        WebUtility.HtmlDecode(Tag().Replace(html, ""));

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();
}
