using Coach.Core.Domain.Channels;

namespace Coach.Core.Tests.Channels;

public class GoalPlanGapTests
{
    private static readonly DateOnly Today = new(2026, 12, 2);
    private static readonly DateOnly June1 = new(2027, 6, 1);

    private static GoalPlanInputs Goal(string metric, decimal target, GoalPace pace = GoalPace.Monthly, decimal? budget = 50_000m, decimal? cac = 1_125m) =>
        new(metric, 40, target, pace, Today, June1, budget) { UnitCost = cac };

    [Fact]
    public void The_issue_example_needs_101_250_a_month_and_the_budget_buys_about_44()
    {
        var gap = GoalPlanGap.Compute(Goal("customers", 90));

        Assert.Equal(GoalGapStatus.Computed, gap.Status);
        Assert.Equal(90m, gap.CustomersPerMonth);
        Assert.Equal(44.44m, Math.Round(gap.BoughtPerMonth!.Value, 2));
        Assert.Equal(101_250m, gap.NeededBudget);
        Assert.Equal(51_250m, gap.Shortfall);
        Assert.Equal(555.56m, Math.Round(gap.CostToHit!.Value, 2));
        Assert.True(gap.FallsShort);
        // A monthly level is a rate: no date makes 50 000 buy 90 a month.
        Assert.Null(gap.DeadlineToHit);
        Assert.Equal(6, gap.HorizonMonths);
    }

    [Fact]
    public void A_cumulative_goal_moves_the_deadline_to_when_the_budget_has_bought_the_total()
    {
        var gap = GoalPlanGap.Compute(Goal("customers", 500, GoalPace.Cumulative));

        // 500 over 6 months ≈ 83.3 a month × 1 125 = 93 750; at 44.4 a month the 500 take ⌈11.25⌉ = 12 months.
        Assert.Equal(500m, gap.Total);
        Assert.Equal(83.33m, Math.Round(gap.CustomersPerMonth, 2));
        Assert.Equal(93_750m, Math.Round(gap.NeededBudget!.Value, 2));
        Assert.Equal(12, gap.MonthsToHit);
        Assert.Equal(new DateOnly(2027, 12, 2), gap.DeadlineToHit);
    }

    [Theory]
    [InlineData("orders", 90, null, null, 90)]
    [InlineData("sales", 90, null, null, 90)]
    [InlineData("revenue", 2_000_000, 2_000, null, 1_000)]
    [InlineData("leads", 300, null, 20, 60)]
    [InlineData("subscribers", 500, null, null, 500)]
    public void The_goals_metric_turns_into_customers_through_its_route(string metric, int target, int? check, int? conversion, int customers)
    {
        var gap = GoalPlanGap.Compute(Goal(metric, target) with { AverageCheck = check, ConversionPercent = conversion });

        Assert.Equal(GoalGapStatus.Computed, gap.Status);
        Assert.Equal(customers, gap.CustomersPerMonth);
        Assert.Equal(customers * 1_125m, gap.NeededBudget);
    }

    [Theory]
    [InlineData("revenue", GoalGapStatus.NeedsAverageCheck)]
    [InlineData("leads", GoalGapStatus.NeedsConversion)]
    [InlineData("reach", GoalGapStatus.NotCountable)]
    [InlineData("average_check", GoalGapStatus.NotCountable)]
    public void A_missing_number_is_named_not_skipped(string metric, GoalGapStatus status)
    {
        Assert.Equal(status, GoalPlanGap.Compute(Goal(metric, 1_000)).Status);
    }

    [Fact]
    public void Without_a_cac_the_gap_asks_for_it_and_without_a_budget_it_still_prices_the_goal()
    {
        Assert.Equal(GoalGapStatus.NeedsCost, GoalPlanGap.Compute(Goal("customers", 90, cac: null)).Status);

        var noBudget = GoalPlanGap.Compute(Goal("customers", 90, budget: null));
        Assert.Equal(101_250m, noBudget.NeededBudget);
        Assert.Null(noBudget.BoughtPerMonth);
    }

    [Fact]
    public void A_budget_above_the_need_covers_the_goal()
    {
        var gap = GoalPlanGap.Compute(Goal("customers", 90, budget: 150_000));

        Assert.False(gap.FallsShort);
        Assert.Equal(-48_750m, gap.Shortfall);
    }

    [Theory]
    [InlineData("get 90 new customers a month by June 1", GoalPace.Monthly)]
    [InlineData("90 customers per month from the website by June", GoalPace.Monthly)]
    [InlineData("привлекать 90 новых клиентов в месяц с сайта к 1 июня", GoalPace.Monthly)]
    [InlineData("ежемесячно 90 клиентов с сайта к лету", GoalPace.Monthly)]
    [InlineData("increase orders from the website by 20% in three months", GoalPace.Monthly)]
    [InlineData("500 new customers from the website by June", GoalPace.Cumulative)]
    [InlineData("500 новых клиентов с сайта к июню", GoalPace.Cumulative)]
    public void A_rate_reads_monthly_and_new_ones_without_a_rate_read_as_a_total(string goal, GoalPace pace)
    {
        Assert.Equal(pace, GoalPlanGap.PaceOf(goal));
    }

    [Theory]
    [InlineData("customers", "cac")]
    [InlineData("revenue", "cac")]
    [InlineData("subscribers", "cpa")]
    public void Subscribers_are_priced_by_cpa_the_rest_by_cac(string metric, string cost)
    {
        Assert.Equal(cost, GoalPlanGap.CostMetricOf(metric));
    }
}
