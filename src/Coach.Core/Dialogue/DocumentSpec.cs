using System.Text.Json.Serialization;

namespace Coach.Core.Dialogue;

/// <summary>
/// A document a reply carries, as data (plain text, no markup); the host writes it as PDF and
/// Markdown files (Coach.Rendering) and sends both, with its charts as pictures.
/// </summary>
public sealed record DocumentSpec(string FileName, string Title, string Subtitle, IReadOnlyList<DocumentBlock> Blocks);

[JsonPolymorphic(TypeDiscriminatorPropertyName = "$block")]
[JsonDerivedType(typeof(DocumentHeading), "heading")]
[JsonDerivedType(typeof(DocumentParagraph), "paragraph")]
[JsonDerivedType(typeof(DocumentBullets), "bullets")]
[JsonDerivedType(typeof(DocumentTable), "table")]
[JsonDerivedType(typeof(DocumentPageBreak), "break")]
[JsonDerivedType(typeof(DocumentChart), "chart")]
public abstract record DocumentBlock;

/// <summary>A heading, level 1 to 3.</summary>
public sealed record DocumentHeading(int Level, string Text) : DocumentBlock;

public sealed record DocumentParagraph(string Text) : DocumentBlock;

public sealed record DocumentBullets(IReadOnlyList<string> Items) : DocumentBlock;

public sealed record DocumentTable(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows) : DocumentBlock;

/// <summary>What follows starts on a new page (the PDF); the Markdown shows a rule.</summary>
public sealed record DocumentPageBreak : DocumentBlock;

public sealed record DocumentChart(Chart Chart) : DocumentBlock
{
    /// <summary>What the Markdown says in place of the picture, which only the PDF holds; null links a picture file.</summary>
    public string? MarkdownNote { get; init; }
}
