using Coach.Core.Domain.Coverage;

namespace Coach.Core.Tests.Domain;

public class NichePotentialTests
{
    [Theory]
    [InlineData(2000, 24, 350, 16_800_000)]
    [InlineData(1, 1, 1, 1)]
    [InlineData(500, 52, 280, 7_280_000)]
    [InlineData(1200, 0.5, 12_000.50, 7_200_300)]
    public void Yearly_potential_is_customers_times_purchases_times_check(decimal customers, decimal purchases, decimal check, decimal expected)
    {
        Assert.Equal(expected, NichePotential.Compute(customers, purchases, check, null).YearlyPotential);
    }

    [Fact]
    public void A_target_above_the_potential_is_flagged()
    {
        var niche = NichePotential.Compute(2000, 24, 350, 20_000_000);

        Assert.True(niche.BelowTarget);
        Assert.False(niche.NeedsDominance);
    }

    [Fact]
    public void A_target_needing_more_than_half_the_niche_is_flagged_as_hard()
    {
        var niche = NichePotential.Compute(2000, 24, 350, 10_000_000);

        Assert.False(niche.BelowTarget);
        Assert.True(niche.NeedsDominance);
        Assert.Equal(59.5m, niche.ShareNeededPercent);
    }

    [Fact]
    public void A_modest_target_needs_a_small_share()
    {
        var niche = NichePotential.Compute(2000, 24, 350, 1_680_000);

        Assert.Equal(10m, niche.ShareNeededPercent);
        Assert.False(niche.BelowTarget);
        Assert.False(niche.NeedsDominance);
    }

    [Fact]
    public void Without_a_target_nothing_is_compared()
    {
        var niche = NichePotential.Compute(10, 10, 10, null);

        Assert.Null(niche.ShareNeededPercent);
        Assert.False(niche.BelowTarget);
    }

    [Fact]
    public void Zero_customers_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => NichePotential.Compute(0, 10, 10, null));
    }
}
