using Coach.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Coach.Integration.Tests.Telegram;

/// <summary>Group chats (commands by @name, replies, silence for chatter), edited messages, deep links.</summary>
public class GroupAndEditTests
{
    private const long Group = -1001234567;

    [Fact]
    public async Task A_group_gets_a_kpi_from_a_command_addressed_to_coach_by_name()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await CoachBotHost.StartAsync(api);

        api.EnqueueGroupText(Group, userId: 7001, "/kpi@coach_test_bot cac 90000 80");
        var replies = await api.WaitForMessages(Group, 1, TelegramChat.Timeout);

        Assert.Contains("1,125", replies[0].Text);
    }

    [Fact]
    public async Task Group_chatter_stickers_and_commands_for_other_bots_get_silence()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await CoachBotHost.StartAsync(api);

        api.EnqueueGroupText(Group, userId: 7001, "Morning everyone, the report is late again");
        api.EnqueueGroupSticker(Group, userId: 7002);
        api.EnqueueGroupText(Group, userId: 7001, "/kpi@OtherBot cac 1 1");
        api.EnqueueGroupText(Group, userId: 7001, "/kpi cac 50000 40");
        var replies = await api.WaitForMessages(Group, 1, TelegramChat.Timeout);
        await api.AssertNothingMoreTo(Group, HelpFromTheGroup(api));

        Assert.Contains("1,250", replies[0].Text);
    }

    [Fact]
    public async Task In_a_group_a_reply_to_coach_answers_its_question_and_the_group_has_its_own_session()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await CoachBotHost.StartAsync(api);
        var privateChat = new TelegramChat(api, chatId: 7001);
        await privateChat.Send("/start coverage");

        api.EnqueueGroupText(Group, userId: 7001, "/start@coach_test_bot coverage");
        var question = await api.WaitForMessages(Group, 1, TelegramChat.Timeout);
        api.EnqueueGroupText(Group, userId: 7001, "Team bakery", replyToBot: true);
        var next = await api.WaitForMessages(Group, 1, TelegramChat.Timeout);

        Assert.Contains("What do you sell?", question[0].Text);
        Assert.Contains("Who needs your product?", next[0].Text);
        var store = bot.Services.GetRequiredService<LiteDbSessionStore>();
        Assert.Equal("Team bakery", store.Find("tg:" + Group)!.Answer("coverage.product"));
        Assert.Null(store.Find("tg:7001")!.Answer("coverage.product"));
    }

    [Fact]
    public async Task While_getme_fails_a_reply_to_coach_in_a_group_still_reaches_it_and_commands_for_named_bots_wait()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        api.InjectFaults("getMe", new BotApiFault.ServerError(500), new BotApiFault.ServerError(500));
        await using var bot = await CoachBotHost.StartAsync(api, new Dictionary<string, string?> { ["Telegram:MaxRetries"] = "1" });
        await api.WaitForCall("setMyCommands", c => c["language_code"] == "ru", TelegramChat.Timeout);
        Assert.Equal(0, api.FaultsLeft);

        api.EnqueueGroupText(Group, userId: 7001, "/start coverage");
        var question = await api.WaitForMessages(Group, 1, TelegramChat.Timeout);
        api.EnqueueGroupText(Group, userId: 7001, "/kpi@OtherBot cac 1 1");
        api.EnqueueGroupText(Group, userId: 7001, "Team bakery", replyToBot: true);
        var next = await api.WaitForMessages(Group, 1, TelegramChat.Timeout);

        Assert.Contains("What do you sell?", question[0].Text);
        Assert.Contains("Who needs your product?", next[0].Text);
    }

    [Fact]
    public async Task A_mention_of_a_longer_bot_name_is_not_a_mention_of_coach()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await CoachBotHost.StartAsync(api);

        api.EnqueueGroupText(Group, userId: 7001, "@coach_test_bot_fan what do you think?");
        api.EnqueueGroupText(Group, userId: 7001, "@coach_test_bot");
        var replies = await api.WaitForMessages(Group, 1, TelegramChat.Timeout);
        await api.AssertNothingMoreTo(Group, HelpFromTheGroup(api));

        Assert.Contains("What shall we work on?", replies[0].Text);
    }

    [Fact]
    public async Task An_edited_message_gets_a_hint_and_changes_nothing()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await CoachBotHost.StartAsync(api);
        var chat = new TelegramChat(api, chatId: 7003, languageCode: "ru");
        await chat.Send("/start coverage");
        await chat.Send("Хлеб");

        api.EnqueueEdit(chat.ChatId, "Торты", "ru");
        var hint = await chat.Expect(1);

        Assert.Contains("Я читаю только новые сообщения", hint[0].Text);
        Assert.Equal("Хлеб", bot.Services.GetRequiredService<LiteDbSessionStore>().Find("tg:7003")!.Answer("coverage.product"));
    }

    [Fact]
    public async Task A_deep_link_opens_a_section_and_an_unknown_one_shows_the_menu_with_a_note()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await CoachBotHost.StartAsync(api);
        var chat = new TelegramChat(api, chatId: 7004);

        var kpi = await chat.Send("/start kpi");
        var unknown = await chat.Send("/start no_such_place");

        Assert.DoesNotContain("doesn't open anything", kpi[0].Text);
        Assert.Contains("That link doesn't open anything I know", unknown[0].Text);
        Assert.Contains(unknown[0].Buttons, b => b.CallbackData == "go:coverage");
    }

    private static Func<Task> HelpFromTheGroup(FakeBotApiServer api) => () =>
    {
        api.EnqueueGroupText(Group, userId: 7001, "/help@coach_test_bot");
        return Task.CompletedTask;
    };
}
