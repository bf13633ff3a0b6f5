using Coach.Core.Dialogue;
using Coach.Core.Flows.Persona;
using Coach.Core.Tests.Support;

namespace Coach.Core.Tests.Persona;

public class PersonaTests
{
    private static ChatDriver MakePersona(ChatDriver chat, string name)
    {
        chat.Send(name).Send("25–34").Send("office manager")
            .Send("no time for breakfast").Send("saving time");
        chat.Choose(":telegram").Choose(":search").Choose(":" + MultiChoiceAnswer.Done);
        return chat.Choose(":add").Send("/skip").Choose(":middle").Send("/skip").Send("/skip").Send("healthy food").Send("doubts about freshness").Choose(":compare");
    }

    [Fact]
    public void A_persona_is_built_field_by_field_with_channels_from_buttons()
    {
        var chat = new ChatDriver().Send("/start").Press(ButtonData.Command(PersonaHub.Command));
        Assert.Contains("No personas yet", chat.Last.Text);

        chat.Press(chat.Last.AllButtons.First(b => b.Label.Contains("New persona")).Data);
        MakePersona(chat, "Anna Petrova");

        var card = chat.Last.Text;
        Assert.Contains("<b>Anna Petrova</b>", card);
        Assert.Contains("Channels: Telegram, Search", card);
        Assert.Contains("Decision: Compares options and reviews", card);
        Assert.DoesNotContain("Gender", card);
        Assert.Single(chat.Session.Personas);
    }

    // A new persona answered up to its channels question.
    private static ChatDriver UpToChannels(string language, string name) =>
        new ChatDriver(language).Send("/personas new").Send(name).Send("30").Send("designer").Send("no time").Send("beauty");

    [Theory]
    [InlineData("en", "Anna", "done", "Instagram, done")]
    [InlineData("en", "Anna", "OK", "instagram, that's all")]
    [InlineData("ru", "Анна", "Готово", "Instagram, готово")]
    [InlineData("ru", "Анна", "это всё", "Instagram, всё")]
    public void Done_typed_instead_of_pressed_confirms_the_options_toggled_so_far(string language, string name, string done, string namedAndDone)
    {
        var chat = UpToChannels(language, name);

        chat.Choose(":vk").Choose(":telegram").Send(done);
        Assert.Equal("telegram,vk", string.Join(',', MultiChoiceAnswer.Split(chat.Session.Answer(PersonaFlow.Key("channels"))).Order()));
        Assert.NotEqual(PersonaFlow.Key("channels"), chat.State);

        chat.Send("/back");
        chat.Send(namedAndDone);
        Assert.Equal("instagram", chat.Session.Answer(PersonaFlow.Key("channels")));
        Assert.NotEqual(PersonaFlow.Key("channels"), chat.State);
    }

    [Fact]
    public void Done_typed_with_nothing_toggled_says_how_many_are_needed_and_keeps_the_question()
    {
        var chat = UpToChannels("en", "Anna");

        chat.Send("done");

        Assert.Contains("from 1 to 12", chat.Replies[0].Text);
        Assert.Equal(PersonaFlow.Key("channels"), chat.State);
    }

    [Fact]
    public void Channels_toggle_and_at_least_one_is_needed()
    {
        var chat = UpToChannels("en", "Anna");

        chat.Choose(":vk");
        Assert.Contains("✅ VK", chat.Last.AllButtons.Select(b => b.Label));
        chat.Choose(":vk").Choose(":" + MultiChoiceAnswer.Done);
        Assert.Contains("from 1 to 12", chat.Replies[0].Text);

        chat.Send("telegram, youtube");
        Assert.Equal("telegram,youtube", chat.Session.Answer(PersonaFlow.Key("channels")));
    }

    [Fact]
    public void Several_personas_are_kept_and_editing_one_field_keeps_the_others()
    {
        var chat = new ChatDriver().Send("/personas new");
        MakePersona(chat, "Anna Petrova");
        chat.Send("/personas new");
        MakePersona(chat, "Igor Petrov");
        var anna = chat.Session.Personas[0];

        chat.Send($"/personas field {anna.Id} pains").Send("too expensive elsewhere");

        Assert.Contains("Pains and needs: too expensive elsewhere", chat.Last.Text);
        Assert.Equal(2, chat.Session.Personas.Count);
        Assert.Equal("too expensive elsewhere", chat.Session.Personas[0].Fields["pains"]);
        Assert.Equal("no time for breakfast", chat.Session.Personas[1].Fields["pains"]);
        Assert.Equal("Igor Petrov", chat.Session.Personas[1].Name);
    }

