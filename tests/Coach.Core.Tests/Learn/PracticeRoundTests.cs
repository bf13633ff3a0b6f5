using Coach.Core.Dialogue;
using Coach.Core.Flows.Learn;

namespace Coach.Core.Tests.Learn;

public class PracticeRoundTests
{
    [Fact]
    public void One_topic_practised_in_the_middle_of_a_round_leaves_the_rounds_exercise_to_come_back()
    {
        var chat = LearnFlowTests.Seeded("en").Send("/learn practice");
        Assert.Equal("coverage", chat.Session.Learning.Current!.Topic);

        chat.Send("/learn practice cac");
        chat.Send(PracticeFlows.CurrentKpi(chat.Session)!.Answer.ToString(System.Globalization.CultureInfo.InvariantCulture));
        chat.Send("/learn practice");

        Assert.Contains("Exercise 1 of 5</b> · Coverage strategies", chat.Text);
        Assert.Equal(["cac", "smart", "mix", "roi"], chat.Session.Learning.Round);
    }

    [Fact]
    public void Coming_back_to_a_case_at_the_model_question_shows_the_case_again()
    {
        var chat = LearnFlowTests.Seeded("en").Send("/learn practice mix");
        var mixCase = PracticeFlows.CurrentCase(chat.Session)!;
        chat.Choose(":" + mixCase.Recommendation.Strategy.ToString().ToLowerInvariant());
        Assert.Equal("learn_case.model", chat.State);
        chat.Send("/menu");

        chat.Send("/learn practice");

        Assert.Equal("learn_case.model", chat.State);
        Assert.Contains(mixCase.Text["en"], chat.Text);

        // An exercise is an errand beside the sections: the menu's "Continue" is kept for a section,
        // and the exercise goes on from "Practise".
        chat.Send("/menu");
        Assert.DoesNotContain(chat.Last.AllButtons, b => b.Data == "c:resume");
        chat.Press("c:learn:practice");
        Assert.Equal("learn_case.model", chat.State);
        Assert.Contains(mixCase.Text["en"], chat.Text);
    }

    [Fact]
    public void The_case_is_not_repeated_between_its_two_questions()
    {
        var chat = LearnFlowTests.Seeded("en").Send("/learn practice mix");
        var mixCase = PracticeFlows.CurrentCase(chat.Session)!;

        chat.Choose(":" + mixCase.Recommendation.Strategy.ToString().ToLowerInvariant());

        Assert.Equal("learn_case.model", chat.State);
        Assert.DoesNotContain(mixCase.Text["en"], chat.Text);
    }

    [Fact]
    public void The_same_case_or_goal_never_comes_twice_in_a_row()
    {
        foreach (var topic in new[] { "coverage", "mix", "smart" })
        {
            var chat = LearnFlowTests.Seeded("en", seed: 11);
            string? previous = null;
            for (var i = 0; i < 25; i++)
            {
                chat.Send($"/learn practice {topic}");
                var item = chat.Session.Learning.Current!.ItemId;
                Assert.NotEqual(previous, item);
                previous = item;
            }
        }
    }

    [Fact]
    public void A_first_round_does_not_speak_of_mistakes_and_questions_show_no_step_count_beside_the_exercise_number()
    {
        var chat = LearnFlowTests.Seeded("en").Send("/learn practice");

        Assert.DoesNotContain("got wrong", chat.Text);
        Assert.Contains("A round of 5 exercises", chat.Text);
        Assert.DoesNotContain("1/1", chat.Text);
        Assert.DoesNotContain("1/2", chat.Text);
    }
}
