using Coach.Core.Domain.Coverage;

namespace Coach.Core.Tests.Domain;

public class CoverageAdvisorTests
{
    [Theory]
    // Universal product + large budget → mass (household chemicals, mobile operators).
    [InlineData(Universality.Everyone, BudgetLevel.Large, ProductLine.Several, NeedsDifference.Similar, CompanyStage.Large, NicheWish.No, CoverageStrategy.Mass)]
    [InlineData(Universality.Everyone, BudgetLevel.Large, ProductLine.Single, NeedsDifference.Some, CompanyStage.Medium, NicheWish.Unsure, CoverageStrategy.Mass)]
    // Wide line + clearly different needs + resources → differentiated (car makers, banks).
    [InlineData(Universality.Broad, BudgetLevel.Large, ProductLine.Wide, NeedsDifference.Clear, CompanyStage.Large, NicheWish.No, CoverageStrategy.Differentiated)]
    [InlineData(Universality.Broad, BudgetLevel.Moderate, ProductLine.Wide, NeedsDifference.Clear, CompanyStage.Medium, NicheWish.No, CoverageStrategy.Differentiated)]
    [InlineData(Universality.Everyone, BudgetLevel.Moderate, ProductLine.Several, NeedsDifference.Clear, CompanyStage.Medium, NicheWish.No, CoverageStrategy.Differentiated)]
    // Limited budget, startup or small business, the wish to lead a niche → concentrated.
    [InlineData(Universality.Narrow, BudgetLevel.Limited, ProductLine.Single, NeedsDifference.Similar, CompanyStage.Small, NicheWish.Yes, CoverageStrategy.Concentrated)]
    [InlineData(Universality.Everyone, BudgetLevel.Limited, ProductLine.Several, NeedsDifference.Similar, CompanyStage.Startup, NicheWish.No, CoverageStrategy.Concentrated)]
    [InlineData(Universality.Broad, BudgetLevel.Limited, ProductLine.Wide, NeedsDifference.Clear, CompanyStage.Medium, NicheWish.No, CoverageStrategy.Concentrated)]
    [InlineData(Universality.Broad, BudgetLevel.Moderate, ProductLine.Single, NeedsDifference.Some, CompanyStage.Startup, NicheWish.Yes, CoverageStrategy.Concentrated)]
    public void Recommends_the_strategy_the_rules_give(
        Universality universality, BudgetLevel budget, ProductLine line, NeedsDifference needs, CompanyStage stage, NicheWish niche, CoverageStrategy expected)
    {
        var recommendation = CoverageAdvisor.Recommend(new CoverageProfile(universality, budget, line, needs, stage, niche));

        Assert.Equal(expected, recommendation.Strategy);
    }

    [Fact]
    public void A_limited_budget_rules_out_mass_and_differentiated_with_reasons()
    {
        var recommendation = CoverageAdvisor.Recommend(new CoverageProfile(
            Universality.Everyone, BudgetLevel.Limited, ProductLine.Wide, NeedsDifference.Clear, CompanyStage.Large, NicheWish.No));

        Assert.Equal(CoverageStrategy.Concentrated, recommendation.Strategy);
        Assert.Contains(recommendation.RuledOut, r => r is { Strategy: CoverageStrategy.Mass, Rule: "mass_needs_budget" });
        Assert.Contains(recommendation.RuledOut, r => r is { Strategy: CoverageStrategy.Differentiated, Rule: "differentiated_needs_resources" });
    }

    [Fact]
    public void A_moderate_budget_rules_out_only_mass()
    {
        var recommendation = CoverageAdvisor.Recommend(new CoverageProfile(
            Universality.Everyone, BudgetLevel.Moderate, ProductLine.Single, NeedsDifference.Similar, CompanyStage.Large, NicheWish.No));

        Assert.Equal([CoverageStrategy.Mass], recommendation.RuledOut.Select(r => r.Strategy));
        Assert.NotEqual(CoverageStrategy.Mass, recommendation.Strategy);
    }

    [Fact]
    public void Every_criterion_gets_a_verdict()
    {
        var recommendation = CoverageAdvisor.Recommend(new CoverageProfile(
            Universality.Narrow, BudgetLevel.Limited, ProductLine.Single, NeedsDifference.Some, CompanyStage.Startup, NicheWish.Unsure));

        Assert.Equal(["universality", "budget", "line", "needs", "stage", "niche"], recommendation.Verdicts.Select(v => v.Criterion));
        Assert.Null(recommendation.Verdicts.Single(v => v.Criterion == "needs").Supports);
        Assert.Equal("limited", recommendation.Verdicts.Single(v => v.Criterion == "budget").Answer);
    }

    [Fact]
    public void Scores_add_up_the_weights_of_the_supporting_answers()
    {
        var recommendation = CoverageAdvisor.Recommend(new CoverageProfile(
            Universality.Narrow, BudgetLevel.Limited, ProductLine.Single, NeedsDifference.Similar, CompanyStage.Small, NicheWish.Yes));

        Assert.Equal(2 + 2 + 1 + 1 + 2, recommendation.Scores[CoverageStrategy.Concentrated]);
        Assert.Equal(1, recommendation.Scores[CoverageStrategy.Mass]);
        Assert.Equal(0, recommendation.Scores[CoverageStrategy.Differentiated]);
    }

    [Fact]
    public void Equal_scores_go_to_the_more_focused_strategy_and_name_the_close_second()
    {
        var profile = new CoverageProfile(Universality.Broad, BudgetLevel.Moderate, ProductLine.Several, NeedsDifference.Some, CompanyStage.Small, NicheWish.Yes);
        var recommendation = CoverageAdvisor.Recommend(profile);

        // Differentiated 1 (broad) + 1 (moderate) + 1 (several) = 3; concentrated 1 (small) + 2 (niche) = 3.
        Assert.Equal(recommendation.Scores[CoverageStrategy.Differentiated], recommendation.Scores[CoverageStrategy.Concentrated]);
        Assert.Equal(CoverageStrategy.Concentrated, recommendation.Strategy);
        Assert.Equal(CoverageStrategy.Differentiated, recommendation.CloseSecond);
    }

    [Fact]
    public void A_clear_winner_has_no_close_second()
    {
        var recommendation = CoverageAdvisor.Recommend(new CoverageProfile(
            Universality.Narrow, BudgetLevel.Limited, ProductLine.Single, NeedsDifference.Similar, CompanyStage.Startup, NicheWish.Yes));

        Assert.Null(recommendation.CloseSecond);
    }
}
