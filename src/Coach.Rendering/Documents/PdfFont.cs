using System.Reflection;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace Coach.Rendering.Documents;

/// <summary>
/// One embedded TrueType font of a PDF being built, with width measurement. Widths come from PdfPig's own
/// <see cref="PdfPageBuilder.MeasureText"/> (the advances it will write; it applies no kerning, so a string's width is
/// the sum of its characters'), cached per character because wrapping measures the same letters over and over.
/// </summary>
internal sealed class PdfFont
{
    private const double ProbeSize = 1000;
    private readonly PdfPageBuilder _probe;
    private readonly Dictionary<char, double?> _advance = [];

    private PdfFont(PdfDocumentBuilder.AddedFont font, PdfPageBuilder probe)
    {
        Font = font;
        _probe = probe;
    }

    public PdfDocumentBuilder.AddedFont Font { get; }

    /// <summary>Embeds the DejaVu Sans shipped in this assembly (the same bytes the charts use), regular or bold.</summary>
    public static PdfFont Embed(PdfDocumentBuilder builder, PdfPageBuilder probe, bool bold) =>
        new(builder.AddTrueTypeFont(bold ? BoldBytes.Value : RegularBytes.Value), probe);

    // Patched once per process: see TrueTypePatch for the PdfPig bug this avoids.
    private static readonly Lazy<byte[]> RegularBytes = new(() => TrueTypePatch.PadCompositeGlyphs(Load("DejaVuSans.ttf")));
    private static readonly Lazy<byte[]> BoldBytes = new(() => TrueTypePatch.PadCompositeGlyphs(Load("DejaVuSans-Bold.ttf")));

    // Same resources as Fonts/ChartFont, but as raw bytes: PdfPig embeds the file itself, not a Skia typeface.
    private static byte[] Load(string file)
    {
        string resource = $"Coach.Rendering.Fonts.{file}";
        using Stream stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded font {resource} is missing from the build.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    /// <summary>Width of one line of already <see cref="Clean"/>ed text at <paramref name="size"/> points.</summary>
    public double Width(string text, double size)
    {
        double total = 0;
        foreach (char c in text) total += Advance(c) ?? 0;
        return total * size;
    }

    /// <summary>The text with every character this font cannot draw handled (PdfPig throws on those at AddText).</summary>
    public string Clean(string? text) =>
        TextWrap.Clean(text, rune => rune.IsBmp && Advance((char)rune.Value) is not null);

    private double? Advance(char c)
    {
        if (_advance.TryGetValue(c, out double? known)) return known;
        double? advance;
        try
        {
            var letters = _probe.MeasureText(c.ToString(), ProbeSize, new PdfPoint(0, 0), Font);
            advance = letters.Count == 0 ? 0 : letters[^1].EndBaseLine.X / ProbeSize;
        }
        catch (InvalidOperationException)
        {
            // "The font does not contain a character": the only way PdfPig 0.1.16 tells us about coverage.
            advance = null;
        }
        _advance[c] = advance;
        return advance;
    }
}
