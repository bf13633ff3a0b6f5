using Coach.Core.Dialogue;
using Coach.Core.Flows.Coverage;
using Coach.Core.Flows;
using Coach.Core.Flows.Export;
using Coach.Core.Flows.Persona;
using Coach.Core.Tests.Programme;
using Coach.Core.Tests.Support;
using Coach.Core.Texts;

namespace Coach.Core.Tests.Persona;

/// <summary>A differentiated strategy asks for a persona per segment, through the engine.</summary>
public class PersonaPerSegmentTests
{
    internal static ChatDriver ThreeSegments(string language = "en", string segments = "students, families, offices")
    {
        var chat = new ChatDriver(language).AnswerProfile("Cars", "broad", "large", "wide", "clear", "large", "no");
        return chat.Choose(":differentiated").Send(segments);
    }

    [Fact]
    public void Three_segments_and_two_personas_leave_the_section_undone_and_the_next_persona_is_for_the_third()
    {
        var chat = ThreeSegments();
        StrategyScript.Persona(chat, "Anna", "new 0");
        StrategyScript.Persona(chat, "Boris", "new 1");
        Assert.Contains("Segments still without a persona: “offices”.", chat.Last.Text);
        Assert.Contains(chat.Last.AllButtons, b => b.Label == "➕ Persona for “offices”" && b.Data == ButtonData.Command("personas", "next"));

        chat.Send("/programme");
        Assert.Contains("⬜ 3. Personas", chat.Last.Text);
        Assert.Contains("Next: Marketing mix", chat.Last.AllButtons.First().Label);
        Assert.False(PersonaFlow.Definition.IsDone(chat.Session));

        chat.Press(ButtonData.Command("personas", "next"));
        Assert.Contains("A persona for the segment “offices”.", chat.Text);
        Assert.Equal(PersonaFlow.Key("name"), chat.State);
        StrategyScript.Persona(chat, "Olga", "next");

        Assert.Equal(["students", "families", "offices"], chat.Session.Personas.Select(p => p.Segment));
        Assert.Contains("✅ 3. Personas", chat.Send("/programme").Last.Text);
    }

    [Fact]
    public void Walking_the_programme_asks_for_the_persona_of_each_segment_in_turn()
    {
        var chat = ThreeSegments();
        StrategyScript.Mix(chat);
        chat.Send("/programme").Press(ButtonData.Command("programme", "next"));
        Assert.Contains("A persona for the segment “students”.", chat.Text);

        StrategyScript.Persona(chat, "Anna", "next");
        chat.Send("/programme").Press(ButtonData.Command("programme", "next"));

        Assert.Contains("Next section: Personas", chat.Text);
        Assert.Contains("A persona for the segment “families”.", chat.Text);
        Assert.Equal("families", chat.Session.PersonaSegment);
    }

    [Theory]
    [InlineData("en", "The segment “students” has no persona yet.", "🔗 It's “Anna”", "“Anna” now stands for the segment “students”.", "• students → Anna")]
    [InlineData("ru", "У сегмента «students» пока нет портрета.", "🔗 Это «Anna»", "«Anna» теперь портрет сегмента «students».", "• families → портрета пока нет")]
    public void A_saved_persona_is_linked_to_a_segment_instead_of_describing_a_new_one(string language, string offer, string use, string linked, string line)
    {
        var chat = StrategyScript.Persona(new ChatDriver(language), "Anna");
        chat.AnswerProfile("Cars", "broad", "large", "wide", "clear", "large", "no").Choose(":differentiated").Send("students, families, offices");

        chat.Send("/programme");
        Assert.Contains("⬜ 3.", chat.Last.Text);
        chat.Send("/personas next");
        Assert.Contains(offer, chat.Last.Text);
        Assert.Equal(DialogueStates.Menu, chat.State);

        chat.Press(chat.Last.AllButtons.Single(b => b.Label == use).Data);

        Assert.Contains(linked, chat.Text);
        Assert.Contains(line, chat.Last.Text);
        Assert.Equal("students", chat.Session.Personas.Single().Segment);
    }

    [Fact]
    public void Linking_from_the_card_moves_a_segment_to_another_persona_and_says_who_lost_it()
    {
        var chat = ThreeSegments();
        StrategyScript.Persona(chat, "Anna", "new 0");
        StrategyScript.Persona(chat, "Boris", "new 1");
        var boris = chat.Session.Personas[1];

        chat.Send($"/personas view {boris.Id}").Press(ButtonData.Command("personas", $"assign {boris.Id}"));
        Assert.Contains("Which segment does “Boris” stand for?", chat.Last.Text);
        Assert.Equal(["students (now “Anna”)", "families", "offices", "No segment: a general portrait"], chat.Last.AllButtons.Select(b => b.Label));

        chat.Press(chat.Last.AllButtons.First().Data);

        Assert.Contains("“Boris” now stands for the segment “students”.\n“Anna” stood for that segment before; it stays saved as a general portrait.", chat.Replies[0].Text);
        Assert.Equal([null, "students"], chat.Session.Personas.Select(p => p.Segment));
    }

