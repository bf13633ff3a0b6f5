using Coach.Core.Tests.Cjm;
using Coach.Core.Tests.Support;

namespace Coach.Core.Tests.Channels;

/// <summary>The plan follows the journey's growth points and, with a limited budget, the personas' channels: through the engine.</summary>
public class ChannelPlanStageTests
{
    [Fact]
    public void A_weak_journey_stage_gets_its_channels_money_first_and_the_card_says_so()
    {
        var chat = CjmFlowTests.WithPersona();
        chat.Send("/cjm");
        chat.Press(chat.Last.AllButtons.Single().Data);
        CjmFlowTests.Walk(chat);

        // "Appeal" is a growth point (negative emotion, a barrier): an engagement stage, so Telegram's money comes first.
        var card = chat.Send("/start channels").Send("100 000").Choose(":6").Send("outdoor, telegram").Last.Text;

        Assert.Contains("Growth points of the journey: Appeal.", card);
        Assert.Contains("<b>Telegram</b> · engagement + retention · month 2 · 39,000 · a channel with useful posts, ads in channels on your topic · set the target after the pilot (compute CAC: /kpi cac) · growth point: Appeal", card);
        Assert.Contains("<b>Outdoor</b> · acquisition · month 2 · 26,000", card);
    }

    [Fact]
    public void A_limited_budget_keeps_the_channels_the_personas_use()
    {
        var chat = new ChatDriver().Send("/start").Press(Coach.Core.Dialogue.ButtonData.Open("coverage"));
        chat.Send("Organic bread").Send("3").Send("Limited: every penny counts").Send("1").Send("no they want much the same").Send("2").Send("1").Send("3")
            .Send("2 000").Send("24").Send("350").Send("20 млн");
        Assert.NotNull(chat.Session.Coverage);
        chat.Send("/personas new").Send("Anna").Send("30").Send("manager")
            .Send("no time").Send("health").Send("blogs, outdoor").Choose(":add").Send("/skip").Choose(":middle").Send("/skip").Send("/skip").Send("food").Send("price").Choose(":compare");

        var card = chat.Send("/start channels").Send("50 000").Choose(":6").Send("vk, search, email, blogs, outdoor").Last.Text;

        // Not the first three in list order (VK, search, email): the personas' blogs and outdoor stay, then VK.
        Assert.Contains("<b>Blogs</b>", card);
        Assert.Contains("<b>Outdoor</b>", card);
        Assert.Contains("<b>VK</b>", card);
        Assert.Contains("With a limited budget I kept the 3 paid channels your personas use most: start where the audience is. Add Search, Email once the pilot pays back.", card);
        Assert.DoesNotContain("<b>Search</b>", card);
    }
}
