using System.Text.Json.Nodes;
using Coach.Core.Dialogue;
using Coach.Core.Flows.Learn;
using Coach.Core.Parsing;
using Coach.Integration.Tests.Learn;
using Microsoft.Extensions.DependencyInjection;

namespace Coach.Integration.Tests.Telegram;

/// <summary>Learning and a practice round end to end: the real host and Telegram.Bot client against the fake Bot API.</summary>
public sealed class LearnTelegramTests
{
    // A case's answer buttons carry the exercise's token: "a:{state}@{token}:{value}".
    internal static Task<IReadOnlyList<SentMessage>> Answer(TelegramChat chat, string state, string value, int replies = 1) =>
        chat.Press(AnswerData(chat, state, value), replies);

    internal static string AnswerData(TelegramChat chat, string state, string value) =>
        Assert.Single(chat.Last!.Buttons, b => b.CallbackData is { } data && data.StartsWith($"a:{state}@", StringComparison.Ordinal) && data.EndsWith(":" + value, StringComparison.Ordinal)).CallbackData!;

    [Fact]
    public async Task A_student_opens_a_topic_and_plays_a_practice_round_with_buttons_and_typed_answers()
    {
        using var storage = new TempStorage();
        const int seed = 31337;
        const long chatId = 4101;
        PracticeScript.Seed(storage.FilePath, "tg:" + chatId, "ru", seed);
        var round = new PracticeScript(seed);
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await CoachBotHost.StartAsync(api, storage);
        var chat = new TelegramChat(api, chatId, languageCode: "ru");

        var groups = Assert.Single(await chat.Send("/learn"));
        Assert.Equal(4, groups.Keyboard.Count);
        var kpis = Assert.Single(await chat.PressButton("c:learn:group kpis"));
        Assert.Contains(kpis.Buttons, b => b.CallbackData == "c:learn" && b.Text == "⬅️ Все разделы");
        var topic = Assert.Single(await chat.PressButton("c:learn:cac"));
        Assert.Contains("(30 000 + 25 000 + 15 000 + 20 000) ÷ 80 = 90 000 ₽ ÷ 80 = 1 125 ₽", topic.Text);
        Assert.Equal("go:kpi_cac", chat.ButtonOfLast("go:").CallbackData);

        // 1: the case, picked wrongly on purpose: the feedback gives the reasons criterion by criterion.
        var opening = await chat.Press("c:learn:practice", replies: 3);
        Assert.Contains("Раунд из 5 упражнений", opening[0].Text);
        Assert.Contains(round.Case.Text["ru"], opening[1].Text);
        var wrong = round.Case.Recommendation.Strategy == Core.Domain.Coverage.CoverageStrategy.Mass ? "concentrated" : "mass";
        await Answer(chat, "learn_case.strategy", wrong);
        if (round.Case.AsksModel)
        {
            await Answer(chat, "learn_case.model", round.Case.StatedModel!);
        }

        Assert.Contains("❌ <b>Не совсем.</b>", chat.Last!.Text);
        Assert.Contains("Почему — по каждому критерию:", chat.Last.Text);

        // 2: CAC, first with a word instead of a number, then with the number typed the Russian way.
        await chat.PressButton("c:learn:practice", replies: 2);
        var retry = await chat.Send("много", replies: 2);
        Assert.Contains("Не получилось прочитать число.", retry[0].Text);
        var cac = Assert.Single(await chat.Send(NumberFormatter.Format(round.Cac.Answer, "ru", NumberUnit.Rub)));
        Assert.Contains("✅ <b>Верно:", cac.Text);
        Assert.Contains("CAC = расходы на маркетинг ÷ новые клиенты = ", cac.Text);

        // 3: the flawed goal, rewritten; 4: a case with the mix model, right; 5: ROI, wrong.
        await chat.PressButton("c:learn:practice", replies: 2);
        Assert.Contains("✅ <b>Все пять критериев выполнены.</b>", Assert.Single(await chat.Send(round.Goal.Better["ru"])).Text);
        await chat.PressButton("c:learn:practice", replies: 2);
        await Answer(chat, "learn_case.strategy", round.MixCase.Recommendation.Strategy.ToString().ToLowerInvariant());
        await Answer(chat, "learn_case.model", round.MixCase.StatedModel!);
        Assert.Contains("✅ <b>Модель микса:", chat.Last!.Text);
        await chat.PressButton("c:learn:practice", replies: 2);
        var last = Assert.Single(await chat.Send(NumberFormatter.Format(round.Roi.Answer + 25, "ru", NumberUnit.Percent)));
        Assert.Contains("❌ <b>Не совсем:</b>", last.Text);
        Assert.Contains("Раунд окончен: верно 3 из 5.", last.Text);

        var progress = Assert.Single(await chat.Send("/progress"));
        Assert.Contains("🔥 Серия: 1 день подряд", progress.Text);
        Assert.Contains("❌ ROI: 0 из 1", progress.Text);
        Assert.Contains("Следующий раунд начнётся с этих тем: ROI, ", progress.Text);

        var saved = bot.Services.GetRequiredService<ISessionStore>().Find("tg:" + chatId)!.Learning;
        Assert.Equal(1, saved.Score("coverage")!.Wrong);
        Assert.False(saved.Score("roi")!.LastRight);
        Assert.Null(saved.Current);
        Assert.Empty(api.Rejections);
        Assert.True(bot.Log.Errors.Count == 0, bot.Log.ToString());
    }

