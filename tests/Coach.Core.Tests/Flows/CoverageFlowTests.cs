using Coach.Core.Dialogue;
using Coach.Core.Domain.Coverage;
using Coach.Core.Flows.Coverage;
using Coach.Core.Flows;
using Coach.Core.Tests.Support;

namespace Coach.Core.Tests.Flows;

public class CoverageFlowTests
{
    [Fact]
    public void The_niche_path_computes_the_potential_and_warns_below_the_target()
    {
        var chat = new ChatDriver("en").AnswerProfile("Organic bread", "narrow", "limited", "single", "similar", "small", "yes");

        Assert.Contains("My recommendation: concentrated (niche) marketing", chat.Replies[0].Text);
        Assert.Contains("⭐", chat.Last.AllButtons.Single(b => b.Data.EndsWith(":concentrated")).Label);
        Assert.Contains("· question 8", chat.Last.Text); // the strategy decides how many follow-ups come: no total yet
        Assert.DoesNotContain("8/8", chat.Last.Text);

        chat.Choose(":concentrated");
        Assert.Contains("9/12", chat.Last.Text);
        chat.Send("2 000").Send("24").Send("350").Send("20 млн");

        var result = chat.Last.Text;
        Assert.Contains("= 2,000 × 24 × 350 = <b>16,800,000</b>", result);
        Assert.Contains("below your target of 20,000,000", result);
        var coverage = chat.Session.Coverage!;
        Assert.Equal(CoverageStrategy.Concentrated, coverage.Chosen);
        Assert.Equal(16_800_000m, coverage.YearlyPotential);
        Assert.Equal(DialogueStates.Menu, chat.State);
        Assert.Contains(CoverageFlow.Id, chat.Session.CompletedFlows);
    }

    [Theory]
    [InlineData("en", "/12")]
    [InlineData("ru", "/12")]
    public void Once_the_path_is_known_every_question_shows_the_same_total(string language, string total)
    {
        var chat = new ChatDriver(language).AnswerProfile("Organic bread", "narrow", "limited", "single", "similar", "small", "yes");
        chat.Choose(":concentrated").Send("2000").Send("24").Send("350").Send("20000000");

        // The second walk knows the chosen strategy from the first: 12 questions from the first one on.
        chat.Send("/start coverage");
        var headers = new List<string>();
        for (var i = 0; i < 12 && chat.State != DialogueStates.Menu; i++)
        {
            headers.Add(chat.Last.Text.Split('\n')[0]);
            chat.Press(chat.Last.AllButtons.First(b => b.Data.EndsWith(":" + ButtonData.Keep) || b.Label.StartsWith("✓ ", StringComparison.Ordinal)).Data);
        }

        Assert.Equal(12, headers.Count);
        Assert.All(headers, header => Assert.EndsWith(total, header.Replace("</b>", "")));
    }

    [Fact]
    public void The_niche_path_in_russian_formats_money_the_russian_way()
    {
        var chat = new ChatDriver("ru").AnswerProfile("Органический хлеб", "narrow", "limited", "single", "similar", "small", "yes");
        chat.Choose(":concentrated").Send("2000").Send("24").Send("350").Send("1,68 млн");

        Assert.Contains("= 2 000 × 24 × 350 ₽ = <b>16 800 000 ₽</b>", chat.Last.Text);
        Assert.Contains("10%", chat.Last.Text);
        Assert.Contains("реалистичная цель", chat.Last.Text);
    }

    [Fact]
    public void The_revenue_target_is_optional_and_can_be_skipped()
    {
        var chat = new ChatDriver().AnswerProfile("Bread", "narrow", "limited", "single", "similar", "small", "yes");
        chat.Choose(":concentrated").Send("100").Send("12").Send("1000");
        Assert.Contains(chat.Last.AllButtons, b => b.Data == ButtonData.Command("skip"));

        chat.Send("/skip");

        Assert.Contains("1,200,000", chat.Last.Text);
        Assert.Null(chat.Session.Coverage!.RevenueTarget);
    }

    [Fact]
    public void The_differentiated_path_asks_for_segments_and_lists_them()
    {
        var chat = new ChatDriver().AnswerProfile("Cars", "broad", "large", "wide", "clear", "large", "no");
        Assert.Contains("My recommendation: differentiated marketing", chat.Replies[0].Text);

        chat.Choose(":differentiated").Send("young drivers, families\nfleet buyers");

        Assert.Contains("Your 3 segments:", chat.Last.Text);
        Assert.Contains("3. fleet buyers", chat.Last.Text);
        Assert.Equal(["young drivers", "families", "fleet buyers"], chat.Session.Coverage!.Segments);
    }

