namespace Coach.Core.Domain.Coverage;

/// <summary>The saved outcome of the coverage wizard (a mutable class so the document store can map it).</summary>
public sealed class CoverageResult
{
    public string Product { get; set; } = "";

    public CoverageStrategy Recommended { get; set; }

    public CoverageStrategy Chosen { get; set; }

    /// <summary>Segment names, for a differentiated strategy.</summary>
    public List<string> Segments { get; set; } = new();

    /// <summary>The niche estimate, for a concentrated strategy.</summary>
    public decimal? NicheCustomers { get; set; }

    public decimal? PurchasesPerYear { get; set; }

    public decimal? AverageCheck { get; set; }

    public decimal? RevenueTarget { get; set; }

    public decimal? YearlyPotential { get; set; }

    public DateTime CompletedUtc { get; set; }
}
