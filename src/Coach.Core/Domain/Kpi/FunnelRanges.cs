using System.Text.Json;

namespace Coach.Core.Domain.Kpi;

/// <summary>
/// A funnel step's typical conversion range in percent, and where the range comes from
/// ("industry": a typical industry range; an article's number otherwise).
/// </summary>
public sealed record FunnelRange(string Step, decimal Low, decimal High, string Source, string Note)
{
    /// <summary>How far a rate falls short of the range, relative to its lower bound (0 when within or above).</summary>
    public decimal Shortfall(decimal rate) => rate >= Low ? 0m : (Low - rate) / Low;
}

/// <summary>The typical ranges of the funnel's steps, kept as data (the embedded funnel_ranges.json).</summary>
public static class FunnelRanges
{
    private static readonly Lazy<IReadOnlyDictionary<string, FunnelRange>> Loaded = new(() => Load());

    /// <summary>Every step's range, by step ("impressions_clicks"…).</summary>
    public static IReadOnlyDictionary<string, FunnelRange> All => Loaded.Value;

    public static FunnelRange For(string step) => All[step];

    internal static IReadOnlyDictionary<string, FunnelRange> Load()
    {
        var ranges = Words.EmbeddedJson.Load<List<FunnelRange>>("Coach.Kpi.funnel_ranges.json");
        foreach (var range in ranges)
        {
            if (range.Low <= 0 || range.High <= range.Low || string.IsNullOrWhiteSpace(range.Source))
            {
                throw new InvalidOperationException($"The funnel range of '{range.Step}' needs 0 < low < high and a source.");
            }
        }

        return ranges.ToDictionary(range => range.Step);
    }
}
