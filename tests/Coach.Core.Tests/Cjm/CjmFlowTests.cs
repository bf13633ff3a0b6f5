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
        chat.Send("Anna Petrova").Send("30").Send("manager")
            .Send("no time").Send("health").Send("telegram").Choose(":add").Send("/skip").Choose(":middle").Send("/skip").Send("/skip").Send("food").Send("price").Choose(":compare");
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
                chat.Choose(":add").Send("no prices on the site").Send("price list on the landing");
            }
            else if (i == 4)
            {
                chat.Choose(":add").Send("/skip").Send("loyalty card");
            }
            else
            {
                chat.Choose(":skip");
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

    [Theory]
    [InlineData("en", "Optional")]
    [InlineData("ru", "Необязательно")]
    public void Each_stage_asks_three_questions_and_offers_its_details_in_one_choice(string language, string optional)
    {
        var chat = WithPersona(language);
        chat.Send($"/cjm start {chat.Session.Personas[0].Id}");
        var questions = new List<string>();
        foreach (var stage in CjmMap.Stages)
        {
            questions.Add(chat.Last.Text);
            chat.Send($"does {stage}");
            questions.Add(chat.Last.Text);
            chat.Send($"channel {stage}");
            questions.Add(chat.Last.Text);
            chat.Choose(":p1");
            questions.Add(chat.Last.Text);
            Assert.Contains(chat.Last.AllButtons, b => b.Data.EndsWith(":" + CjmFlow.AddDetails));
            chat.Choose(":" + CjmFlow.SkipDetails);
        }

        // Twenty questions instead of twenty-five, and the map is made with no barriers.
        Assert.Equal(20, questions.Count);
        Assert.Equal(CjmMap.Stages.Count, Assert.Single(chat.Session.Cjms).Steps.Count(s => s.Barriers is null));
        // Each stage's text questions have examples of their own.
        var examples = questions.Where((_, i) => i % 4 == 0).Select(q => q.Split('\n').Last()).ToList();
        Assert.Equal(examples.Count, examples.Distinct().Count());
        Assert.DoesNotContain(questions, q => q.Contains(optional));
    }

    [Theory]
    [InlineData("en", "Optional")]
    [InlineData("ru", "Необязательно")]
    public void An_opened_detail_says_it_is_optional_once(string language, string optional)
    {
        var chat = WithPersona(language);
        chat.Send($"/cjm start {chat.Session.Personas[0].Id}");
        chat.Send("sees a post").Send("VK").Choose(":m1").Choose(":" + CjmFlow.AddDetails);

        Assert.Equal(CjmFlow.Key("aware", "barriers"), chat.State);
        var question = chat.Last.Text;
        Assert.Equal(question.IndexOf(optional, StringComparison.Ordinal), question.LastIndexOf(optional, StringComparison.Ordinal));
        Assert.Contains(optional, question);
        chat.Send("/skip").Send("reviews");
        Assert.Contains(language == "ru" ? "Этап 2/5" : "Stage 2/5", chat.Text);
    }

    [Fact]
    public void A_map_paused_at_a_barriers_question_before_the_details_choice_opens_there()
    {
        var chat = WithPersona();
        chat.Send($"/cjm start {chat.Session.Personas[0].Id}");
        chat.Send("sees a post").Send("VK").Choose(":m1");
        // As saved by the version before the details choice: no answer to it, paused at the barriers.
        var saved = chat.Session;
        saved.Answers.Remove(CjmFlow.Key("aware", CjmFlow.Details));
        saved.State = CjmFlow.Key("aware", "barriers");
        chat.Store.Save(saved);
        chat.Send("/menu").Press(ButtonData.Command("resume"));

        Assert.Equal(CjmFlow.Key("aware", "barriers"), chat.State);
        chat.Send("no prices").Send("a price list");
        Assert.Equal(CjmFlow.Key("appeal", "actions"), chat.State);
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
