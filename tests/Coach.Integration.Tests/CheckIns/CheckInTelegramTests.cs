using Coach.Integration.Tests.Support;
using Coach.Bot.Telegram;
using Coach.Core.Dialogue;
using Coach.Integration.Tests.Telegram;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Coach.Integration.Tests.CheckIns;

/// <summary>
/// Weekly check-ins through the real Telegram.Bot client and the fake Bot API, with the host's clock moved by the test:
/// the check-in arrives once when due, its answer gets the plan-against-actual review, a downtime gives one check-in at
/// the next start, and a chat that blocked the bot gets no more.
/// </summary>
public sealed class CheckInTelegramTests
{
    // Wednesday 2 December 2026, 09:00 UTC.
    private static readonly DateTimeOffset Start = new(2026, 12, 2, 9, 0, 0, TimeSpan.Zero);

    internal static async Task PlanAndTurnOn(TelegramChat chat)
    {
        await chat.Send("/kpi cac 90000 80");
        await chat.Send("/start channels");
        await chat.Send("50 000");
        await chat.Send("6");
        var card = await chat.Send("search, vk, email");
        Assert.Contains("/checkins sets it up.", card[^1].Text);

        await chat.Send("/checkins");
        await chat.PressButton("c:checkins:on");
        await chat.PressButton("a:checkins.day:monday");
        await chat.PressButton("a:checkins.hour:10");
        var saved = (await chat.PressButton("a:checkins.zone:="))[^1];

        Assert.Contains("every Monday at 10:00 (UTC). Next one: Dec 7, 10:00", saved.Text);
    }

    // Moves the clock and waits for the scheduler to look at it once more.
    private static async Task Move(CoachBotHost bot, FakeTimeProvider time, DateTimeOffset to)
    {
        var scheduler = bot.Services.GetRequiredService<CheckInScheduler>();
        var before = scheduler.Rounds;
        time.SetUtcNow(to);
        await Eventually.Holds(() => scheduler.Rounds > before);
    }

    [Fact]
    public async Task A_due_check_in_arrives_once_and_its_answer_gets_the_plan_against_actual()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        using var storage = new TempStorage();
        var time = new FakeTimeProvider(Start);
        await using var bot = await CoachBotHost.StartAsync(api, storage, time);
        var chat = new TelegramChat(api, chatId: 4701);
        await Eventually.Holds(() => bot.Services.GetRequiredService<CheckInScheduler>().Rounds > 0);
        await PlanAndTurnOn(chat);

        await Move(bot, time, new DateTimeOffset(2026, 12, 7, 10, 0, 0, TimeSpan.Zero));
        var checkIn = (await chat.Expect(1))[0];
        Assert.Contains("How did the week go?</b> (Nov 30 – Dec 6)", checkIn.Text);

        // An hour later, and again: nothing more for that week.
        await Move(bot, time, new DateTimeOffset(2026, 12, 7, 11, 0, 0, TimeSpan.Zero));
        await Move(bot, time, new DateTimeOffset(2026, 12, 7, 11, 1, 0, TimeSpan.Zero));
        Assert.Empty(api.UnreadMessages(chat.ChatId));