    [Fact]
    public async Task Learn_and_progress_are_in_the_command_menu_in_both_languages()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await CoachBotHost.StartAsync(api);

        await api.WaitForCall("setMyCommands", c => c["language_code"] == "ru", TelegramChat.Timeout);
        await api.WaitForCall("setMyCommands", c => c["language_code"] == "en", TelegramChat.Timeout);

        var calls = api.CallsTo("setMyCommands");
        Assert.Contains(("learn", "Темы, практические кейсы и упражнения"), Commands(calls.Single(c => c["language_code"] == "ru")));
        Assert.Contains(("progress", "My practice scores and streak"), Commands(calls.Single(c => c["language_code"] == "en")));
    }

    [Fact]
    public async Task An_unknown_topic_is_answered_with_the_list_in_two_messages()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await CoachBotHost.StartAsync(api);
        var chat = new TelegramChat(api, chatId: 4102);

        var replies = await chat.Send("/learn astrology", replies: 2);

        Assert.Contains("I don't have a topic called “astrology”", replies[0].Text);
        Assert.Contains(replies[1].Buttons, b => b.CallbackData == ButtonData.Command(LearnCommand.Name, "group strategy"));
        Assert.Empty(api.Rejections);
    }

    [Fact]
    public async Task A_button_of_the_previous_case_pressed_in_telegram_is_stale_and_changes_nothing()
    {
        using var storage = new TempStorage();
        const long chatId = 4103;
        PracticeScript.Seed(storage.FilePath, "tg:" + chatId, "en", 4242);
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await CoachBotHost.StartAsync(api, storage);
        var chat = new TelegramChat(api, chatId);
        var store = bot.Services.GetRequiredService<ISessionStore>();

        await chat.Send("/learn practice coverage", replies: 2);
        var first = PracticeFlows.CurrentCase(store.Find("tg:" + chatId)!)!;
        var strategy = first.Recommendation.Strategy.ToString().ToLowerInvariant();
        var old = AnswerData(chat, "learn_case.strategy", strategy);
        await Answer(chat, "learn_case.strategy", strategy);
        if (first.AsksModel)
        {
            await Answer(chat, "learn_case.model", first.StatedModel!);
        }

        await chat.PressButton("c:learn:practice coverage", replies: 2);
        var second = store.Find("tg:" + chatId)!.Learning.Current!;
        Assert.Equal("That button was already used or belongs to an earlier step.", await chat.PressForToast(old));
        await api.AssertNothingMoreTo(chat.ChatId);

        var session = store.Find("tg:" + chatId)!;
        Assert.Equal(second.Seed, session.Learning.Current!.Seed);
        Assert.Equal(1, session.Learning.Score("coverage")!.Total);
        Assert.Empty(api.Rejections);
    }

    private static IReadOnlyList<(string, string)> Commands(BotApiCall call) =>
        ((JsonArray)call.Parameters["commands"]!).Select(c => (c!["command"]!.GetValue<string>(), c["description"]!.GetValue<string>())).ToList();
}
