using Coach.Core.Domain.Smart;

namespace Coach.Core.Tests.Smart;

public class GrowthAssessmentTests
{
    private static readonly DateOnly Today = new(2026, 3, 15);

    private static SmartCheck Check(string goal, GoalType type, decimal? baseline) => SmartGoalChecker.Check(goal, type, baseline, Today);

    [Theory]
    [InlineData("Увеличить заказы с сайта на 20% за 3 месяца", 500, "20")]
    [InlineData("Увеличить заказы до 300 за 3 месяца", 200, "50")]
    [InlineData("Увеличить заказы на 50 за 3 месяца", 200, "25")]
    [InlineData("Увеличить заказы в 3 раза за год", 200, "200")]
    [InlineData("Увеличить заказы в полтора раза за год", 200, "50")]
    [InlineData("Grow orders to 400 in 6 months", 300, "33.33")]
    [InlineData("Get 50 more orders in 3 months", 200, "25")]
    [InlineData("Increase orders by 20% in 3 months", null, "20")]
    public void The_implied_growth_is_computed_from_the_baseline(string goal, int? baseline, string growth)
    {
        var check = Check(goal, GoalType.Sales, baseline);

        Assert.Equal(decimal.Parse(growth, System.Globalization.CultureInfo.InvariantCulture), check.ImpliedGrowthPercent);
    }

    [Fact]
    public void A_level_target_keeps_its_number_and_is_not_a_percent()
    {
        var check = Check("Довести количество заказов до 300 заказов за 3 месяца", GoalType.Sales, 200);

        Assert.Equal(300m, check.TargetValue);
        Assert.False(check.TargetIsPercent);
        Assert.Equal(TargetKind.Level, check.TargetKind);
        Assert.Equal(50m, check.ImpliedGrowthPercent);
    }

    [Theory]
    [InlineData("Увеличить средний чек с 280 до 350 рублей за 3 месяца", "280", "25")]
    [InlineData("Increase conversion from 2% to 3% in 3 months", "2", "50")]
    public void The_goals_own_starting_point_serves_as_baseline_when_none_is_given(string goal, string baseline, string growth)
    {
        var check = Check(goal, GoalType.Sales, null);

        Assert.Equal(decimal.Parse(baseline), check.Baseline);
        Assert.Equal(decimal.Parse(growth), check.ImpliedGrowthPercent);
        Assert.True(check[SmartCriterion.Achievable].Passed);
    }

    [Fact]
    public void A_percent_target_without_a_baseline_still_shows_its_growth_but_asks_for_the_baseline()
    {
        var check = Check("Увеличить заказы с сайта на 20% за 3 месяца", GoalType.Sales, null);

        Assert.Equal(20m, check.ImpliedGrowthPercent);
        Assert.Equal("no_baseline", check[SmartCriterion.Achievable].Code);
        Assert.False(check[SmartCriterion.Achievable].Passed);
    }

    [Fact]
    public void A_level_target_without_a_baseline_has_no_implied_growth()
    {
        var check = Check("Получить 300 заказов за 3 месяца", GoalType.Sales, null);

        Assert.Null(check.ImpliedGrowthPercent);
        Assert.Equal("no_baseline", check[SmartCriterion.Achievable].Code);
    }

    [Theory]
    [InlineData("Увеличить заказы на 60% за 3 месяца", "20", false, "ok")]
    [InlineData("Увеличить заказы на 90% за 3 месяца", "30", false, "ok")]
    [InlineData("Увеличить заказы на 100% за 3 месяца", "33.33", true, "ambitious")]
    [InlineData("Увеличить заказы в 2 раза за 3 месяца", "33.33", true, "ambitious")]
    [InlineData("Increase orders by 500% within a year", "41.67", true, "ambitious")]
    [InlineData("Increase orders by 1000% in 12 months", "83.33", true, "ambitious")]
    [InlineData("Увеличить заказы на 700% за год", "58.33", true, "ambitious")]
    public void Growth_above_thirty_percent_a_month_warns_but_passes(string goal, string perMonth, bool warning, string code)
    {
        var check = Check(goal, GoalType.Sales, 20);

        Assert.Equal(decimal.Parse(perMonth, System.Globalization.CultureInfo.InvariantCulture), check.ChangePerMonthPercent);
        Assert.Equal(warning, check.GrowthWarning);
        Assert.True(check[SmartCriterion.Achievable].Passed);
        Assert.Equal(code, check[SmartCriterion.Achievable].Code);
    }

