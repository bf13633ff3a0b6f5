using Coach.Core.Domain.Remarks;

namespace Coach.Core.Tests.Remarks;

public class StrategyFactsTests
{
    [Fact]
    public void The_latest_record_of_a_metric_is_the_newest_and_follows_a_copy_with_other_kpis()
    {
        var facts = new StrategyFacts { Kpis = [RemarkFixtures.Record("cac", 100), RemarkFixtures.Record("roas", 2), RemarkFixtures.Record("cac", 120)] };
        var looked = facts with { };
        Assert.Equal(120, looked.Latest("cac")?.Value);
        Assert.Null(looked.Latest("ltv"));

        // Looking builds an index; the facts still equal a copy that never looked.
        Assert.Equal(facts, looked);
        Assert.Equal(facts.GetHashCode(), looked.GetHashCode());

        var other = looked with { Kpis = [RemarkFixtures.Record("cac", 80)] };
        Assert.Equal(80, other.Latest("cac")?.Value);
        Assert.Null(other.Latest("roas"));
        Assert.Equal(2, looked.Latest("roas")?.Value);
    }
}
