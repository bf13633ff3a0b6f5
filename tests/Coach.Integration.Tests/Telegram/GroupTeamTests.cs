using System.Text.Json.Nodes;
using Coach.Bot.Telegram;
using Coach.Integration.Tests.Learn;
using Coach.Storage;
using Microsoft.Extensions.DependencyInjection;
using Telegram.Bot.Types.Enums;

namespace Coach.Integration.Tests.Telegram;

/// <summary>A group works with Coach as a team of two: threaded replies, one answer per question, one language, admins for /forget and /lang, no menu unasked; and inline mode.</summary>
public class GroupTeamTests
{
    private const long Group = -1009876543;
    private const long Anna = 7101;
    private const long Boris = 7102;

    [Fact]
    public async Task A_graded_answer_names_the_member_threaded_to_her_message_and_the_late_member_hears_it_is_answered()
    {
        using var storage = new TempStorage();
        PracticeScript.Seed(storage.FilePath, "tg:" + Group, "en", 4242);
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await CoachBotHost.StartAsync(api, storage);

        api.EnqueueGroupText(Group, Anna, "/learn@coach_test_bot practice cac", firstName: "Anna");
        var asked = api.LastMemberMessageId;
        var opening = await api.WaitForMessages(Group, 2, TelegramChat.Timeout);
        var question = opening[^1];
        api.EnqueueGroupText(Group, Anna, "12345", firstName: "Anna", replyTo: question.MessageId);
        var annas = api.LastMemberMessageId;
        api.EnqueueGroupText(Group, Boris, "999", firstName: "Boris", replyTo: question.MessageId);
        var boriss = api.LastMemberMessageId;
        var replies = await api.WaitForMessages(Group, 2, TelegramChat.Timeout);
        await api.AssertNothingMoreTo(Group, Help(api));

        Assert.Equal(asked, opening[0].ReplyTo);
        Assert.StartsWith("<b>Anna</b>: ", replies[0].Text);
        Assert.Equal(annas, replies[0].ReplyTo);
        Assert.Equal("Anna has already answered this one; the next question is above.", replies[1].Text);
        Assert.Equal(boriss, replies[1].ReplyTo);
        Assert.Empty(replies[1].Buttons);
    }

    [Fact]
    public async Task A_link_a_member_typed_is_not_a_link_when_coach_repeats_it_to_the_group()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await CoachBotHost.StartAsync(api);

        api.EnqueueGroupText(Group, Anna, "/start@coach_test_bot coverage", firstName: "Anna");
        await api.WaitForMessages(Group, 1, TelegramChat.Timeout);
        api.EnqueueGroupText(Group, Anna, "Bread, order at https://evil.example/pay or @fake_support", replyToBot: true, firstName: "Anna");
        await api.WaitForMessages(Group, 1, TelegramChat.Timeout);
        api.EnqueueGroupText(Group, Boris, "/status@coach_test_bot", firstName: "Boris");
        var status = await api.WaitForMessages(Group, 2, TelegramChat.Timeout);

