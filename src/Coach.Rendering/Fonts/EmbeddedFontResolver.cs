using ScottPlot;
using SkiaSharp;

namespace Coach.Rendering.Fonts;

/// <summary>
/// Answers ScottPlot's typeface requests for one family name with typefaces built from bytes we ship.
/// ScottPlot 5.1.59 only offers <c>Fonts.AddFontFile(name, path)</c>; a resolver over in-memory data spares
/// us writing the font to a temp file (which a read-only or shared /tmp would break).
/// </summary>
internal sealed class EmbeddedFontResolver(string familyName, SKTypeface regular, SKTypeface bold) : IFontResolver
{
    public string FamilyName { get; } = familyName;
    public SKTypeface Regular { get; } = regular;
    public SKTypeface Bold { get; } = bold;

    public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing spacing) =>
        Matches(fontName) ? ((int)weight >= (int)FontWeight.SemiBold ? Bold : Regular) : null;

    // Italic is answered with the upright face: a slanted DejaVu is not shipped, and upright beats a system fallback.
    public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
        Matches(fontName) ? (bold ? Bold : Regular) : null;

    private bool Matches(string fontName) => string.Equals(fontName, FamilyName, StringComparison.OrdinalIgnoreCase);
}
