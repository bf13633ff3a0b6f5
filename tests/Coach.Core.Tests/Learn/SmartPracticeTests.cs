using Coach.Core.Dialogue;
using Coach.Core.Domain.Learn;
using Coach.Core.Domain.Smart;
using Coach.Core.Flows.Learn;
using Coach.Core.Texts;

namespace Coach.Core.Tests.Learn;

public class SmartPracticeTests
{
    [Theory]
    [InlineData("en")]
    [InlineData("ru")]
    public void The_example_under_the_question_is_a_template_that_passes_no_exercise(string language)
    {
        var example = TextCatalog.Plain(TextCatalog.Default.For(language)["learn_smart.goal.example"]);

        Assert.Contains(language == "en" ? "<what>" : "‹что›", example);
        Assert.All(PracticeContent.Goals, goal => Assert.False(SmartGoalChecker.Check(example, goal.Type, goal.Baseline, new DateOnly(2026, 11, 30)).AllPassed, goal.Id));
    }

    [Fact]
    public void A_smart_goal_about_another_metric_does_not_fix_the_colleagues_goal()
    {
        var seed = Enumerable.Range(1, 5_000).First(s => PracticeContent.Goals[s % PracticeContent.Goals.Count].Id == "no_deadline");
        var chat = LearnFlowTests.Seeded("en", seed).Send("/learn practice smart");
        var goal = PracticeFlows.CurrentGoal(chat.Session)!;
        Assert.Equal("no_deadline", goal.Id);

        chat.Send("Increase orders from the website by 20% in three months");

        Assert.Contains("A SMART goal, but about another metric", chat.Text);
        Assert.Contains("the average order value", chat.Text);
        Assert.False(chat.Session.Learning.Score("smart")!.LastRight);
    }
}