    [Theory]
    [InlineData("just one", "from 2 to 5")]
    [InlineData("a, b, c, d, e, f", "from 2 to 5")]
    [InlineData("families, Families", "appears twice")]
    public void Segments_outside_the_rules_are_re_asked_with_an_example(string answer, string problem)
    {
        var chat = new ChatDriver().AnswerProfile("Cars", "broad", "large", "wide", "clear", "large", "no");
        chat.Choose(":differentiated").Send(answer);

        Assert.Contains(problem, chat.Replies[0].Text);
        Assert.Contains("For example:", chat.Last.Text);
        Assert.Equal(CoverageFlow.Key("segments"), chat.State);
        Assert.Equal("differentiated", chat.Session.Answer(CoverageFlow.Key("strategy")));
    }

    [Fact]
    public void The_mass_path_ends_with_the_one_meaning_many_formats_rule()
    {
        var chat = new ChatDriver().AnswerProfile("Dish soap", "everyone", "large", "several", "similar", "large", "no");
        Assert.Contains("My recommendation: mass", chat.Replies[0].Text);
        Assert.Contains("“Dish soap: everything for every day at a fair price”", chat.Replies[0].Text);

        chat.Choose(":mass");

        Assert.Contains("The key rule: every channel carries the same message", chat.Last.Text);
        Assert.Equal(CoverageStrategy.Mass, chat.Session.Coverage!.Chosen);
        Assert.DoesNotContain("You chose differently", chat.Last.Text);
    }

    [Fact]
    public void Choosing_against_the_recommendation_is_allowed_and_its_weakness_named()
    {
        var chat = new ChatDriver().AnswerProfile("Bread", "narrow", "limited", "single", "similar", "small", "yes");
        chat.Choose(":mass");

        Assert.Contains("You chose differently from my recommendation", chat.Last.Text);
        Assert.Equal(CoverageStrategy.Concentrated, chat.Session.Coverage!.Recommended);
        Assert.Equal(CoverageStrategy.Mass, chat.Session.Coverage!.Chosen);
    }

    [Fact]
    public void The_recommendation_explains_every_criterion_and_what_was_ruled_out()
    {
        var chat = new ChatDriver().AnswerProfile("Bread", "narrow", "limited", "single", "similar", "small", "yes");
        var card = chat.Replies[0].Text;

        Assert.Contains("with a limited budget, focusing on one segment beats spreading money thin → niche", card);
        Assert.Contains("similar needs allow one message for all → mass", card);
        Assert.Contains("Not mass (undifferentiated) marketing: reaching everyone at once needs a large budget.", card);
        Assert.Contains("Strengths:", card);
        Assert.Contains("Weaknesses:", card);
        Assert.Contains("“Bread”", card);
    }

    [Fact]
    public void Changing_the_strategy_with_back_switches_the_follow_up_questions()
    {
        var chat = new ChatDriver().AnswerProfile("Bread", "broad", "moderate", "wide", "clear", "medium", "no");
        chat.Choose(":concentrated").Send("500");
        Assert.Equal(CoverageFlow.Key("purchases"), chat.State);

        chat.Send("/back").Send("/back");
        Assert.Equal(CoverageFlow.Key("strategy"), chat.State);
        chat.Choose(":differentiated");

        Assert.Equal(CoverageFlow.Key("segments"), chat.State);
        Assert.Contains("9/9", chat.Last.Text);
    }

    [Fact]
    public void Re_running_the_wizard_keeps_the_previous_answers_and_the_old_result_until_finished()
    {
        var chat = new ChatDriver().AnswerProfile("Soap", "everyone", "large", "several", "similar", "large", "no");
        chat.Choose(":mass");
        chat.Press(ButtonData.Open(CoverageFlow.Id));

        Assert.Contains("You have finished this before", chat.Text);
        Assert.Contains("Keep: Soap", chat.Last.AllButtons.Select(b => b.Label));
        chat.Choose(ButtonData.Keep);
        Assert.Contains("✓ Almost everyone", string.Join("|", chat.Last.AllButtons.Select(b => b.Label)));
        Assert.Equal(CoverageStrategy.Mass, chat.Session.Coverage!.Chosen);
    }
}
