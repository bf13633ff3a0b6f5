using System.Text;
using System.Text.RegularExpressions;

namespace Coach.Rendering.Documents;

/// <summary>
/// Writes a <see cref="DocModel"/> as GitHub-flavoured Markdown: the title is the only <c>#</c> heading and
/// <see cref="DocHeading"/> levels 1–3 become <c>##</c>–<c>####</c>, so the outline has one root. Text in the model is
/// plain, so characters Markdown would read as formatting are escaped.
/// </summary>
public static partial class MarkdownDocumentWriter
{
    /// <summary>
    /// The Markdown text (lines end in <c>\n</c>). Images are referenced as <c>![caption](file)</c>; the caller sends the
    /// image files alongside under the names <paramref name="imageFileName"/> gives, by default <c>image-1.png</c>,
    /// <c>image-2.png</c>… in document order. An image with a <see cref="DocImage.MarkdownNote"/> is that note instead.
    /// </summary>
    public static string Write(DocModel model, Func<DocImage, string>? imageFileName = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        var parts = new List<string> { $"# {Inline(model.Title)}" };
        if (!string.IsNullOrWhiteSpace(model.Subtitle)) parts.Add($"*{Inline(model.Subtitle)}*");

        int imageNumber = 0;
        foreach (DocBlock? block in model.Blocks ?? [])
        {
            string? part = block switch
            {
                DocHeading h => $"{new string('#', Math.Clamp(h.Level, 1, 3) + 1)} {Inline(h.Text)}",
                DocParagraph p => Paragraph(p.Text),
                DocBullets b => Bullets(b.Items ?? []),
                DocTable t => Table(t),
                DocImage { MarkdownNote: { } note } => $"*{Inline(note)}*",
                DocPageBreak => "---",
                DocImage i => Image(i, imageFileName?.Invoke(i) ?? $"image-{++imageNumber}.png"),
                null => null,
                _ => throw new NotSupportedException($"No Markdown form for {block.GetType().Name}."),
            };
            if (!string.IsNullOrEmpty(part)) parts.Add(part);
        }
        return string.Join("\n\n", parts) + "\n";
    }

    // A single \n inside a paragraph is a hard break ("\" at line end, which survives editors that strip trailing
    // spaces); an empty line starts a new paragraph.
    private static string Paragraph(string? text)
    {
        var paragraphs = Lines(text).Aggregate(new List<List<string>> { new() }, (acc, line) =>
        {
            if (line.Trim().Length == 0) { if (acc[^1].Count > 0) acc.Add([]); }
            else acc[^1].Add(Escape(line.Trim(), lineStart: true));
            return acc;
        });
        return string.Join("\n\n", paragraphs.Where(p => p.Count > 0).Select(p => string.Join("\\\n", p)));
    }

    // Continuation lines of an item are indented to the item's text, which keeps them inside the list item.
    // Blank items are skipped, as in the PDF.
    private static string Bullets(IReadOnlyList<string> items) =>
        string.Join("\n", items.Where(i => !string.IsNullOrWhiteSpace(i)).Select(item =>
            "- " + string.Join("\\\n  ", Lines(item).Where(l => l.Trim().Length > 0).Select(l => Escape(l.Trim(), lineStart: true)))));

    private static string? Table(DocTable table)
    {
        int columns = Math.Max(table.Headers?.Count ?? 0, (table.Rows ?? []).Select(r => r?.Count ?? 0).DefaultIfEmpty(0).Max());
        if (columns == 0) return null;
        string Row(IReadOnlyList<string>? cells) =>
            "| " + string.Join(" | ", Enumerable.Range(0, columns).Select(i => Cell(cells is not null && i < cells.Count ? cells[i] : ""))) + " |";

        var lines = new List<string> { Row(table.Headers), "|" + string.Concat(Enumerable.Repeat(" --- |", columns)) };
        lines.AddRange((table.Rows ?? []).Select(Row));
        return string.Join("\n", lines);
    }

    // Pipes would end the cell and a newline the row: escape the one, turn the other into a <br>.
    private static string Cell(string? text) =>
        string.Join("<br>", Lines(text).Select(l => Escape(l.Trim(), lineStart: false))).Replace("|", "\\|");

    private static string Image(DocImage image, string fileName)
    {
        // Spaces or parentheses would end a bare link destination; the <…> form takes them as they are.
        string target = fileName.IndexOfAny([' ', '(', ')']) >= 0 ? $"<{fileName}>" : fileName;
        return $"![{Inline(image.Caption)}]({target})";
    }

    /// <summary>One line of text for a heading, caption or title: newlines become spaces.</summary>
    private static string Inline(string? text) =>
        Escape(string.Join(" ", Lines(text).Select(l => l.Trim()).Where(l => l.Length > 0)), lineStart: false);

    private static string[] Lines(string? text) => (text ?? "").Replace("\r", "").Split('\n');

    /// <summary>
    /// Escapes what would otherwise turn plain text into markup: emphasis, code, links and HTML anywhere, and heading,
    /// quote, list and setext markers at the start of a line. "_" inside a word stays (GFM ignores it there), so
    /// names like CAC_2024 remain readable in the raw file.
    /// </summary>
    private static string Escape(string text, bool lineStart)
    {
        var result = new StringBuilder(text.Length + 8);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            bool inWord = i > 0 && i < text.Length - 1 && char.IsLetterOrDigit(text[i - 1]) && char.IsLetterOrDigit(text[i + 1]);
            bool special = c switch
            {
                '\\' or '`' or '*' or '[' or ']' or '<' => true,
                '_' => !inWord,
                '#' or '+' or '-' or '=' or '>' => lineStart && i == 0,
                _ => false,
            };
            if (special) result.Append('\\');
            result.Append(c);
        }
        // "1." or "1)" followed by a space would start a numbered list.
        return lineStart ? OrderedListMarker().Replace(result.ToString(), @"$1\$2") : result.ToString();
    }

    [GeneratedRegex(@"^(\d+)([.)])(?=\s|$)")]
    private static partial Regex OrderedListMarker();
}
