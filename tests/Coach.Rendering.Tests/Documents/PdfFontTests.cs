using Coach.Rendering.Documents;
using Coach.Rendering.Fonts;
using SkiaSharp;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.PdfFonts;
using UglyToad.PdfPig.Tokens;

namespace Coach.Rendering.Tests.Documents;

public class PdfFontTests
{
    // Letters DejaVu builds from parts (composite glyphs), which PdfPig 0.1.16's subsetter can damage (see TrueTypePatch).
    private const string Composed = "йЙёЁїЇўЎéÉüçñ";

    [Fact]
    public void Composite_letters_keep_their_accents_in_regular_and_bold()
    {
        byte[] bytes = PdfDocumentWriter.Write(new DocModel(Composed, "", [new DocHeading(1, Composed), new DocParagraph(Composed)]));

        using var pdf = PdfDocument.Open(bytes);
        var embedded = EmbeddedFontPrograms(pdf);
        var letters = pdf.GetPage(1).Letters.Where(l => Composed.Contains(l.Value)).DistinctBy(l => (l.Value, l.FontName)).ToList();
        Assert.Equal(2 * Composed.Length, letters.Count);
        Assert.All(letters, letter =>
        {
            string fontName = letter.FontName ?? "";
            SKTypeface original = fontName.Contains("Bold") ? ChartFont.Bold : ChartFont.Regular;
            using SKData data = SKData.CreateCopy(embedded[fontName]);
            using SKTypeface subset = SKTypeface.FromData(data)!;
            // PdfPig's writer numbers glyphs in its subset by character code; its reader cannot be the judge here,
            // as it misreads negative one-byte component offsets (nested "ў" comes out wrong though it renders right).
            var expected = Outline(original, original.GetGlyph(char.ConvertToUtf32(letter.Value, 0)));
            var actual = Outline(subset, (ushort)CharacterCode(letter));
            Assert.True(expected == actual, $"'{letter.Value}' in {letter.FontName}: outline {actual}, font has {expected}");
        });
    }

    [Fact]
    public void The_patch_keeps_the_font_readable_and_changes_only_glyph_storage()
    {
        using var resource = typeof(KpiCharts).Assembly.GetManifestResourceStream("Coach.Rendering.Fonts.DejaVuSans-Bold.ttf")!;
        using var buffer = new MemoryStream();
        resource.CopyTo(buffer);
        byte[] original = buffer.ToArray();
        byte[] patched = TrueTypePatch.PadCompositeGlyphs(original);

        using var data = SKData.CreateCopy(patched);
        using SKTypeface? typeface = SKTypeface.FromData(data);
        Assert.NotNull(typeface);
        Assert.Equal(ChartFont.Bold.GlyphCount, typeface.GlyphCount);
        ushort glyph = ChartFont.Bold.GetGlyph('й');
        Assert.Equal(Outline(ChartFont.Bold, glyph), Outline(typeface, glyph));
        // Anything that is not a glyf-based TrueType font passes through untouched.
        byte[] notAFont = new byte[64];
        Assert.Same(notAFont, TrueTypePatch.PadCompositeGlyphs(notAFont));
    }

    /// <summary>The TrueType programs embedded in the PDF, by font name (PdfPig writes one subset per font).</summary>
    private static Dictionary<string, byte[]> EmbeddedFontPrograms(PdfDocument pdf)
    {
        var programs = new Dictionary<string, byte[]>();
        foreach (var reference in pdf.Structure.CrossReferenceTable.ObjectOffsets.Keys)
        {
            if (pdf.Structure.GetObject(reference).Data is not DictionaryToken descriptor
                || !descriptor.TryGet(NameToken.FontName, out NameToken name)
                || !descriptor.TryGet(NameToken.FontFile2, out IndirectReferenceToken file)) continue;
            var stream = (StreamToken)pdf.Structure.GetObject(file.Data).Data;
            programs[name.Data] = stream.Decode(DefaultFilterProvider.Instance).ToArray();
        }
        return programs;
    }

    private static int CharacterCode(Letter letter)
    {
        IFont font = letter.GetFont() ?? throw new InvalidOperationException("No font on the letter.");
        for (int code = 1; code < 256; code++)
            if (font.TryGetUnicode(code, out string? value) && value == letter.Value) return code;
        throw new InvalidOperationException($"No character code for '{letter.Value}'.");
    }

    /// <summary>The glyph outline's bounds in font units (at one em per unit, Skia's path coordinates are font units).</summary>
    private static (double Left, double Top, double Right, double Bottom) Outline(SKTypeface typeface, ushort glyph)
    {
        using var font = new SKFont(typeface, typeface.UnitsPerEm);
        using SKPath path = font.GetGlyphPath(glyph);
        return (Math.Round(path.Bounds.Left), Math.Round(-path.Bounds.Top), Math.Round(path.Bounds.Right), Math.Round(-path.Bounds.Bottom));
    }
}
