using Coach.Core.Dialogue;
using Coach.Core.Flows.Persona;
using Coach.Core.Tests.Support;

namespace Coach.Core.Tests.Persona;

public class PersonaStatusTests
{
    private static ChatDriver MakePersona(ChatDriver chat, string name, string occupation)
    {
        chat.Send("/personas new").Send(name).Send("25–34").Send(occupation)
            .Send("no time for breakfast").Send("saving time");
        chat.Choose(":telegram").Choose(":" + MultiChoiceAnswer.Done);
        return chat.Choose(":add").Send("/skip").Choose(":middle").Send("/skip").Send("/skip").Send("healthy food").Send("doubts about freshness").Choose(":compare");
    }

    private static string MenuLabel(ChatDriver chat)
    {
        chat.Send("/menu");
        return chat.Last.AllButtons.Single(b => b.Data == ButtonData.Command(PersonaHub.Command)).Label;
    }

    [Theory]
    [InlineData("en", "Personas")]
    [InlineData("ru", "Портреты клиентов")]
    public void Deleting_the_last_persona_leaves_the_section_undone_everywhere(string language, string title)
    {
        var chat = MakePersona(new ChatDriver(language).Send("/start"), "Anna Petrova", "product manager");
        Assert.StartsWith("✅", MenuLabel(chat));

        var anna = chat.Session.Personas[0];
        chat.Send($"/personas delete! {anna.Id}");
        Assert.Empty(chat.Session.Personas);

        chat.Send("/status");
        Assert.DoesNotContain("Anna Petrova", chat.Text);
        Assert.DoesNotContain("product manager", chat.Text);
        Assert.DoesNotContain(title, chat.Text);
        Assert.DoesNotContain("✅", MenuLabel(chat));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ru")]
    public void Status_lists_every_saved_persona_with_its_key_fields(string language)
    {
        var chat = MakePersona(new ChatDriver(language).Send("/start"), "Anna Petrova", "product manager");
        MakePersona(chat, "Boris Ivanov", "engineer");

        Assert.Contains("Anna Petrova, Boris Ivanov", chat.Send("/status").Text);
        chat.Press(ButtonData.Command("status", PersonaFlow.Id));
        Assert.Contains("• <b>Anna Petrova</b>: 25–34, product manager", chat.Text);
        Assert.Contains("• <b>Boris Ivanov</b>: 25–34, engineer", chat.Text);
        Assert.DoesNotContain("healthy food", chat.Text);
    }
}
