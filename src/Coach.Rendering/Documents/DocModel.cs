namespace Coach.Rendering.Documents;

/// <summary>
/// One block of a report. The model is deliberately format-neutral (no styling, no markup) so the same content can be
/// written as a PDF, as Markdown, or as anything else later without the caller knowing which.
/// </summary>
public abstract record DocBlock;

/// <summary>A section heading; <paramref name="Level"/> is 1 (section) to 3 (sub-sub-section), other values are clamped.</summary>
public sealed record DocHeading(int Level, string Text) : DocBlock;

/// <summary>Plain text (no markup); a <c>\n</c> starts a new line and an empty line leaves a gap.</summary>
public sealed record DocParagraph(string Text) : DocBlock;

/// <summary>An unordered list of plain-text items.</summary>
public sealed record DocBullets(IReadOnlyList<string> Items) : DocBlock;

/// <summary>
/// A table of plain-text cells. Rows shorter than the widest row are padded with empty cells, so ragged input still
/// lines up; cells may contain <c>\n</c>.
/// </summary>
public sealed record DocTable(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows) : DocBlock;

/// <summary>What follows starts on a new page in the PDF (nothing happens at the top of a page); a rule in the Markdown.</summary>
public sealed record DocPageBreak : DocBlock;

/// <summary>A PNG picture (e.g. a chart from <see cref="KpiCharts"/>) with a caption shown under it.</summary>
public sealed record DocImage(byte[] Png, string Caption) : DocBlock
{
    /// <summary>
    /// When set, the Markdown shows this plain line instead of a link to a picture file: for documents sent without
    /// their pictures beside them, so the Markdown never points at a file that isn't there.
    /// </summary>
    public string? MarkdownNote { get; init; }
}

/// <summary>A whole document: a title, a subtitle (e.g. the project and date; may be empty) and the blocks in order.</summary>
public sealed record DocModel(string Title, string Subtitle, IReadOnlyList<DocBlock> Blocks);