        var review = (await chat.Send("VK 12000 9; Search 8000 3"))[^1];
        Assert.Contains("Plan against actual, Nov 30 – Dec 6", review.Text);
        Assert.Contains("<b>VK</b>: spent 12,000", review.Text);
        Assert.Contains("➕ Feed VK", review.Text);
        Assert.Contains("Next check-in: Dec 14, 10:00.", review.Text);
        await api.AssertNothingMoreTo(chat.ChatId);
    }

    [Fact]
    public async Task A_check_in_missed_while_coach_was_down_is_sent_once_at_the_next_start()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        using var storage = new TempStorage();
        var chat = new TelegramChat(api, chatId: 4702);
        await using (var first = await CoachBotHost.StartAsync(api, storage, new FakeTimeProvider(Start)))
        {
            await PlanAndTurnOn(chat);
        }

        // Down for three Mondays: one check-in, for the latest week, at the start.
        var later = new FakeTimeProvider(new DateTimeOffset(2026, 12, 23, 8, 0, 0, TimeSpan.Zero));
        await using (var second = await CoachBotHost.StartAsync(api, storage, later))
        {
            var checkIn = (await chat.Expect(1))[0];
            Assert.Contains("(Dec 14 – Dec 20)", checkIn.Text);
            await Move(second, later, later.GetUtcNow().AddMinutes(5));
            await api.AssertNothingMoreTo(chat.ChatId);

            // The sentinel's /help is followed by the question the chat is at: the check-in, still open.
            Assert.Contains("How did the week go?", (await chat.Expect(1))[0].Text);
            Assert.Equal(new DateTime(2026, 12, 28, 10, 0, 0, DateTimeKind.Utc), second.Services.GetRequiredService<DialogueEngine>().Peek("tg:4702")!.CheckIns.NextDueUtc);

            // The sentinel's update marked done, so the next start does not answer it again with the open question.
            await Eventually.Holds(() => second.Services.GetRequiredService<UpdateDispatcher>().Pending == 0);
        }

        // Started again the same week, unanswered: no second check-in for that week.
        var again = new FakeTimeProvider(new DateTimeOffset(2026, 12, 24, 9, 0, 0, TimeSpan.Zero));
        await using var third = await CoachBotHost.StartAsync(api, storage, again);
        await Eventually.Holds(() => third.Services.GetRequiredService<CheckInScheduler>().Rounds > 0);
        await api.AssertNothingMoreTo(chat.ChatId);
    }

    [Fact]
    public async Task A_check_in_whose_send_a_stop_cut_is_sent_once_from_the_outbox_at_the_next_start()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        using var storage = new TempStorage();
        var chat = new TelegramChat(api, chatId: 4705);
        var monday = new DateTimeOffset(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);
        var time = new FakeTimeProvider(Start);
        await using (var first = await CoachBotHost.StartAsync(api, storage, time))
        {
            await PlanAndTurnOn(chat);

            // The week is marked sent and the check-in kept with it; Telegram never answers the send, and Coach stops.
            var never = new TaskCompletionSource();
            api.Hold = call => call.Method == "sendMessage" && call["chat_id"] == "4705" ? never.Task : null;
            await Move(first, time, monday);
            await api.WaitForHeldCall("sendMessage", TelegramChat.Timeout);
        }

        api.Hold = null;
        using (var file = new Coach.Storage.LiteDbFile(storage.FilePath))
        {
            var kept = Assert.Single(new Coach.Storage.LiteDbUpdateInbox(file).Pending());
            Assert.True(kept.Id < 0 && kept.Replies?.Count == 1 && kept.Sent == 0, $"entry {kept.Id}: sent {kept.Sent} of {kept.Replies?.Count}");
            Assert.Equal("2026-11-30", new Coach.Storage.LiteDbSessionStore(file).Find("tg:4705")!.CheckIns.SentWeek);
        }

        // Started again the same day: the check-in as it was decided, once, and no second one for the week.
        var again = new FakeTimeProvider(monday.AddMinutes(30));
        await using var second = await CoachBotHost.StartAsync(api, storage, again);
        Assert.Contains("How did the week go?</b> (Nov 30 – Dec 6)", Assert.Single(await chat.Expect(1)).Text);
        await Move(second, again, monday.AddHours(2));
        var review = (await chat.Send("VK 12000 9; Search 8000 3"))[^1];
        Assert.Contains("Plan against actual, Nov 30 – Dec 6", review.Text);
        await api.AssertNothingMoreTo(chat.ChatId);
        await Eventually.Holds(() => second.Services.GetRequiredService<UpdateDispatcher>().Pending == 0);
    }

    [Fact]
    public async Task A_check_in_due_while_the_user_answers_a_question_is_a_note_and_the_question_keeps_its_answer()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        using var storage = new TempStorage();
        var time = new FakeTimeProvider(Start);
        await using var bot = await CoachBotHost.StartAsync(api, storage, time);
        var chat = new TelegramChat(api, chatId: 4706, languageCode: "ru");
        await Eventually.Holds(() => bot.Services.GetRequiredService<CheckInScheduler>().Rounds > 0);
        await chat.Send("/kpi cac 90000 80");
        await chat.Send("/start channels");
        await chat.Send("50 000");
        await chat.Send("6");
        await chat.Send("Поиск, ВКонтакте, Электронная почта");
        await chat.Send("/checkins");
        await chat.PressButton("c:checkins:on");
        await chat.PressButton("a:checkins.day:monday");
        await chat.PressButton("a:checkins.hour:10");
        await chat.PressButton("a:checkins.zone:=");
        await chat.Send("/start");
        Assert.Contains("Что вы продаёте?", Assert.Single(await chat.PressButton("go:coverage")).Text);

        await Move(bot, time, new DateTimeOffset(2026, 12, 7, 7, 0, 0, TimeSpan.Zero));
        var note = Assert.Single(await chat.Expect(1));
        Assert.Contains("Пора подвести итоги недели (30.11–06.12). Вопрос выше ждёт ответа", note.Text);

        // The typed answer is the question's; /checkin asks for the week when the user is ready.
        Assert.Contains("Кому нужен ваш продукт?", Assert.Single(await chat.Send("Хлеб на закваске")).Text);
        Assert.Contains("Как прошла неделя?</b> (30.11–06.12)", (await chat.Send("/checkin"))[^1].Text);
        Assert.Contains("План и факт, 30.11–06.12", (await chat.Send("ВКонтакте 12 000 9; Поиск 8000 2"))[0].Text);
        await Move(bot, time, new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));
        await api.AssertNothingMoreTo(chat.ChatId);
    }

    [Fact]
    public async Task Check_ins_stop_with_a_russian_word()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        using var storage = new TempStorage();
        var time = new FakeTimeProvider(Start);
        await using var bot = await CoachBotHost.StartAsync(api, storage, time);
        var chat = new TelegramChat(api, chatId: 4707);
        await PlanAndTurnOn(chat);

        Assert.Contains("Check-ins are off", (await chat.Send("/checkins стоп"))[^1].Text);
        await Move(bot, time, new DateTimeOffset(2026, 12, 7, 10, 0, 0, TimeSpan.Zero));
        await api.AssertNothingMoreTo(chat.ChatId);
    }

    [Fact]
    public async Task A_chat_that_blocked_the_bot_gets_no_more_check_ins()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        using var storage = new TempStorage();
        var time = new FakeTimeProvider(Start);
        await using var bot = await CoachBotHost.StartAsync(api, storage, time);
        var chat = new TelegramChat(api, chatId: 4703);
        await Eventually.Holds(() => bot.Services.GetRequiredService<CheckInScheduler>().Rounds > 0);
        await PlanAndTurnOn(chat);

        api.InjectFaults("sendMessage", new BotApiFault.Blocked());
        await Move(bot, time, new DateTimeOffset(2026, 12, 7, 10, 0, 0, TimeSpan.Zero));
        var engine = bot.Services.GetRequiredService<DialogueEngine>();
        await Eventually.Holds(() => engine.Peek("tg:4703")?.CheckIns.On == false);

        await Move(bot, time, new DateTimeOffset(2026, 12, 14, 10, 0, 0, TimeSpan.Zero));
        Assert.Null(engine.Peek("tg:4703")!.CheckIns.NextDueUtc);
        Assert.Contains(bot.Log.Entries, e => e.Contains("403", StringComparison.Ordinal));
        await api.AssertNothingMoreTo(chat.ChatId);
    }
}

