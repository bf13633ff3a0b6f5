using Coach.Core.Dialogue;
using Microsoft.Extensions.DependencyInjection;

namespace Coach.Integration.Tests.Telegram;

/// <summary>
/// One live message per question (issue 14): toggles edit the question in place, a pressed
/// message shows the choice and loses its keyboard, a spent button gets a toast and nothing
/// else, and charts come before the message that carries the buttons.
/// </summary>
public sealed class LiveMessageTelegramTests
{
    private const long Group = -1009876543;

    [Fact]
    public async Task Toggling_channels_edits_the_question_in_place_and_sends_no_new_message()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await CoachBotHost.StartAsync(api);
        var chat = new TelegramChat(api, chatId: 5201);
        await chat.Send("/start channels");
        await chat.Send("150 000");
        await chat.PressButton("a:channels.months:6");
        var question = chat.Last!;

        foreach (var channel in new[] { "search", "vk", "email" })
        {
            await chat.Toggle($"a:channels.list:{channel}");
        }

        await chat.Toggle("a:channels.list:email");
        await api.AssertNothingMoreTo(chat.ChatId);

        var live = api.Message(chat.ChatId, question.MessageId);
        Assert.Equal("✔️ Done (2 selected)", live.Buttons.Single(b => b.CallbackData == ButtonData.Answer("channels.list", MultiChoiceAnswer.Done)).Text);
        Assert.Equal(4, api.EditsOf(chat.ChatId, question.MessageId).Count);
        Assert.Empty(api.Rejections);
    }

    [Fact]
    public async Task Done_answers_the_toggled_question_and_the_message_keeps_the_choice_without_buttons()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await CoachBotHost.StartAsync(api);
        var chat = new TelegramChat(api, chatId: 5202, languageCode: "ru");
        await chat.Send("/start channels");
        await chat.Send("150 000");
        await chat.PressButton("a:channels.months:6");
        var question = chat.Last!;
        await chat.Toggle("a:channels.list:search");
        await chat.Toggle("a:channels.list:vk");

        var card = await chat.PressButton(ButtonData.Answer("channels.list", MultiChoiceAnswer.Done));

        Assert.NotEqual(question.MessageId, card[^1].MessageId);
        var spent = api.Message(chat.ChatId, question.MessageId);
        Assert.Empty(spent.Keyboard);
        Assert.EndsWith("✔️ Готово (выбрано: 2)", spent.Text);
        Assert.Equal(["search", "vk"], Session(bot, "tg:5202").Answers["channels.list"].Split(',').Order());
    }

    [Fact]
    public async Task A_pressed_menu_button_is_shown_on_its_message_and_the_keyboard_is_removed()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await CoachBotHost.StartAsync(api);
        var chat = new TelegramChat(api, chatId: 5203);
        await chat.Send("/start");
        var menu = chat.Last!;
        var label = chat.ButtonOfLast("go:coverage").Text;

        await chat.PressButton("go:coverage");

        var pressed = api.Message(chat.ChatId, menu.MessageId);
        Assert.Empty(pressed.Keyboard);
        Assert.EndsWith("✔️ " + label, pressed.Text);
        Assert.Single(api.EditsOf(chat.ChatId, menu.MessageId));
        Assert.Contains("What do you sell?", chat.Last!.Text);
    }

    [Fact]
    public async Task A_failed_edit_costs_neither_the_answer_nor_the_replies()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        api.Reject = call => call.Method.StartsWith("editMessage", StringComparison.OrdinalIgnoreCase) ? "Bad Request: message can't be edited" : null;
        await using var bot = await CoachBotHost.StartAsync(api);
        var chat = new TelegramChat(api, chatId: 5204);
        await chat.Send("/start channels");
        await chat.Send("150 000");

        await chat.PressButton("a:channels.months:6");
        // The toggle cannot edit its question: it comes as a new message instead.
        var again = await chat.PressButton("a:channels.list:search");

        Assert.Contains(again[0].Buttons, b => b.CallbackData == ButtonData.Answer("channels.list", MultiChoiceAnswer.Done) && b.Text.Contains('1'));
        Assert.Equal("6", Session(bot, "tg:5204").Answers["channels.months"]);
        await api.AssertNothingMoreTo(chat.ChatId);
        Assert.True(bot.Log.Errors.Count == 0, bot.Log.ToString());
    }

    [Fact]
    public async Task A_double_tap_gets_a_toast_and_no_second_message()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await CoachBotHost.StartAsync(api);
        var chat = new TelegramChat(api, chatId: 5205);
        await chat.Send("/start");
        var open = chat.ButtonOfLast("go:coverage").CallbackData!;

        // Both presses reach the bot before the first is answered, as a quick double tap does.
        var first = api.EnqueueCallback(chat.ChatId, open);
        var second = api.EnqueueCallback(chat.ChatId, open);
        await chat.Expect(1);

        Assert.Null(await api.WaitForCallbackAnswer(first, TelegramChat.Timeout));
        Assert.Equal("That button was already used or belongs to an earlier step.", await api.WaitForCallbackAnswer(second, TelegramChat.Timeout));
        await api.AssertNothingMoreTo(chat.ChatId);
    }

    [Fact]
    public async Task A_stale_answer_button_gets_a_toast_in_a_private_chat()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await CoachBotHost.StartAsync(api);
        var chat = new TelegramChat(api, chatId: 5206, languageCode: "ru");
        await chat.Send("/start");
        await chat.PressButton("go:coverage");
        await chat.Send("Хлеб");
        var old = chat.ButtonOfLast("a:coverage.audience:narrow").CallbackData!;
        await chat.Press(old);

        var toast = await chat.PressForToast(old);

        Assert.Equal("Эта кнопка уже сработала или относится к прошлому шагу.", toast);
        await api.AssertNothingMoreTo(chat.ChatId);
        Assert.Equal("coverage.budget", Session(bot, "tg:5206").State);
    }

    [Fact]
    public async Task A_stale_button_in_a_group_gets_a_toast_and_posts_nothing_to_the_group()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await CoachBotHost.StartAsync(api);
        api.EnqueueGroupText(Group, userId: 7101, "/start");
        await api.WaitForMessages(Group, 1, TelegramChat.Timeout);
        api.EnqueueGroupCallback(Group, userId: 7101, "go:coverage");
        await api.WaitForMessages(Group, 1, TelegramChat.Timeout);

        var late = api.EnqueueGroupCallback(Group, userId: 7102, "a:coverage.gone:1");

        Assert.Equal("This button belongs to an earlier question.", await api.WaitForCallbackAnswer(late, TelegramChat.Timeout));
        await api.AssertNothingMoreTo(Group, () =>
        {
            api.EnqueueGroupText(Group, userId: 7101, "/help");
            return Task.CompletedTask;
        });
    }

    [Fact]
    public async Task A_topic_card_sends_its_chart_before_the_message_with_the_buttons()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await CoachBotHost.StartAsync(api);
        var chat = new TelegramChat(api, chatId: 5207);

        var card = Assert.Single(await chat.Send("/learn funnel"));

        Assert.NotEmpty(card.Keyboard);
        var sends = api.Calls.Where(c => c["chat_id"] == "5207" && c.Method is "sendMessage" or "sendPhoto").Select(c => c.Method).ToList();
        Assert.Equal(["sendPhoto", "sendMessage"], sends);
    }

    private static Session Session(CoachBotHost bot, string chatKey) =>
        bot.Services.GetRequiredService<ISessionStore>().Find(chatKey) ?? throw new InvalidOperationException("No session saved for " + chatKey);
}