    [Fact]
    public void Without_a_deadline_there_is_no_monthly_rate_and_no_warning()
    {
        var check = Check("Увеличить заказы на 200%", GoalType.Sales, 100);

        Assert.Null(check.ChangePerMonthPercent);
        Assert.False(check.GrowthWarning);
        Assert.True(check[SmartCriterion.Achievable].Passed);
    }

    [Theory]
    [InlineData("Увеличить выручку в 20 раз за год")]
    [InlineData("Increase revenue 20 times in a year")]
    [InlineData("Increase revenue by 500% in 1 month")]
    [InlineData("Увеличить выручку на 500% за месяц")]
    [InlineData("Увеличить выручку в 2 раза за месяц")]
    [InlineData("Increase revenue to 12,000 in 3 months")]
    public void Growth_faster_than_doubling_every_three_months_is_not_achievable_at_any_horizon(string goal)
    {
        var check = Check(goal, GoalType.Sales, 1000);

        Assert.Equal("growth_too_fast", check[SmartCriterion.Achievable].Code);
        Assert.False(check[SmartCriterion.Achievable].Passed);
        Assert.False(check.GrowthWarning);
    }

    [Theory]
    [InlineData("Increase revenue by 1001% in 3 years")]
    [InlineData("Increase revenue 2 times in 3 months")]
    [InlineData("Increase revenue 16 times in a year")]
    public void Growth_at_or_below_doubling_every_three_months_is_achievable_whatever_its_total(string goal)
    {
        Assert.True(Check(goal, GoalType.Sales, 1000)[SmartCriterion.Achievable].Passed);
    }

    [Fact]
    public void Six_times_in_a_month_is_judged_as_harder_than_twenty_times_in_a_year()
    {
        var month = Check("increase leads from Instagram by 500% in 1 month", GoalType.Customers, 40);
        var year = Check("increase leads from Instagram 20 times in a year", GoalType.Customers, 40);

        Assert.False(month[SmartCriterion.Achievable].Passed);
        Assert.False(year[SmartCriterion.Achievable].Passed);
    }

    [Fact]
    public void Without_a_horizon_growth_above_a_thousand_percent_is_not_achievable()
    {
        var check = Check("Increase revenue by 1001%", GoalType.Sales, 1000);

        Assert.Equal("growth_too_high", check[SmartCriterion.Achievable].Code);
    }

    [Theory]
    [InlineData(100, 3, false)]
    [InlineData(101, 3, true)]
    [InlineData(1900, 12, true)]
    [InlineData(1500, 12, false)]
    [InlineData(500, 1, true)]
    [InlineData(25, 1, false)]
    [InlineData(1_000_000_000, 12, true)]
    [InlineData(100_000, 120, false)]
    public void The_ceiling_compares_growth_cubed_with_two_to_the_months(int percent, int months, bool tooFast)
    {
        Assert.Equal(tooFast, GrowthAssessment.FasterThanCeiling(percent, months));
    }

    [Theory]
    [InlineData("Увеличить заказы до 150 за 3 месяца", 200)]
    [InlineData("Увеличить заказы до 200 за 3 месяца", 200)]
    [InlineData("Increase leads to 40 in 2 months", 50)]
    [InlineData("Снизить продажи на 10% за квартал", 100)]
    public void A_target_at_or_below_the_baseline_is_no_growth(string goal, int baseline)
    {
        var check = Check(goal, GoalType.Sales, baseline);

        Assert.Equal("no_growth", check[SmartCriterion.Achievable].Code);
        Assert.False(check[SmartCriterion.Achievable].Passed);
    }

    [Fact]
    public void Starting_from_zero_passes_without_a_growth_rate()
    {
        var check = Check("Get 10 corporate clients within the next 3 months", GoalType.Customers, 0);

        Assert.Equal("from_zero", check[SmartCriterion.Achievable].Code);
        Assert.Null(check.ImpliedGrowthPercent);
    }

