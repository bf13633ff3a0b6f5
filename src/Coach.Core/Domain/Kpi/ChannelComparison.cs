namespace Coach.Core.Domain.Kpi;

/// <summary>One channel's figures for a period.</summary>
public sealed record ChannelRow(string Name, decimal Spend, decimal Leads, decimal Customers)
{
    /// <summary>The currency the spend was typed in; None when no sign was typed.</summary>
    public Parsing.NumberUnit Currency { get; init; }
}

/// <summary>A channel with its derived figures. CAC and cost per lead are null where there is nothing to divide by.</summary>
public sealed record ChannelFigures(ChannelRow Row, decimal? Cac, decimal? CostPerLead, decimal CustomerShare, decimal SpendShare);

/// <summary>The comparison: every channel, the blended CAC, and where to move money.</summary>
public sealed record ChannelComparisonResult(
    IReadOnlyList<ChannelFigures> Channels,
    decimal TotalSpend,
    decimal TotalCustomers,
    decimal? BlendedCac,
    ChannelFigures? Best,
    ChannelFigures? Worst);

/// <summary>
/// Compares channels by CAC and share [003: shift money monthly to what over-performs]. The
/// channel to grow is the cheapest one that still has volume (at least <see cref="MinShareForVolume"/>
/// of the customers), so that a channel with one lucky sale is not crowned.
/// </summary>
public static class ChannelComparison
{
    public const decimal MinShareForVolume = 10m;

    public static ChannelComparisonResult Compare(IReadOnlyList<ChannelRow> rows)
    {
        var spend = rows.Sum(r => r.Spend);
        var customers = rows.Sum(r => r.Customers);
        var figures = rows.Select(r => new ChannelFigures(
                r,
                r.Customers > 0 ? r.Spend / r.Customers : null,
                r.Leads > 0 ? r.Spend / r.Leads : null,
                customers > 0 ? r.Customers / customers * 100m : 0m,
                spend > 0 ? r.Spend / spend * 100m : 0m))
            .ToList();

        var withVolume = figures.Where(f => f.Cac is not null && f.CustomerShare >= MinShareForVolume).ToList();
        var best = withVolume.OrderBy(f => f.Cac).FirstOrDefault();

        // The most expensive channel: no customers for its money at all, else the highest CAC.
        var worst = figures.Where(f => f.Row.Spend > 0 && f != best)
            .OrderByDescending(f => f.Cac is null ? 1 : 0)
            .ThenByDescending(f => f.Cac ?? 0)
            .FirstOrDefault();
        if (best is not null && worst?.Cac is { } worstCac && worstCac <= best.Cac)
        {
            worst = null;
        }

        return new ChannelComparisonResult(figures, spend, customers, customers > 0 ? spend / customers : null, best, worst);
    }
}
