using Coach.Core.Dialogue;
using Coach.Core.Tests.Support;

namespace Coach.Core.Tests.Programme;

public class ProgrammeHomeButtonTests
{
    [Theory]
    [InlineData("en", "search, vk")]
    [InlineData("ru", "поиск, вконтакте")]
    public void A_section_finished_inside_the_programme_offers_the_main_menu_once(string language, string channels)
    {
        var chat = new ChatDriver(language).Send("/programme");
        var session = chat.Session;
        session.InProgramme = true;
        chat.Store.Save(session);

        chat.Send("/start channels").Send("100000").Send("6").Send(channels);

        Assert.True(chat.Replies.Count >= 2);
        Assert.Single(chat.Replies.SelectMany(r => r.AllButtons), b => b.Data == ButtonData.Command("menu"));
        Assert.Contains(chat.Last.AllButtons, b => b.Data == ButtonData.Command("menu"));
    }
}
