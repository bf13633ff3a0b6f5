using Coach.Core.Dialogue;
using Coach.Storage;
using PersonaRecord = Coach.Core.Domain.Persona.Persona;

namespace Coach.Integration.Tests.Telegram;

/// <summary>A persona per segment over Telegram: the ToV hub switches whom the drafts speak to, and the blogger brief follows.</summary>
public sealed class TovAudienceTelegramTests
{
    [Fact]
    public async Task The_blogger_brief_speaks_to_the_segment_chosen_on_the_tov_screen()
    {
        using var storage = new TempStorage();
        const long chatId = 9401;
        using (var store = new LiteDbSessionStore(storage.FilePath))
        {
            var session = new Session { Id = "tg:" + chatId, Language = "ru", LanguageChosen = true };
            session.Personas.Add(new PersonaRecord { Id = "p1", Segment = "студенты", Fields = { ["name"] = "Алсу" } });
            session.Personas.Add(new PersonaRecord { Id = "p2", Segment = "семьи", Fields = { ["name"] = "Борис" } });
            store.Save(session);
        }

        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await CoachBotHost.StartAsync(api, storage);
        var chat = new TelegramChat(api, chatId, languageCode: "ru");

        var hub = Assert.Single(await chat.Send("/tov"));
        Assert.Contains("Адресат черновиков: Алсу (сегмент «студенты»).", hub.Text);
        var switched = await chat.PressButton(ButtonData.Command("tov", "audience p2"), replies: 2);
        Assert.Contains("теперь адресат черновиков — Борис", switched[0].Text);

        // No voice yet: a hint comes before the channel question.
        await chat.PressButton(ButtonData.Open("draft"), replies: 2);
        await chat.PressButton("a:draft.channel:blogger");
        var drafts = await chat.Send("Новый ржаной хлеб на закваске");

        Assert.Contains(drafts, m => m.Text.Contains("Аудитория: Борис", StringComparison.Ordinal));
        Assert.DoesNotContain(drafts, m => m.Text.Contains("Алсу", StringComparison.Ordinal));
    }
}
