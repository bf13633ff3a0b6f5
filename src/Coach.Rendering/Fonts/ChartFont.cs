using System.Reflection;
using SkiaSharp;

namespace Coach.Rendering.Fonts;

/// <summary>
/// The one font every chart uses: DejaVu Sans (Cyrillic, ₽, arrows), embedded in this assembly and registered
/// with ScottPlot under a name no system font has, so a request can never silently fall back to whatever
/// (or nothing) the host has installed.
/// </summary>
internal static class ChartFont
{
    public const string Name = "Coach Sans";

    private static readonly Lazy<EmbeddedFontResolver> Resolver = new(Register, LazyThreadSafetyMode.ExecutionAndPublication);

    public static SKTypeface Regular => Resolver.Value.Regular;
    public static SKTypeface Bold => Resolver.Value.Bold;

    /// <summary>Registers the font with ScottPlot once per process; cheap after the first call.</summary>
    public static void EnsureRegistered() => _ = Resolver.Value;

    private static EmbeddedFontResolver Register()
    {
        var resolver = new EmbeddedFontResolver(Name, Load("DejaVuSans.ttf"), Load("DejaVuSans-Bold.ttf"));
        // First in the list: ScottPlot asks resolvers in order and the system resolver may answer any name.
        lock (ScottPlot.Fonts.FontResolvers)
            ScottPlot.Fonts.FontResolvers.Insert(0, resolver);
        return resolver;
    }

    private static SKTypeface Load(string file)
    {
        string resource = $"Coach.Rendering.Fonts.{file}";
        using Stream stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded font {resource} is missing from the build.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        using SKData data = SKData.CreateCopy(buffer.ToArray());
        return SKTypeface.FromData(data)
            ?? throw new InvalidOperationException($"Embedded font {resource} could not be read by Skia.");
    }
}