        var echoed = Assert.Single(status, m => m.Text.Contains("evil.example", StringComparison.Ordinal));
        Assert.Contains("<code>https://evil.example/pay</code>", echoed.Text);
        Assert.Contains("<code>@fake_support</code>", echoed.Text);
        Assert.Empty(api.Rejections);
    }

    [Fact]
    public async Task A_stale_button_in_a_group_gets_a_toast_and_nothing_for_the_group()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await CoachBotHost.StartAsync(api);

        api.EnqueueGroupText(Group, Anna, "/start@coach_test_bot coverage", firstName: "Anna");
        await api.WaitForMessages(Group, 1, TelegramChat.Timeout);
        api.EnqueueGroupText(Group, Anna, "Team bakery", replyToBot: true, firstName: "Anna");
        var audience = Assert.Single(await api.WaitForMessages(Group, 1, TelegramChat.Timeout));
        api.EnqueueGroupCallback(Group, Anna, "a:coverage.audience:narrow", audience.MessageId, firstName: "Anna");
        var budget = Assert.Single(await api.WaitForMessages(Group, 1, TelegramChat.Timeout));
        var late = api.EnqueueGroupCallback(Group, Boris, "a:coverage.audience:wide", audience.MessageId, firstName: "Boris");
        var again = api.EnqueueGroupCallback(Group, Anna, "a:coverage.audience:wide", audience.MessageId, firstName: "Anna");
        await api.WaitForCall("answerCallbackQuery", c => c["callback_query_id"] == again, TelegramChat.Timeout);
        await api.AssertNothingMoreTo(Group, Help(api));

        Assert.Contains("What is your marketing budget like?", budget.Text);
        var toasts = api.CallsTo("answerCallbackQuery").ToDictionary(c => c["callback_query_id"]!, c => c["text"]);
        Assert.Equal("Anna has already answered this one; the next question is above.", toasts[late]);
        Assert.Equal("This button belongs to an earlier question.", toasts[again]);
        Assert.Equal("narrow", bot.Services.GetRequiredService<LiteDbSessionStore>().Find("tg:" + Group)!.Answer("coverage.audience"));
    }

    [Fact]
    public async Task A_group_keeps_the_first_members_language_whoever_answers()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await CoachBotHost.StartAsync(api);

        api.EnqueueGroupText(Group, Anna, "/start@coach_test_bot coverage", languageCode: "ru", firstName: "Анна");
        var first = Assert.Single(await api.WaitForMessages(Group, 1, TelegramChat.Timeout));
        api.EnqueueGroupText(Group, Boris, "Bakery", replyToBot: true, languageCode: "en", firstName: "Boris");
        var next = Assert.Single(await api.WaitForMessages(Group, 1, TelegramChat.Timeout));

        Assert.Contains("Что вы продаёте?", first.Text);
        Assert.Contains("Кому нужен ваш продукт?", next.Text);
    }

    [Fact]
    public async Task Only_a_chat_admin_may_forget_or_change_the_language_and_only_the_admin_who_asked_confirms()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        api.ChatAdmins.Add(Anna);
        await using var bot = await CoachBotHost.StartAsync(api);
        var store = bot.Services.GetRequiredService<LiteDbSessionStore>();
        api.EnqueueGroupText(Group, Anna, "/start@coach_test_bot coverage", firstName: "Anna");
        await api.WaitForMessages(Group, 1, TelegramChat.Timeout);

        api.EnqueueGroupText(Group, Boris, "/forget@coach_test_bot", firstName: "Boris");
        var borisForgets = api.LastMemberMessageId;
        var refused = Assert.Single(await api.WaitForMessages(Group, 1, TelegramChat.Timeout));
        api.EnqueueGroupText(Group, Boris, "/lang ru", firstName: "Boris");
        var noLanguage = Assert.Single(await api.WaitForMessages(Group, 1, TelegramChat.Timeout));
        api.EnqueueGroupText(Group, Anna, "/forget", firstName: "Anna");
        var confirm = Assert.Single(await api.WaitForMessages(Group, 1, TelegramChat.Timeout));
        var borisConfirms = api.EnqueueGroupCallback(Group, Boris, "c:forget.yes", confirm.MessageId, firstName: "Boris");
        await api.WaitForCall("answerCallbackQuery", c => c["callback_query_id"] == borisConfirms, TelegramChat.Timeout);
        Assert.NotNull(store.Find("tg:" + Group));
        api.EnqueueGroupCallback(Group, Anna, "c:forget.yes", confirm.MessageId, firstName: "Anna");
        var done = Assert.Single(await api.WaitForMessages(Group, 1, TelegramChat.Timeout));

        Assert.Equal("In a group only a chat admin can use /forget.", refused.Text);
        Assert.Equal(borisForgets, refused.ReplyTo);
        Assert.Equal("In a group only a chat admin can use /lang.", noLanguage.Text);
        Assert.Contains("permanently delete everything", confirm.Text);
        Assert.Equal("Only Anna, who asked for /forget, can confirm it.", api.CallsTo("answerCallbackQuery").Single(c => c["callback_query_id"] == borisConfirms)["text"]);
        Assert.Contains("all your data has been deleted", done.Text);
        Assert.Null(store.Find("tg:" + Group));
        Assert.Contains(api.CallsTo("getChatMember"), c => c["user_id"] == Boris.ToString() && c["chat_id"] == Group.ToString());
    }

    [Fact]
    public async Task A_group_sees_the_main_menu_only_when_it_asks_for_it()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await CoachBotHost.StartAsync(api);
        api.EnqueueGroupText(Group, Anna, "/start@coach_test_bot coverage", firstName: "Anna");
        await api.WaitForMessages(Group, 1, TelegramChat.Timeout);

        api.EnqueueGroupText(Group, Anna, "/cancel@coach_test_bot", firstName: "Anna");
        var cancelled = Assert.Single(await api.WaitForMessages(Group, 1, TelegramChat.Timeout));
        api.EnqueueGroupText(Group, Anna, "/menu@coach_test_bot", firstName: "Anna");
        var menu = Assert.Single(await api.WaitForMessages(Group, 1, TelegramChat.Timeout));

        Assert.Contains("You have left", cancelled.Text);
        Assert.DoesNotContain("What shall we work on?", cancelled.Text);
        Assert.Empty(cancelled.Buttons);
        Assert.Contains(menu.Buttons, b => b.CallbackData == "go:coverage");
    }

    [Theory]
    [InlineData("en", "cac 90000 80", "1,125")]
    [InlineData("ru", "cac 90000 80", "1 125")]
    [InlineData("en", "spent 90k on ads, got 80 clients", "1,125")]
    public async Task An_inline_query_answers_with_the_kpi_as_an_article(string language, string query, string value)
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await CoachBotHost.StartAsync(api);

        var id = api.EnqueueInlineQuery(7201, query, language);
        await api.WaitForCall("answerInlineQuery", c => c["inline_query_id"] == id, TelegramChat.Timeout);

        var article = Assert.Single(Results(api, id))!;
        Assert.Equal("article", article["type"]!.GetValue<string>());
        Assert.Contains(value, article["title"]!.GetValue<string>());
        Assert.Contains("CAC", article["description"]!.GetValue<string>());
        var content = article["input_message_content"]!;
        Assert.Contains(value, content["message_text"]!.GetValue<string>());
        Assert.Equal("html", content["parse_mode"]!.GetValue<string>(), ignoreCase: true);
        Assert.Null(TelegramHtml.Check(content["message_text"]!.GetValue<string>(), out _));
        Assert.Contains(UpdateType.InlineQuery, PollingService.Wanted);
        Assert.Null(bot.Services.GetRequiredService<LiteDbSessionStore>().Find("tg:7201"));
    }

    [Theory]
    [InlineData("en", "what is this", "Type a metric and its numbers")]
    [InlineData("ru", "", "Напишите метрику и её числа")]
    public async Task An_unreadable_inline_query_answers_with_the_format_and_an_example(string language, string query, string title)
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await CoachBotHost.StartAsync(api);

        var id = api.EnqueueInlineQuery(7202, query, language);
        await api.WaitForCall("answerInlineQuery", c => c["inline_query_id"] == id, TelegramChat.Timeout);

        var article = Assert.Single(Results(api, id))!;
        Assert.Equal(title, article["title"]!.GetValue<string>());
        Assert.Contains("<code>cac 90000 80</code>", article["input_message_content"]!["message_text"]!.GetValue<string>());
        Assert.Contains("cac 90000 80", article["description"]!.GetValue<string>());
    }

    private static JsonArray Results(FakeBotApiServer api, string id) =>
        (JsonArray)api.CallsTo("answerInlineQuery").Single(c => c["inline_query_id"] == id).Parameters["results"]!;

    private static Func<Task> Help(FakeBotApiServer api) => () =>
    {
        api.EnqueueGroupText(Group, Anna, "/help@coach_test_bot", firstName: "Anna");
        return Task.CompletedTask;
    };
}