/// <summary>A month of check-ins over Telegram in Russian: three weeks answered, one skipped, the monthly review with its chart, and the reallocation accepted.</summary>
public sealed class CheckInMonthTelegramTests
{
    [Fact]
    public async Task A_month_of_check_ins_brings_the_monthly_review_with_its_chart_and_the_plan_takes_the_reallocation()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        using var storage = new TempStorage();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero));
        await using var bot = await CoachBotHost.StartAsync(api, storage, time);
        var scheduler = bot.Services.GetRequiredService<CheckInScheduler>();
        var chat = new TelegramChat(api, chatId: 4704, languageCode: "ru");
        await Eventually.Holds(() => scheduler.Rounds > 0);

        await chat.Send("/kpi cac 90000 80");
        await chat.Send("/start channels");
        await chat.Send("50 000");
        await chat.Send("6");
        await chat.Send("Поиск, ВКонтакте, Электронная почта");
        await chat.Send("/checkins");
        await chat.PressButton("c:checkins:on");
        await chat.PressButton("a:checkins.day:monday");
        await chat.PressButton("a:checkins.hour:10");
        Assert.Contains("по понедельникам в 10:00 (UTC+3)", (await chat.PressButton("a:checkins.zone:="))[^1].Text);

        async Task<IReadOnlyList<SentMessage>> Week(int day, string answer, int replies = 1)
        {
            var before = scheduler.Rounds;
            time.SetUtcNow(new DateTimeOffset(2026, 12, day, 7, 0, 0, TimeSpan.Zero));
            await Eventually.Holds(() => scheduler.Rounds > before);
            Assert.Contains("Как прошла неделя?", (await chat.Expect(1))[0].Text);
            return await chat.Send(answer, replies);
        }

        await Week(7, "ВКонтакте 12 000 9; Поиск 8000 2");
        await Week(14, "/skip");
        await Week(21, "ВКонтакте 12 000 8; Поиск 8000 1");

        // The week's review, then the month's review with its chart as a photo.
        var month = await Week(28, "ВКонтакте 12 000 10; Поиск 8000 3", replies: 2);
        await api.WaitForCall("sendPhoto", c => c["chat_id"] == "4704", TelegramChat.Timeout);
        Assert.Contains("План и факт, 21.12–27.12", month[0].Text);
        Assert.Contains("Итоги месяца</b>, 30.11–27.12", month[1].Text);
        Assert.Contains("перенести 4 500 ₽ в месяц из канала Поиск в ВКонтакте", month[1].Text);
        var photo = Assert.Single(api.Files, f => f.ChatId == chat.ChatId);
        Assert.Equal(("sendPhoto", "checkins-month.png"), (photo.Method, photo.FileName));
        Assert.Equal([0x89, 0x50, 0x4E, 0x47], photo.Content.Take(4).ToArray());

        var accepted = (await chat.Press("c:checkins:accept"))[^1];
        Assert.Contains("Теперь план каналов делит деньги на кампании в месяц так:", accepted.Text);
        await api.AssertNothingMoreTo(chat.ChatId);
    }
}
