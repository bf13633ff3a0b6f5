using Coach.Core.Dialogue;
using Coach.Integration.Tests.Support;
using Coach.Storage;
using PersonaRecord = Coach.Core.Domain.Persona.Persona;

namespace Coach.Integration.Tests.Terminal;

/// <summary>In the terminal: the ToV screen numbers the other segment's persona, and the brief speaks to it once chosen.</summary>
public sealed class TerminalTovAudienceTests
{
    [Fact]
    public async Task Choosing_the_families_persona_makes_the_blogger_brief_speak_to_it()
    {
        using var folder = new TempFolder();
        using (var store = new LiteDbSessionStore(folder.File("coach.db")))
        {
            var session = new Session { Id = "term:local", Language = "en", LanguageChosen = true };
            session.Personas.Add(new PersonaRecord { Id = "p1", Segment = "commuters", Fields = { ["name"] = "Anna" } });
            session.Personas.Add(new PersonaRecord { Id = "p2", Segment = "families", Fields = { ["name"] = "Boris" } });
            store.Save(session);
        }

        var output = await TerminalChatTests.Run(folder, "/tov\n1\n/tov\nDraft a message\nBlogger brief\nNew rye sourdough loaf\n");

        Assert.Contains("Drafts are written for Anna (segment “commuters”).", output);
        Assert.Contains("the drafts are now written for Boris", output);
        Assert.Contains("Audience: Boris", output);
    }
}