    [Fact]
    public void A_percent_change_of_zero_is_meaningless()
    {
        Assert.Equal("zero_baseline", Check("Increase orders by 20% in 3 months", GoalType.Sales, 0)[SmartCriterion.Achievable].Code);
    }

    [Theory]
    [InlineData("Снизить CAC на 15% за полгода", "-15", "15")]
    [InlineData("Reduce CAC by 15% within 6 months", "-15", "15")]
    [InlineData("Снизить стоимость привлечения клиента до 900 ₽ за 4 месяца", "-20", "900")]
    [InlineData("Reduce CAC to 900 in 3 months", "-20", "900")]
    [InlineData("Снизить CAC в 2 раза за полгода", "-50", "50")]
    [InlineData("Halve CAC within a year", "-50", "50")]
    [InlineData("Lower the cost per acquisition by 20% in the next quarter", "-20", "20")]
    public void Reducing_a_cost_is_an_improvement(string goal, string growth, string target)
    {
        var check = Check(goal, GoalType.Customers, 1125);

        Assert.Equal("cac", check.Metric);
        Assert.Equal(GoalDirection.Decrease, check.Direction);
        Assert.Equal(decimal.Parse(growth), check.ImpliedGrowthPercent);
        Assert.Equal(decimal.Parse(target), check.TargetValue);
        Assert.Equal("ok", check[SmartCriterion.Achievable].Code);
        Assert.True(check[SmartCriterion.Relevant].Passed);
    }

    [Theory]
    [InlineData("Снизить CAC до 1 300 ₽ за 2 месяца", "no_reduction")]
    [InlineData("Increase CAC by 10% in 3 months", "no_reduction")]
    [InlineData("Reduce CAC by 100% in 3 months", "reduction_too_high")]
    [InlineData("Снизить CAC на 120% за квартал", "reduction_too_high")]
    public void A_cost_goal_must_cut_the_cost_and_cannot_cut_all_of_it(string goal, string code)
    {
        var check = Check(goal, GoalType.Customers, 1125);

        Assert.Equal(code, check[SmartCriterion.Achievable].Code);
        Assert.False(check[SmartCriterion.Achievable].Passed);
    }

    [Fact]
    public void A_fast_cut_warns_like_fast_growth()
    {
        var check = Check("Снизить CAC на 40% за месяц", GoalType.Customers, 1125);

        Assert.True(check.GrowthWarning);
        Assert.Equal("ambitious", check[SmartCriterion.Achievable].Code);
    }

    [Theory]
    [InlineData(20, true, TargetKind.Change, GoalDirection.Increase, 500, 20)]
    [InlineData(20, true, TargetKind.Change, GoalDirection.Decrease, null, -20)]
    [InlineData(300, false, TargetKind.Level, GoalDirection.Increase, 200, 50)]
    [InlineData(150, false, TargetKind.Level, GoalDirection.Increase, 200, -25)]
    [InlineData(50, false, TargetKind.Change, GoalDirection.Increase, 200, 25)]
    [InlineData(50, false, TargetKind.Change, GoalDirection.Decrease, 200, -25)]
    public void The_implied_percent_formula_covers_every_kind_of_target(int target, bool isPercent, TargetKind kind, GoalDirection direction, int? baseline, int expected)
    {
        Assert.Equal(expected, GrowthAssessment.ImpliedPercent(target, isPercent, kind, direction, baseline));
    }

    [Theory]
    [InlineData(300, false, TargetKind.Level, null)]
    [InlineData(300, false, TargetKind.Level, 0)]
    [InlineData(50, false, TargetKind.Change, null)]
    public void An_absolute_target_needs_a_positive_baseline(int target, bool isPercent, TargetKind kind, int? baseline)
    {
        Assert.Null(GrowthAssessment.ImpliedPercent(target, isPercent, kind, GoalDirection.Increase, baseline));
    }

    [Fact]
    public void The_monthly_rate_is_linear_and_rounded()
    {
        Assert.Equal(33.33m, GrowthAssessment.PerMonth(100m, 3));
        Assert.Equal(5m, GrowthAssessment.PerMonth(-15m, 3));
        Assert.Null(GrowthAssessment.PerMonth(100m, 0));
        Assert.Null(GrowthAssessment.PerMonth(null, 3));
    }
}
