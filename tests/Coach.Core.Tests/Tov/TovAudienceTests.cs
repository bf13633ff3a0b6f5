using Coach.Core.Dialogue;
using Coach.Core.Flows.Tov;
using Coach.Core.Tests.Support;
using PersonaRecord = Coach.Core.Domain.Persona.Persona;

namespace Coach.Core.Tests.Tov;

/// <summary>With a persona per segment, the ToV hub says whom the drafts speak to and switches it; the drafts follow.</summary>
public class TovAudienceTests
{
    private static ChatDriver With(string language, params PersonaRecord[] personas)
    {
        var chat = new ChatDriver(language);
        var session = new Session { Id = chat.ChatId, Language = language, LanguageChosen = true };
        session.Personas.AddRange(personas);
        chat.Store.Save(session);
        return chat;
    }

    private static ChatDriver TwoSegments(string language = "en") => With(
        language,
        new PersonaRecord { Id = "p1", Segment = "commuters", Fields = { ["name"] = "Anna", ["age"] = "28" } },
        new PersonaRecord { Id = "p2", Segment = "families", Fields = { ["name"] = "Boris", ["age"] = "41" } });

    [Fact]
    public void The_hub_names_the_persona_the_drafts_speak_to_and_offers_the_other_segment()
    {
        var chat = TwoSegments();

        var hub = chat.Send("/tov").Last;

        Assert.Contains("Drafts are written for Anna (segment “commuters”).", hub.Text);
        Assert.Contains(hub.AllButtons, b => b.Label == "👤 Write for Boris (families)" && b.Data == ButtonData.Command(TovHub.Command, "audience p2"));
    }

    [Fact]
    public void Choosing_the_other_segment_makes_the_blogger_brief_speak_to_its_persona()
    {
        var chat = TwoSegments();
        chat.Send("/tov").Press(ButtonData.Command(TovHub.Command, "audience p2"));
        Assert.Contains("the drafts are now written for Boris", chat.Replies[0].Text);
        Assert.Contains("Drafts are written for Boris (segment “families”).", chat.Last.Text);

        chat.Send("/tov").Press(ButtonData.Open(DraftFlow.Id)).Choose(":blogger").Send("New rye sourdough loaf");

        Assert.Contains("Audience: Boris", chat.Session.Drafts[0].Text);
        Assert.DoesNotContain("Anna", chat.Session.Drafts[0].Text);
    }

    [Fact]
    public void In_russian_the_first_persona_is_the_default_and_one_persona_offers_no_choice()
    {
        var chat = TwoSegments("ru");
        Assert.Contains("Адресат черновиков: Anna (сегмент «commuters»).", chat.Send("/tov").Last.Text);

        var single = With("ru", new PersonaRecord { Id = "p1", Fields = { ["name"] = "Anna" } });
        var hub = single.Send("/tov").Last;
        Assert.DoesNotContain("Адресат черновиков", hub.Text);
        Assert.DoesNotContain(hub.AllButtons, b => b.Data.StartsWith("c:tov:audience", StringComparison.Ordinal));
    }

    [Fact]
    public void A_deleted_chosen_persona_falls_back_to_the_first()
    {
        var session = new Session { Answers = { [TovAudience.Key] = "gone" } };
        session.Personas.Add(new PersonaRecord { Id = "p1", Fields = { ["name"] = "Anna" } });

        Assert.Equal("p1", TovAudience.Chosen(session)!.Id);
    }
}
