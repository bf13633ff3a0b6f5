using System.Text.RegularExpressions;
using Coach.Core.Dialogue;
using Coach.Core.Domain.Coverage;
using Coach.Core.Domain.Learn;
using Coach.Core.Domain.Smart;
using Coach.Core.Flows.Mix;

namespace Coach.Core.Tests.Learn;

public class PracticeContentTests
{
    public static TheoryData<string> CaseIds => new(PracticeContent.Cases.Select(c => c.Id));

    public static TheoryData<string> GoalIds => new(PracticeContent.Goals.Select(g => g.Id));

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void Every_case_states_the_strategy_the_coverage_rules_give_for_its_facts(string id)
    {
        var practiceCase = PracticeContent.Case(id)!;

        Assert.Equal(practiceCase.StatedStrategy, CoverageAdvisor.Recommend(practiceCase.Profile).Strategy);
        Assert.Equal(practiceCase.StatedStrategy, practiceCase.Recommendation.Strategy);
    }

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void A_case_that_asks_the_mix_model_states_the_model_the_mix_rules_give(string id)
    {
        var practiceCase = PracticeContent.Case(id)!;

        if (practiceCase.AsksModel)
        {
            Assert.Equal(MixFlow.Recommend(practiceCase.Business), practiceCase.StatedModel);
        }
        else
        {
            Assert.Null(practiceCase.StatedModel);
        }
    }

    [Fact]
    public void There_are_at_least_twelve_cases_in_both_languages_covering_every_strategy_and_some_mix_questions()
    {
        var cases = PracticeContent.Cases;

        Assert.True(cases.Count >= 12);
        Assert.Equal(cases.Count, cases.Select(c => c.Id).Distinct().Count());
        Assert.All(cases, c => Assert.Equal(Languages.All.OrderBy(l => l), c.Text.Keys.OrderBy(l => l)));
        Assert.Equal(Enum.GetValues<CoverageStrategy>().Length, cases.Select(c => c.StatedStrategy).Distinct().Count());
        Assert.True(cases.Count(c => c.AsksModel) >= 4);
    }

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void Each_case_reads_in_russian_and_in_english(string id)
    {
        var practiceCase = PracticeContent.Case(id)!;

        Assert.Matches("[а-яА-Я]{4,}", practiceCase.Text[Languages.Russian]);
        Assert.DoesNotMatch("[а-яА-Я]", practiceCase.Text[Languages.English]);
        Assert.True(practiceCase.Text[Languages.English].Length > 80);
    }

    [Theory]
    [MemberData(nameof(GoalIds))]
    public void Every_flawed_goal_fails_exactly_the_criteria_it_states_in_both_languages(string id)
    {
        var goal = PracticeContent.Goal(id)!;

        foreach (var language in Languages.All)
        {
            var check = SmartGoalChecker.Check(goal.Goal[language], goal.Type, goal.Baseline, Today);
            var failed = check.Criteria.Where(c => !c.Passed).Select(c => c.Criterion).ToList();
            Assert.True(goal.Fails.OrderBy(c => c).SequenceEqual(failed.OrderBy(c => c)), $"{language}: “{goal.Goal[language]}” fails {string.Join(", ", failed)}");
        }
    }

    [Theory]
    [MemberData(nameof(GoalIds))]
    public void The_model_rewrite_of_every_flawed_goal_passes_all_five_criteria_in_both_languages(string id)
    {
        var goal = PracticeContent.Goal(id)!;

        foreach (var language in Languages.All)
        {
            var check = SmartGoalChecker.Check(goal.Better[language], goal.Type, goal.Baseline, Today);
            Assert.True(check.AllPassed, $"{language}: “{goal.Better[language]}” gives {check.Summary}");
            Assert.True(goal.Metric is null || check.Metric == goal.Metric, $"{language}: “{goal.Better[language]}” is about {check.Metric}, not {goal.Metric}");
            if (goal.Metric is not null)
            {
                Assert.Equal(goal.Metric, SmartGoalChecker.Check(goal.Goal[language], goal.Type, goal.Baseline, Today).Metric);
            }
        }
    }

    [Fact]
    public void The_goal_bank_has_both_languages_for_every_goal_and_every_goal_type()
    {
        var goals = PracticeContent.Goals;

        Assert.True(goals.Count >= 8);
        Assert.All(goals, g => Assert.NotEmpty(g.Fails));
        Assert.All(goals, g => Assert.Matches(new Regex("[а-яА-Я]"), g.Goal[Languages.Russian] + g.Better[Languages.Russian]));
        Assert.Equal(Enum.GetValues<GoalType>().Length, goals.Select(g => g.Type).Distinct().Count());
    }

    private static readonly DateOnly Today = new(2026, 11, 30);
}
