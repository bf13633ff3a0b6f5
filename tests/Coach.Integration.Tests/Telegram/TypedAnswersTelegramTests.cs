namespace Coach.Integration.Tests.Telegram;

/// <summary>
/// Typed stand-ins for buttons through the real Telegram.Bot client and the fake Bot API:
/// "оставить" keeps a saved answer, "да"/"no" answer /forget once, and button labels built
/// from user text arrive as typed, not HTML-escaped.
/// </summary>
public sealed class TypedAnswersTelegramTests
{
    [Fact]
    public async Task Typing_keep_in_russian_keeps_the_saved_answer()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await CoachBotHost.StartAsync(api);
        var chat = new TelegramChat(api, chatId: 3101, languageCode: "ru");
        await chat.Send("/start");
        await chat.PressButton("go:coverage");
        await chat.Send("Органическая пекарня");
        await chat.Send("/back");
        Assert.Contains(chat.Last!.Buttons, b => b.Text == "Оставить: Органическая пекарня");

        await chat.Send("оставить");

        Assert.Contains("Кому нужен ваш продукт?", chat.Last!.Text);
        var status = await chat.Send("/status", replies: 2);
        Assert.Contains("Органическая пекарня", status[0].Text);
        Assert.DoesNotContain(": оставить", status[0].Text);
        Assert.Empty(api.Rejections);
    }

    [Fact]
    public async Task A_typed_da_to_forget_deletes_the_data_with_one_reply()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await CoachBotHost.StartAsync(api);
        var chat = new TelegramChat(api, chatId: 3102, languageCode: "ru");
        await chat.Send("/start");
        await chat.PressButton("go:coverage");
        await chat.Send("Пекарня");
        await chat.Send("/forget");

        var replies = await chat.Send("да");

        Assert.Single(replies);
        Assert.Contains("все ваши данные удалены", replies[0].Text);
        await api.AssertNothingMoreTo(chat.ChatId);
    }

    [Fact]
    public async Task A_typed_no_to_forget_keeps_the_data_and_says_so_once()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await CoachBotHost.StartAsync(api);
        var chat = new TelegramChat(api, chatId: 3103);
        await chat.Send("/start");
        await chat.PressButton("go:coverage");
        await chat.Send("Bakery");
        await chat.Send("/forget");

        var replies = await chat.Send("no", replies: 2);

        Assert.Equal("Nothing was deleted.", replies[0].Text);
        Assert.Contains("Who needs your product?", replies[1].Text);
        await api.AssertNothingMoreTo(chat.ChatId);
    }
}