    [Fact]
    public void Deleting_asks_first_and_removes_only_that_persona()
    {
        var chat = new ChatDriver().Send("/personas new");
        MakePersona(chat, "Anna Petrova");
        chat.Send("/personas new");
        MakePersona(chat, "Igor Petrov");
        var igor = chat.Session.Personas[1];

        chat.Send($"/personas delete {igor.Id}");
        Assert.Contains("Delete the persona “Igor Petrov”?", chat.Last.Text);
        Assert.Equal(2, chat.Session.Personas.Count);
        chat.Press(chat.Last.AllButtons.First().Data);

        Assert.Equal(["Anna Petrova"], chat.Session.Personas.Select(p => p.Name));
    }

    [Fact]
    public void A_differentiated_strategy_offers_one_persona_per_segment()
    {
        var chat = new ChatDriver().AnswerProfile("Cars", "broad", "large", "wide", "clear", "large", "no");
        chat.Choose(":differentiated").Send("young drivers, families");

        chat.Send("/personas");

        var offers = chat.Last.AllButtons.Where(b => b.Label.Contains("Persona for")).ToList();
        Assert.Equal(2, offers.Count);
        chat.Press(offers[1].Data);
        Assert.Contains("segment “families”", chat.Replies[0].Text);
        MakePersona(chat, "Olga, 38");
        Assert.Equal("families", chat.Session.Personas.Single().Segment);
        chat.Send("/personas");
        Assert.Single(chat.Last.AllButtons, b => b.Label.Contains("Persona for"));
    }

    [Fact]
    public void Html_in_a_persona_name_is_shown_literally()
    {
        var chat = new ChatDriver("ru").Send("/personas new");
        MakePersona(chat, "<b>&Co</b>");

        Assert.Contains("&lt;b&gt;&amp;Co&lt;/b&gt;", chat.Last.Text);
    }

    [Theory]
    [InlineData("en", "✅ Done: show the persona", "👤 Personas</b> · question 7", "Pains and needs: no time for breakfast")]
    [InlineData("ru", "✅ Готово, к портрету", "👤 Портреты клиентов</b> · вопрос 7", "Боли и потребности: no time for breakfast")]
    public void The_essentials_make_a_persona_in_seven_questions_and_the_depth_is_an_optional_choice(string language, string skip, string header, string pains)
    {
        var chat = new ChatDriver(language).Send("/personas new").Send("Anna").Send("25–34").Send("office manager")
            .Send("no time for breakfast").Send("saving time").Choose(":telegram").Choose(":" + MultiChoiceAnswer.Done);

        Assert.Equal(PersonaFlow.Key(PersonaFlow.Depth), chat.State);
        Assert.Contains(chat.Last.AllButtons, b => b.Label == skip);
        Assert.Contains(header, chat.Last.Text);
        chat.Choose(":" + PersonaFlow.SkipDepth);

        Assert.Equal(DialogueStates.Menu, chat.State);
        var anna = Assert.Single(chat.Session.Personas);
        Assert.Equal(["age", "channels", "motivation", "name", "occupation", "pains"], anna.Fields.Keys.Order().ToList());
        Assert.Contains(pains, chat.Last.Text);
        Assert.True(PersonaFlow.Definition.IsDone(chat.Session));
    }

    [Fact]
    public void Adding_depth_asks_the_rest_each_skippable_and_an_essentials_only_persona_can_still_get_one_depth_field()
    {
        var chat = new ChatDriver().Send("/personas new").Send("Anna").Send("30").Send("designer").Send("no time").Send("beauty")
            .Choose(":telegram").Choose(":" + MultiChoiceAnswer.Done).Choose(":" + PersonaFlow.AddDepth);
        Assert.Equal(PersonaFlow.Key("gender"), chat.State);
        foreach (var _ in Enumerable.Range(0, 7))
        {
            chat.Send("/skip");
        }

        Assert.Equal(DialogueStates.Menu, chat.State);
        var anna = Assert.Single(chat.Session.Personas);
        Assert.Equal(6, anna.Fields.Count);

        chat.Send("/personas new").Send("Boris").Send("40").Send("engineer").Send("no time").Send("beauty")
            .Choose(":telegram").Choose(":" + MultiChoiceAnswer.Done).Choose(":" + PersonaFlow.SkipDepth);
        var boris = chat.Session.Personas[1];
        chat.Send($"/personas field {boris.Id} income").Choose(":high");

        Assert.Equal(DialogueStates.Menu, chat.State);
        Assert.Equal("high", chat.Session.Personas[1].Fields["income"]);
        Assert.Equal("engineer", chat.Session.Personas[1].Fields["occupation"]);
    }
}
