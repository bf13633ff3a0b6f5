using Coach.Core.Dialogue;
using Coach.Core.Domain.Cjm;
using Coach.Core.Flows.Cjm;
using Coach.Core.Tests.Support;

namespace Coach.Core.Tests.Cjm;

public class CjmFlowTests
{
    internal static ChatDriver WithPersona(string language = "en")
    {
        var chat = new ChatDriver(language).Send("/personas new");
        chat.Send("Anna Petrova").Send("30").Send("/skip").Send("manager").Choose(":middle").Send("/skip").Send("/skip")
            .Send("food").Send("no time").Send("health").Send("price").Send("telegram").Choose(":compare");
        return chat;
    }

    internal static ChatDriver Walk(ChatDriver chat)
    {
        var emotions = new[] { "z0", "m2", "m1", "p1", "p2" };
        for (var i = 0; i < 5; i++)
        {
            chat.Send($"does {i}").Send($"channel {i}").Choose(":" + emotions[i]);
            if (i == 1)
            {
                chat.Send("no prices on the site").Send("price list on the landing");
            }
            else
            {
                chat.Send("/skip").Send(i == 4 ? "loyalty card" : "/skip");
            }
        }

        return chat;
    }

    [Fact]
    public void A_journey_needs_a_persona_first()
    {
        var chat = new ChatDriver().Send("/cjm");

        Assert.Contains("Make a persona first", chat.Last.Text);
    }

    [Fact]
    public void The_five_stages_give_a_map_growth_points_and_channel_tasks()
    {
        var chat = WithPersona();
        chat.Send("/cjm");
        chat.Press(chat.Last.AllButtons.Single().Data);
        Assert.Contains("Stage 1/5: Aware", chat.Text);

        Walk(chat);

        var card = chat.Last.Text;
        Assert.Contains("Journey map: Anna Petrova", card);
        Assert.Contains("Growth points", card);
        Assert.Contains("• Appeal: no prices on the site", card);
        Assert.DoesNotContain("• Ask:", card); // negative emotion but no barrier
        Assert.Contains("[engagement] price list on the landing", card);
        Assert.Contains("[retention] loyalty card", card);
        var table = Assert.IsType<TableChart>(Assert.Single(chat.Last.Charts));
        Assert.Equal(6, table.Headers.Count);
        Assert.Equal(-2, table.Tones![2][2]);
        var map = Assert.Single(chat.Session.Cjms);
        Assert.Equal([0, -2, -1, 1, 2], map.Steps.Select(s => s.Emotion));
    }

    [Fact]
    public void The_role_follows_the_stage()
    {
        Assert.Equal(ChannelRole.Acquisition, CjmMap.RoleOf("aware"));
        Assert.Equal(ChannelRole.Engagement, CjmMap.RoleOf("ask"));
        Assert.Equal(ChannelRole.Conversion, CjmMap.RoleOf("act"));
        Assert.Equal(ChannelRole.Retention, CjmMap.RoleOf("advocate"));
    }

    [Fact]
    public void The_russian_journey_speaks_russian()
    {
        var chat = WithPersona("ru");
        chat.Send($"/cjm start {chat.Session.Personas[0].Id}");

        Assert.Contains("Этап 1/5: Осведомлённость", chat.Text);
        Assert.Contains("Что клиент делает на этом этапе?", chat.Last.Text);
    }

    [Fact]
    public void The_strategy_document_carries_the_map_once_as_a_table()
    {
        var chat = WithPersona();
        chat.Send($"/cjm start {chat.Session.Personas[0].Id}");
        Walk(chat);

        var document = Coach.Core.Flows.Export.StrategyDocument.Build(chat.Session, Coach.Core.Texts.TextCatalog.Default.For("en"), DateTime.UtcNow);

        Assert.DoesNotContain(document.Blocks, b => b is DocumentChart { Chart: TableChart });
        Assert.Single(document.Blocks, b => b is DocumentTable table && table.Rows.Any(r => r.Contains("no prices on the site")));
    }
    [Theory]
    [InlineData("en", "+1", 1)]
    [InlineData("en", "+2", 2)]
    [InlineData("en", "-1", -1)]
    [InlineData("en", "−2", -2)]
    [InlineData("en", "0", 0)]
    [InlineData("ru", "+1", 1)]
    [InlineData("ru", "+2", 2)]
    [InlineData("ru", "-1", -1)]
    [InlineData("ru", "– 2", -2)]
    public void A_typed_signed_emotion_is_the_value_not_an_option_number(string language, string typed, int expected)
    {
        var chat = WithPersona(language);
        chat.Send("/cjm");
        chat.Press(chat.Last.AllButtons.Single().Data);

        chat.Send("sees a post").Send("Instagram").Send(typed);

        Assert.Equal(expected, CjmFlow.EmotionValue(chat.Session.Answer(CjmFlow.Key("aware", "emotion"))));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ru")]
    public void A_plain_number_at_the_emotion_question_is_still_the_button_number(string language)
    {
        var chat = WithPersona(language);
        chat.Send("/cjm");
        chat.Press(chat.Last.AllButtons.Single().Data);

        chat.Send("sees a post").Send("Instagram").Send("4");

        Assert.Equal(1, CjmFlow.EmotionValue(chat.Session.Answer(CjmFlow.Key("aware", "emotion"))));
    }
}