    [Fact]
    public void Renaming_a_segment_leaves_its_persona_unassigned_and_saying_so()
    {
        var chat = ThreeSegments(segments: "students, families");
        StrategyScript.Persona(chat, "Anna", "new 0");
        StrategyScript.Persona(chat, "Boris", "new 1");
        Assert.True(PersonaFlow.Definition.IsDone(chat.Session));

        StrategyScript.KeepEverything(chat, ButtonData.Open(CoverageFlow.Id), (CoverageFlow.Key("segments"), "students, young families"));

        var boris = chat.Session.Personas[1];
        Assert.Equal("families", boris.Segment);
        Assert.False(PersonaFlow.Definition.IsDone(chat.Session));
        Assert.Contains("⚠️ Made for the segment “families”, which the strategy no longer has.", chat.Send($"/personas view {boris.Id}").Last.Text);
        var list = chat.Send("/personas").Last;
        Assert.Contains("• young families → no persona yet", list.Text);
        Assert.Contains("⚠️ Boris: the segment “families” is no longer in the strategy", list.Text);
        Assert.Contains(list.AllButtons, b => b.Label == "👤 Boris · ⚠️ families");
        Assert.Contains("⏳ <b>👤 Personas</b>: Anna, Boris\n• <b>Anna</b>: 25–34, office manager, Middle\n• <b>Boris</b>: 25–34, office manager, Middle\n• students → Anna\n• young families → no persona yet\n⚠️ Boris: the segment “families” is no longer in the strategy", chat.Press(ButtonData.Command("status", PersonaFlow.Id)).Text);
        Assert.Contains("⬜ 3. Personas", chat.Send("/programme").Last.Text);

        chat.Send("/personas next").Press(ButtonData.Command("personas", $"assign {boris.Id} 1"));
        Assert.Equal("young families", chat.Session.Personas[1].Segment);
        Assert.Contains("✅ 3. Personas", chat.Send("/programme").Last.Text);
    }

    [Fact]
    public void Removing_a_segment_flags_the_personas_for_review_naming_the_segments()
    {
        var chat = ThreeSegments(segments: "students, families, offices");
        StrategyScript.Persona(chat, "Anna", "new 0");
        StrategyScript.Persona(chat, "Boris", "new 1");
        StrategyScript.Persona(chat, "Olga", "new 2");

        StrategyScript.KeepEverything(chat, ButtonData.Open(CoverageFlow.Id), (CoverageFlow.Key("segments"), "students, families"));

        Assert.Equal(["⚠️ 3. Personas: worth reviewing, as the strategy's segments changed from “students”, “families”, “offices” to “students”, “families”"], StrategyScript.ReviewLines(chat));
        var olga = chat.Session.Personas[2];
        chat.Send($"/personas delete {olga.Id}").Press(ButtonData.Command("personas", $"delete! {olga.Id}"));
        Assert.Empty(StrategyScript.ReviewLines(chat));
    }

    [Fact]
    public void The_journey_map_asks_whose_journey_by_segment()
    {
        var chat = ThreeSegments(segments: "students, families");
        StrategyScript.Persona(chat, "Anna", "new 0");
        StrategyScript.Persona(chat, "Boris", "new 1");

        chat.Send("/cjm");

        Assert.Contains("Each segment comes to the purchase its own way", chat.Last.Text);
        Assert.Equal(["🗺 Anna · students", "🗺 Boris · families"], chat.Last.AllButtons.Select(b => b.Label));
    }

    [Theory]
    [InlineData("en", "Segments and their personas", "students → Anna", "families → no persona yet", "Describe a persona for each segment.")]
    [InlineData("ru", "Сегменты и их портреты", "students → Anna", "families → портрета пока нет", "Описать портрет клиента для каждого сегмента.")]
    public void The_export_lists_segment_to_persona_and_a_missing_one_as_a_next_step(string language, string heading, string linked, string missing, string next)
    {
        var chat = ThreeSegments(language, "students, families");
        StrategyScript.Persona(chat, "Anna", "new 0");

        var document = StrategyDocument.Build(chat.Session, TextCatalog.Default.For(language), DateTime.UtcNow);

        var personas = document.Blocks.SkipWhile(b => b is not DocumentHeading { Level: 1 } h || !h.Text.Contains(language == "en" ? "Personas" : "Портреты")).ToList();
        Assert.Equal(heading, Assert.IsType<DocumentHeading>(personas[1]).Text);
        Assert.Equal([linked, missing], Assert.IsType<DocumentBullets>(personas[2]).Items);
        Assert.Contains(next, Assert.IsType<DocumentBullets>(document.Blocks[^1]).Items);
    }
}
