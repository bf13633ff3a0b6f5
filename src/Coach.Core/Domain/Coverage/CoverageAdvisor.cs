namespace Coach.Core.Domain.Coverage;

/// <summary>One criterion's verdict: which strategy the answer supports (if any) and how strongly.</summary>
/// <param name="Criterion">The criterion's name: universality, budget, line, needs, stage, niche.</param>
/// <param name="Answer">The answer's value in lower case, e.g. "limited".</param>
/// <param name="Supports">The strategy the answer points to, or null when it is neutral.</param>
/// <param name="Weight">How strongly it points there (0 to 2).</param>
public sealed record CriterionVerdict(string Criterion, string Answer, CoverageStrategy? Supports, int Weight);

/// <summary>A strategy the rules exclude, and why (the reason is a rule code: "mass_needs_budget").</summary>
public sealed record RuledOut(CoverageStrategy Strategy, string Rule);

/// <summary>The recommendation with everything needed to explain it.</summary>
public sealed record CoverageRecommendation(
    CoverageStrategy Strategy,
    IReadOnlyList<CriterionVerdict> Verdicts,
    IReadOnlyDictionary<CoverageStrategy, int> Scores,
    IReadOnlyList<RuledOut> RuledOut,
    CoverageStrategy? CloseSecond);

/// <summary>
/// The coverage-strategy rules of domain §1. Each answer supports one strategy with a weight;
/// mass needs a large budget and differentiated needs more than a limited one; the highest
/// score among the strategies left wins, a tie going to the more focused one, because with
/// scarce means focusing beats spreading thin.
/// </summary>
public static class CoverageAdvisor
{
    public static CoverageRecommendation Recommend(CoverageProfile profile)
    {
        var verdicts = new List<CriterionVerdict>
        {
            profile.Universality switch
            {
                Universality.Everyone => Verdict("universality", profile.Universality, CoverageStrategy.Mass, 2),
                Universality.Broad => Verdict("universality", profile.Universality, CoverageStrategy.Differentiated, 1),
                _ => Verdict("universality", profile.Universality, CoverageStrategy.Concentrated, 2),
            },
            profile.Budget switch
            {
                BudgetLevel.Large => Verdict("budget", profile.Budget, CoverageStrategy.Mass, 2),
                BudgetLevel.Moderate => Verdict("budget", profile.Budget, CoverageStrategy.Differentiated, 1),
                _ => Verdict("budget", profile.Budget, CoverageStrategy.Concentrated, 2),
            },
            profile.Line switch
            {
                ProductLine.Single => Verdict("line", profile.Line, CoverageStrategy.Concentrated, 1),
                ProductLine.Several => Verdict("line", profile.Line, CoverageStrategy.Differentiated, 1),
                _ => Verdict("line", profile.Line, CoverageStrategy.Differentiated, 2),
            },
            profile.Needs switch
            {
                NeedsDifference.Clear => Verdict("needs", profile.Needs, CoverageStrategy.Differentiated, 2),
                NeedsDifference.Some => Verdict("needs", profile.Needs, null, 0),
                _ => Verdict("needs", profile.Needs, CoverageStrategy.Mass, 1),
            },
            profile.Stage switch
            {
                CompanyStage.Startup => Verdict("stage", profile.Stage, CoverageStrategy.Concentrated, 2),
                CompanyStage.Small => Verdict("stage", profile.Stage, CoverageStrategy.Concentrated, 1),
                CompanyStage.Medium => Verdict("stage", profile.Stage, CoverageStrategy.Differentiated, 1),
                _ => Verdict("stage", profile.Stage, CoverageStrategy.Mass, 1),
            },
            profile.Niche switch
            {
                NicheWish.Yes => Verdict("niche", profile.Niche, CoverageStrategy.Concentrated, 2),
                _ => Verdict("niche", profile.Niche, null, 0),
            },
        };

        var scores = Enum.GetValues<CoverageStrategy>().ToDictionary(
            strategy => strategy,
            strategy => verdicts.Where(v => v.Supports == strategy).Sum(v => v.Weight));

        var ruledOut = new List<RuledOut>();
        if (profile.Budget != BudgetLevel.Large)
        {
            ruledOut.Add(new RuledOut(CoverageStrategy.Mass, "mass_needs_budget"));
        }

        if (profile.Budget == BudgetLevel.Limited)
        {
            ruledOut.Add(new RuledOut(CoverageStrategy.Differentiated, "differentiated_needs_resources"));
        }

        // Listed from the most focused: on equal scores the first one wins.
        var ranked = new[] { CoverageStrategy.Concentrated, CoverageStrategy.Differentiated, CoverageStrategy.Mass }
            .Where(strategy => ruledOut.All(r => r.Strategy != strategy))
            .OrderByDescending(strategy => scores[strategy])
            .ToList();

        var winner = ranked[0];
        CoverageStrategy? second = ranked.Count > 1 && scores[winner] - scores[ranked[1]] <= 1 ? ranked[1] : null;
        return new CoverageRecommendation(winner, verdicts, scores, ruledOut, second);
    }

    private static CriterionVerdict Verdict<TAnswer>(string criterion, TAnswer answer, CoverageStrategy? supports, int weight)
        where TAnswer : struct, Enum =>
        new(criterion, answer.ToString().ToLowerInvariant(), supports, weight);
}
