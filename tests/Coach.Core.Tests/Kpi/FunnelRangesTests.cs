using Coach.Core.Domain.Kpi;

namespace Coach.Core.Tests.Kpi;

public class FunnelRangesTests
{
    [Fact]
    public void Every_funnel_step_has_a_typical_range_with_its_source_from_the_embedded_data()
    {
        var ranges = FunnelRanges.Load();

        Assert.Equal(Funnel.Steps, ranges.Keys);
        Assert.Equal((0.5m, 2m, "industry"), (ranges["impressions_clicks"].Low, ranges["impressions_clicks"].High, ranges["impressions_clicks"].Source));
        Assert.Equal((2m, 5m), (ranges["clicks_leads"].Low, ranges["clicks_leads"].High));
        Assert.Equal((10m, 30m), (ranges["leads_sales"].Low, ranges["leads_sales"].High));
        Assert.All(ranges.Values, r => Assert.False(string.IsNullOrWhiteSpace(r.Note)));
    }

    [Theory]
    [InlineData(1.0, 0)]
    [InlineData(2.0, 0)]
    [InlineData(0.5, 0)]
    [InlineData(0.25, 0.5)]
    [InlineData(0, 1)]
    public void A_rate_falls_short_only_below_the_lower_bound_relative_to_it(double rate, double shortfall)
    {
        var ctr = FunnelRanges.For("impressions_clicks");

        Assert.Equal((decimal)shortfall, ctr.Shortfall((decimal)rate));
    }

    [Fact]
    public void The_step_furthest_below_its_range_relatively_is_the_bottleneck_not_the_lowest_rate()
    {
        // CTR 0.4% is 20% short of 0.5%; click → lead 1% is 50% short of 2%: the landing is the weaker step.
        var a = new KpiArguments(new Dictionary<string, KpiValue>
        {
            ["impressions"] = KpiValue.Of(100_000), ["clicks"] = KpiValue.Of(400), ["leads"] = KpiValue.Of(4), ["sales"] = KpiValue.Of(1),
        });

        var computation = Funnel.Compute(a);

        Assert.Equal("bottleneck_clicks_leads", computation.Verdict);
        Assert.Equal("clicks_leads", Funnel.Bottleneck(computation.Verdict));
        Assert.Null(Funnel.Bottleneck(Funnel.WithinRanges));
    }
}
