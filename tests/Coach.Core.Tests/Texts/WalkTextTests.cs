using System.Text.RegularExpressions;
using Coach.Core.Dialogue;
using Coach.Core.Tests.Support;
using Coach.Core.Flows.Coverage;

namespace Coach.Core.Tests.Texts;

/// <summary>What the issue 14 walks as new users (one ru, one en) found in composed replies.</summary>
public class WalkTextTests
{
    private static ChatDriver NicheSize(string language) =>
        new ChatDriver(language).AnswerProfile("Пекарня у дома", "narrow", "limited", "single", "similar", "small", "yes").Choose(":concentrated");

    private static ChatDriver NicheTarget(string language, string target) =>
        NicheSize(language).Send("2 000").Send("24").Send("350").Send(target);

    [Theory]
    [InlineData("ru", "5 млн", "29,8% всех трат ниши. Это амбициозно", "реалистичная цель")]
    [InlineData("en", "5m", "29.8% of the niche's spending. That is a stretch", "a realistic goal")]
    [InlineData("ru", "1 млн", "6% трат ниши — реалистичная цель", "амбициозно")]
    public void A_niche_share_above_what_a_newcomer_takes_is_a_stretch_not_realistic(string language, string target, string says, string never)
    {
        var card = NicheTarget(language, target).Replies[0].Text;

        Assert.Contains(says, card);
        Assert.DoesNotContain(never, card);
    }

    [Fact]
    public void The_same_kpi_computed_twice_is_one_line_of_the_status_details()
    {
        var chat = new ChatDriver("en").Send("/kpi cac 90000 80").Send("/kpi cac 90000 80").Send("/kpi roi 60000 50000");

        var details = chat.Press(ButtonData.Command("status", "kpi")).Replies[0].Text;

        Assert.Single(Regex.Matches(details, "• CAC: 1,125"));
        Assert.Contains("• ROI: 20%", details);
    }

    [Theory]
    [InlineData("en", "abc", "2,000")]
    [InlineData("ru", "много", "2 000")]
    public void A_refused_answer_shows_the_example_once_with_the_question_asked_again(string language, string typed, string example)
    {
        var chat = NicheSize(language);
        Assert.Equal(Coach.Core.Flows.Coverage.CoverageFlow.Key("size"), chat.State);

        chat.Send(typed);

        Assert.Equal(2, chat.Replies.Count);
        Assert.Single(Regex.Matches(string.Join("\n", chat.Replies.Select(r => r.Text)), Regex.Escape(example)));
    }

    [Theory]
    [InlineData("ru", "/kpi roi 60000 50000", "На 1 ₽ расходов пришлось 1,20 ₽ валовой прибыли (120% от расходов).")]
    [InlineData("ru", "/kpi roi $60000 $50000", "На $1 расходов пришлось $1,20 валовой прибыли")]
    [InlineData("en", "/kpi roi $60000 $50000", "Every $1 you spent brought back $1.20 in gross profit (120% of the spend).")]
    [InlineData("en", "/kpi roi 60000 50000", "Every 100 you spent brought back 120 in gross profit (120% of the spend).")]
    [InlineData("en", "/kpi romi 60000 50000", "Every 100 spent on marketing brought back 120 in profit (120%)")]
    [InlineData("en", "/kpi romi €60000 €50000", "Every €1 spent on marketing brought back €1.20 in profit (120%)")]
    public void The_gross_return_is_said_per_unit_of_the_spends_own_currency(string language, string command, string expected)
    {
        Assert.Contains(expected, new ChatDriver(language).Send(command).Last.Text);
    }
}
