using SkiaSharp;

namespace Coach.Rendering.Tests;

/// <summary>Decodes chart bytes and measures ink, so tests can tell drawn text from a blank region.</summary>
internal sealed class PngImage : IDisposable
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private PngImage(SKBitmap bitmap) => Bitmap = bitmap;

    public SKBitmap Bitmap { get; }
    public int Width => Bitmap.Width;
    public int Height => Bitmap.Height;

    public static bool HasPngSignature(byte[] bytes) => bytes.Length > Signature.Length && bytes.AsSpan(0, 8).SequenceEqual(Signature);

    public static PngImage Decode(byte[] bytes) =>
        new(SKBitmap.Decode(bytes) ?? throw new InvalidOperationException("Not a decodable image."));

    /// <summary>Pixels darker than mid-grey: text ink, not the white background or the light bar fills.</summary>
    public int DarkPixels(SKRectI region) => Count(region, (x, y) => Luminance(Bitmap.GetPixel(x, y)) < 90);

    /// <summary>Anything drawn at all on the white background, including light grey notes.</summary>
    public int NonWhitePixels(SKRectI region) => Count(region, (x, y) => Luminance(Bitmap.GetPixel(x, y)) < 230);

    /// <summary>Pixels whose colour differs noticeably from the same pixel of another image of the same size.</summary>
    public int DifferingPixels(PngImage other, SKRectI region) =>
        Count(region, (x, y) => Distance(Bitmap.GetPixel(x, y), other.Bitmap.GetPixel(x, y)) > 60);

    public int CountColour(SKColor colour, SKRectI region) =>
        Count(region, (x, y) => Distance(Bitmap.GetPixel(x, y), colour) < 12);

    public SKRectI Full => new(0, 0, Width, Height);

    public void Dispose() => Bitmap.Dispose();

    private int Count(SKRectI region, Func<int, int, bool> predicate)
    {
        int count = 0;
        for (int y = Math.Max(0, region.Top); y < Math.Min(Height, region.Bottom); y++)
            for (int x = Math.Max(0, region.Left); x < Math.Min(Width, region.Right); x++)
                if (predicate(x, y)) count++;
        return count;
    }

    private static double Luminance(SKColor c) => 0.299 * c.Red + 0.587 * c.Green + 0.114 * c.Blue;

    private static int Distance(SKColor a, SKColor b) =>
        Math.Abs(a.Red - b.Red) + Math.Abs(a.Green - b.Green) + Math.Abs(a.Blue - b.Blue);
}
