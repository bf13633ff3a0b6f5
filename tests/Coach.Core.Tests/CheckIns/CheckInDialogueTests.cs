using Coach.Core.Dialogue;
using Coach.Core.Domain.CheckIns;
using Coach.Core.Flows.CheckIns;
using Coach.Core.Tests.Support;

namespace Coach.Core.Tests.CheckIns;

/// <summary>
/// Check-ins through the engine: offered after the channel plan, set up with a day, an hour and a time zone, run by the
/// clock once a week (never twice, one after a downtime), answered in one line, and reviewed plan against actual.
/// </summary>
public class CheckInDialogueTests
{
    // Wednesday 2 December 2026, 09:00 UTC.
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 9, 0, 0, TimeSpan.Zero);

    internal static ChatDriver Planned(ManualClock clock, string language = "en")
    {
        var chat = new ChatDriver(language, time: clock);
        chat.Send("/start smart").Choose(":customers").Send("40");
        chat.Send(language == "ru" ? "привлекать 90 новых клиентов в месяц к 1 июня" : "get 90 new customers a month by June 1");
        chat.Send(language == "ru" ? "/kpi каналы ВКонтакте 30 000 40 20; Яндекс Директ 48 000 120 16" : "/kpi channels VK 30 000 40 20; Yandex Direct 48 000 120 16");
        chat.Send("/start channels").Send("50 000").Choose(":6").Send(language == "ru" ? "Поиск, ВКонтакте, Электронная почта" : "search, vk, email");
        return chat;
    }

    internal static ChatDriver CheckInsOn(ManualClock clock, string language = "en", string zone = "keep")
    {
        var chat = Planned(clock, language);
        chat.Send("/checkins").Press(ButtonData.Command(CheckInsFlow.Name, CheckInsFlow.On)).Choose(":monday").Choose(":10");
        return zone == "keep" ? chat.Choose(":=") : chat.Send(zone);
    }

    private static ChatDriver Tick(ChatDriver chat) => chat.Run(UserInput.Scheduled(chat.ChatId, CheckInFlow.Name));

    [Fact]
    public void The_channel_plan_offers_check_ins_once()
    {
        var chat = Planned(new ManualClock(Now));

        Assert.Contains("Shall I come back once a week", chat.Last.Text);
        Assert.Contains("/checkins sets it up.", chat.Last.Text);
        chat.Send("/start channels").Choose(":=").Choose(":6").Press(ButtonData.Answer("channels.list", "done"));
        Assert.DoesNotContain("Shall I come back once a week", chat.Text);
    }

    [Fact]
    public void Check_ins_are_set_up_in_the_users_time_zone_and_shown_by_the_command()
    {
        var clock = new ManualClock(Now);
        var chat = CheckInsOn(clock, zone: "Novosibirsk");

        var settings = chat.Session.CheckIns;
        Assert.True(settings.On);
        Assert.Equal(420, settings.OffsetMinutes);

        // Monday 7 December, 10:00 in Novosibirsk is 03:00 UTC.
        Assert.Equal(new DateTime(2026, 12, 7, 3, 0, 0, DateTimeKind.Utc), settings.NextDueUtc);
        Assert.Contains("every Monday at 10:00 (UTC+7). Next one: Dec 7, 10:00", chat.Text);

        chat.Send("/checkins");
        Assert.Contains("every Monday at 10:00 (UTC+7)", chat.Last.Text);
        chat.Press(ButtonData.Command(CheckInsFlow.Name, CheckInsFlow.Stop));
        Assert.False(chat.Session.CheckIns.On);
        Assert.Null(chat.Session.CheckIns.NextDueUtc);
    }

    [Fact]
    public void A_russian_chat_keeps_moscow_time_by_default()
    {
        var chat = CheckInsOn(new ManualClock(Now), "ru");

        Assert.Equal(180, chat.Session.CheckIns.OffsetMinutes);
        Assert.Contains("по понедельникам в 10:00 (UTC+3)", chat.Text);
    }

    [Fact]
    public void An_unknown_time_zone_is_asked_again_with_an_example()
    {
        var chat = Planned(new ManualClock(Now));
        chat.Press(ButtonData.Command(CheckInsFlow.Name, CheckInsFlow.On)).Choose(":monday").Choose(":10").Send("Atlantis");

        Assert.Contains("I don't know the time zone “Atlantis”", chat.Text);
        Assert.Equal(CheckInsFlow.Key("zone"), chat.State);
    }

    [Fact]
    public void The_clock_sends_a_check_in_once_a_week_and_the_answer_is_reviewed_against_the_plan()
    {
        var clock = new ManualClock(Now);
        var chat = CheckInsOn(clock);

        // Before Monday 10:00 UTC nothing is due; the clock's turn says nothing.
        clock.Now = new DateTimeOffset(2026, 12, 7, 9, 59, 0, TimeSpan.Zero);
        Assert.Empty(Tick(chat).Replies);

        clock.Now = new DateTimeOffset(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);
        Tick(chat);
        Assert.Equal(CheckInFlow.Key("report"), chat.State);
        Assert.Contains("How did the week go?</b> (Nov 30 – Dec 6)", chat.Last.Text);
        Assert.Contains("• Search: ", chat.Last.Text);
        Assert.Contains("• VK: ", chat.Last.Text);

        // The same week never comes twice.
        clock.Now = clock.Now.AddHours(1);
        Assert.Empty(Tick(chat).Replies);

        chat.Send("VK 12000 9; Яндекс Директ 8 000 3");
        var review = chat.Text;
        Assert.Contains("Plan against actual, Nov 30 – Dec 6", review);
        Assert.Contains("✅ <b>VK</b>: spent 12,000 (plan 2,769) · 9 customers (plan ≈ 2.8) · CAC 1,333 (plan 1,500)", review);
        Assert.Contains("✅ <b>Search</b>: spent 8,000 (plan 4,038) · 3 customers (plan ≈ 2.1) · CAC 2,667 (plan 3,000)", review);
        Assert.Contains("<b>In total</b>: spent 20,000 against 6,808 planned, 12 new customers against ≈ 4.9, CAC 1,667.", review);
        Assert.Contains("Behind the goal: it needs ≈ 21 customers a week (90 a month), and this week brought 12, 9 short.", review);
        Assert.Contains("➕ Feed VK: a customer there costs 1,333", review);
        Assert.Contains("➖ Cut Search: 8,000 for 3 customers, CAC 2,667 against 1,333 in VK.", review);
        Assert.Contains("Next check-in: Dec 14, 10:00.", review);
        Assert.Equal(DialogueStates.Menu, chat.State);
        var week = Assert.Single(chat.Session.CheckIns.Weeks);
        Assert.Equal("2026-11-30", week.Week);
        Assert.Equal([new CheckInRow("vk", 12000, 9), new CheckInRow("search", 8000, 3)], week.Rows);
    }

    [Fact]
    public void After_a_downtime_of_weeks_one_check_in_comes_for_the_latest_week()
    {
        var clock = new ManualClock(Now);
        var chat = CheckInsOn(clock);

        clock.Now = new DateTimeOffset(2026, 12, 23, 15, 0, 0, TimeSpan.Zero);
        Tick(chat);
        Assert.Contains("(Dec 14 – Dec 20)", chat.Last.Text);
        Assert.Empty(Tick(chat).Replies);
        Assert.Equal(new DateTime(2026, 12, 28, 10, 0, 0, DateTimeKind.Utc), chat.Session.CheckIns.NextDueUtc);
    }

    [Fact]
    public void A_skipped_week_is_fine_and_a_late_answer_counts_for_its_week()
    {
        var clock = new ManualClock(Now);
        var chat = CheckInsOn(clock);

        clock.Now = new DateTimeOffset(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);
        Tick(chat).Send("/skip");
        Assert.Contains("we'll skip Nov 30 – Dec 6", chat.Text);
        Assert.Empty(chat.Session.CheckIns.Weeks);

        clock.Now = new DateTimeOffset(2026, 12, 14, 10, 0, 0, TimeSpan.Zero);
        Tick(chat).Send("/menu");

        // Wednesday: the answer counts for the week the Monday check-in asked about.
        clock.Now = new DateTimeOffset(2026, 12, 16, 18, 0, 0, TimeSpan.Zero);
        chat.Send("/checkin").Send("VK 10 000 0; Search 9 000 4");
        Assert.Equal("2026-12-07", Assert.Single(chat.Session.CheckIns.Weeks).Week);
        Assert.Contains("➖ Cut VK: 10,000 spent and not one customer.", chat.Text);

        clock.Now = new DateTimeOffset(2026, 12, 21, 10, 0, 0, TimeSpan.Zero);
        Tick(chat).Send("VK 9 000 0; Search 9 000 5");
        Assert.Contains("⏱ VK: 19,000 over 2 weeks without a single customer.", chat.Text);
    }

    [Fact]
    public void A_line_that_names_no_channel_of_the_plan_is_asked_again_naming_the_plan()
    {
        var clock = new ManualClock(Now);
        var chat = CheckInsOn(clock);

        chat.Send("/checkin").Send("TikTok 5000 2");
        Assert.Contains("I can't tell which channel of the plan “TikTok 5000 2” is. Your plan has: Search, VK, Email.", chat.Text);
        chat.Send("VK 5000");
        Assert.Contains("after the channel I need two numbers", chat.Text);
        Assert.Equal(CheckInFlow.Key("report"), chat.State);
    }

    [Fact]
    public void The_check_in_and_its_review_read_in_russian()
    {
        var clock = new ManualClock(Now);
        var chat = CheckInsOn(clock, "ru");

        clock.Now = new DateTimeOffset(2026, 12, 7, 7, 0, 0, TimeSpan.Zero);
        Tick(chat);
        Assert.Contains("Как прошла неделя?</b> (30.11–06.12)", chat.Last.Text);
        chat.Send("ВКонтакте 12 000 9; Поиск 8000 3");
        Assert.Contains("План и факт, 30.11–06.12", chat.Text);
        Assert.Contains("➕ Усильте ВКонтакте", chat.Text);
    }

    [Fact]
    public void Status_shows_the_latest_week_against_the_plan()
    {
        var clock = new ManualClock(Now);
        var chat = CheckInsOn(clock);
        chat.Send("/checkin").Send("VK 12000 9; Search 8000 3").Send("/status");

        Assert.Contains("🗓 Check-ins: every Monday at 10:00 (UTC); next one Dec 7, 10:00.", chat.Text);
        chat.Press(ButtonData.Command("status", "checkins"));

        // The week is behind the section's button. On Wednesday the latest check-in moment was Monday 30 November, which asks about the week before it.
        Assert.Contains("Nov 23 – Nov 29: spent 20,000 against 6,808 planned, 12 new customers against ≈ 4.9.", chat.Text);
    }

    [Fact]
    public void The_clocks_turn_leaves_a_chat_it_keeps_nothing_of_alone_and_waiting_numbers_waiting()
    {
        var chat = new ChatDriver(time: new ManualClock(Now));
        Assert.Empty(Tick(chat).Replies);
        Assert.Null(chat.Store.Find(chat.ChatId));

        chat.Send("spent 90000 on ads");
        Assert.Empty(Tick(chat).Replies);
        chat.Send("80");
        Assert.Contains("90,000 ÷ 80 = 1,125", chat.Text);
    }

    [Fact]
    public void A_check_in_due_in_the_middle_of_a_question_leaves_a_note_and_the_question_in_place()
    {
        var clock = new ManualClock(Now);
        var chat = CheckInsOn(clock);
        chat.Send("/start coverage");
        var question = chat.State;
        Assert.Contains("What do you sell?", chat.Text);

        clock.Now = new DateTimeOffset(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);
        var note = Assert.Single(Tick(chat).Replies);
        Assert.Contains("Time for the weekly check-in (Nov 30 – Dec 6). The question above is still waiting for your answer", note.Text);
        Assert.Contains("/checkin", note.Text);
        Assert.Equal(question, chat.State);
        Assert.Equal(new DateTime(2026, 12, 14, 10, 0, 0, DateTimeKind.Utc), chat.Session.CheckIns.NextDueUtc);

        // The note comes once; the typed answer is the question's answer; /checkin then asks about that week.
        clock.Now = clock.Now.AddHours(1);
        Assert.Empty(Tick(chat).Replies);
        chat.Send("Organic bread");
        Assert.Contains("Who needs your product?", chat.Text);
        chat.Send("/checkin");
        Assert.Contains("How did the week go?</b> (Nov 30 – Dec 6)", chat.Text);
        chat.Send("VK 12000 9; Search 8000 3");
        Assert.Contains("Plan against actual, Nov 30 – Dec 6", chat.Text);
        Assert.Contains("Organic bread", chat.Session.Answers.Values);
    }

    [Fact]
    public void In_russian_the_note_says_the_question_waits()
    {
        var clock = new ManualClock(Now);
        var chat = CheckInsOn(clock, "ru");
        chat.Send("/start coverage");

        clock.Now = new DateTimeOffset(2026, 12, 7, 7, 0, 0, TimeSpan.Zero);
        var note = Assert.Single(Tick(chat).Replies);
        Assert.Contains("Пора подвести итоги недели (30.11–06.12). Вопрос выше ждёт ответа", note.Text);
    }

    [Theory]
    [InlineData("en", "/checkins stop")]
    [InlineData("ru", "/checkins стоп")]
    [InlineData("ru", "/checkins выключить")]
    [InlineData("ru", "/checkins Отключить!")]
    [InlineData("en", "/checkins turn off")]
    public void Check_ins_stop_with_the_word_people_type(string language, string command)
    {
        var chat = CheckInsOn(new ManualClock(Now), language);

        chat.Send(command);
        Assert.False(chat.Session.CheckIns.On);
        Assert.Contains(language == "ru" ? "Отчёты выключены" : "Check-ins are off", chat.Text);
    }

    [Theory]
    [InlineData("en", "/checkins accept", "There is no reallocation waiting")]
    [InlineData("ru", "/checkins принять", "Перераспределения, которое ждёт решения, нет")]
    [InlineData("ru", "/checkins включить", "В какой день недели")]
    public void The_other_arguments_read_in_both_languages(string language, string command, string expected)
    {
        var chat = CheckInsOn(new ManualClock(Now), language);

        chat.Send(command);
        Assert.Contains(expected, chat.Text);
    }

    [Fact]
    public void An_unknown_argument_gets_the_card_with_an_example()
    {
        var chat = CheckInsOn(new ManualClock(Now), "ru");

        chat.Send("/checkins когда-нибудь");
        Assert.Contains("Не понял «когда-нибудь» после /checkins. Напишите, например, <code>/checkins стоп</code>", chat.Text);
        Assert.Contains("по понедельникам в 10:00", chat.Text);
        Assert.True(chat.Session.CheckIns.On);
    }
}
