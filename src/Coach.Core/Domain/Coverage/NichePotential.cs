namespace Coach.Core.Domain.Coverage;

/// <summary>
/// A niche's yearly revenue potential: customers × purchases a year × average check (domain §1),
/// compared with the revenue the owner wants from it.
/// </summary>
public sealed record NichePotential(
    decimal Customers,
    decimal PurchasesPerYear,
    decimal AverageCheck,
    decimal YearlyPotential,
    decimal? RevenueTarget,
    decimal? ShareNeededPercent)
{
    /// <summary>True when even the whole niche cannot bring the revenue target.</summary>
    public bool BelowTarget => RevenueTarget is { } target && YearlyPotential < target;

    /// <summary>True when the target needs more than half the niche's spending: possible on paper, hard in practice.</summary>
    public bool NeedsDominance => !BelowTarget && ShareNeededPercent > 50m;

    public static NichePotential Compute(decimal customers, decimal purchasesPerYear, decimal averageCheck, decimal? revenueTarget)
    {
        if (customers <= 0 || purchasesPerYear <= 0 || averageCheck <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(customers), "Customers, purchases and average check must be positive.");
        }

        var potential = customers * purchasesPerYear * averageCheck;
        decimal? share = revenueTarget is { } target ? Math.Round(target / potential * 100m, 1, MidpointRounding.AwayFromZero) : null;
        return new NichePotential(customers, purchasesPerYear, averageCheck, potential, revenueTarget, share);
    }
}
