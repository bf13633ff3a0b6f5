using Coach.Core.Dialogue;
using Coach.Core.Domain.Learn;
using Coach.Core.Flows.Learn;
using Coach.Core.Parsing;
using Coach.Core.Tests.Support;

namespace Coach.Core.Tests.Learn;

public class LearnFlowTests
{
    /// <summary>A chat whose practice seed is fixed, as a returning student's session would be.</summary>
    internal static ChatDriver Seeded(string language, int seed = 7, TimeProvider? time = null)
    {
        var store = new InMemorySessionStore();
        var session = new Session { Id = "test:1", Language = language };
        session.Learning.Seed = seed;
        store.Save(session);
        return new ChatDriver(language, store, time: time);
    }

    private static void AnswerCacRight(ChatDriver chat)
    {
        chat.Send("/learn practice cac");
        chat.Send(PracticeFlows.CurrentKpi(chat.Session)!.Answer.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("en", "🧭 Strategy|🧩 Frameworks|📊 KPIs|📢 Channels")]
    [InlineData("ru", "🧭 Стратегия|🧩 Методики|📊 KPI|📢 Каналы")]
    public void Learn_is_a_short_keyboard_of_four_groups_with_practice_and_progress(string language, string groups)
    {
        var chat = new ChatDriver(language).Send("/learn");

        var keyboard = chat.Last.Buttons;
        Assert.Equal(4, keyboard.Count);
        Assert.Equal(groups.Split('|'), keyboard.Take(2).SelectMany(row => row).Select(b => b.Label));
        var data = chat.Last.AllButtons.Select(b => b.Data).ToList();
        Assert.Contains("c:learn:practice", data);
        Assert.Contains("c:progress", data);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ru")]
    public void Every_topic_sits_in_one_group_with_a_label_a_phone_shows_whole_and_a_way_back(string language)
    {
        var chat = new ChatDriver(language).Send("/learn");
        var reached = new List<string>();
        foreach (var group in chat.Last.AllButtons.Where(b => b.Data.StartsWith("c:learn:group ", StringComparison.Ordinal)).ToList())
        {
            var keyboard = chat.Press(group.Data).Last;
            var topics = keyboard.AllButtons.Where(b => b.Data.StartsWith("c:learn:", StringComparison.Ordinal)).ToList();
            Assert.All(topics, b => Assert.True(b.Label.Length <= 20, b.Label));
            Assert.All(keyboard.Buttons, row => Assert.True(row.Count <= 2 || row.All(b => b.Label.Length <= 10), string.Join(" | ", row.Select(b => b.Label))));
            // The KPIs are 23 topics; every other group fits in a few rows.
            Assert.True(keyboard.Buttons.Count <= (group.Data.EndsWith("kpis", StringComparison.Ordinal) ? 12 : 4), $"{group.Label}: {keyboard.Buttons.Count} rows");
            Assert.Contains(keyboard.AllButtons, b => b.Data == "c:learn");
            reached.AddRange(topics.Select(b => b.Data["c:learn:".Length..]));
        }

        Assert.Equal(LearnTopics.All.Select(t => t.Id).Order(), reached.Order());
    }

    [Fact]
    public void A_topic_card_goes_back_to_its_group()
    {
        var chat = new ChatDriver().Send("/learn Omnichannel vs multichannel");

        var back = Assert.Single(chat.Last.AllButtons, b => b.Label == "⬅️ 📢 Channels");
        Assert.Contains(chat.Press(back.Data).Last.AllButtons, b => b.Data == "c:learn:omnichannel");
    }

    [Fact]
    public void The_main_menu_offers_learning_and_its_button_lists_the_topics()
    {
        var chat = new ChatDriver("ru").Send("/start");
        Assert.Contains(chat.Last.AllButtons, b => b.Label == "🎓 Учиться и практиковаться" && b.Data == "c:learn");

        chat.Press("c:learn");

        Assert.Contains("Выберите раздел, а в нём тему", chat.Text);
    }

    [Fact]
    public void Learn_cac_opens_the_topic_with_the_worked_example_computed_and_a_button_into_the_calculator()
    {
        var chat = new ChatDriver("ru").Send("/learn cac");

        Assert.Contains("CAC (стоимость привлечения клиента)", chat.Text);
        Assert.Contains("(30 000 + 25 000 + 15 000 + 20 000) ÷ 80 = 90 000 ₽ ÷ 80 = 1 125 ₽", chat.Text);
        Assert.Contains("/kpi cac", chat.Text);

        chat.Choose("go:kpi_cac");
        Assert.Equal("kpi_cac.spend", chat.State);
    }

    [Fact]
    public void A_concept_topic_explains_on_one_screen_with_an_example_and_opens_its_flow()
    {
        var chat = new ChatDriver().Send("/learn Omnichannel vs multichannel");

        Assert.Contains("<b>Omnichannel vs multichannel</b>", chat.Text);
        Assert.Contains("3–4 times more", chat.Text);
        Assert.Contains("Worked example", chat.Text);
        Assert.True(chat.Text.Length < 1500, $"{chat.Text.Length} characters");
        Assert.Contains(chat.Last.AllButtons, b => b.Data == "c:cjm");
    }

    [Fact]
    public void The_budget_topic_splits_its_example_with_the_channel_planner()
    {
        var chat = new ChatDriver().Send("/learn budget");

        Assert.Contains("With 100,000 a month: infrastructure 20,000, campaigns 65,000, experiments 15,000.", chat.Text);
        Assert.Contains("Search and VK start in month 2 and email in month 4, so 6 months cost 523,000 in the base scenario, not 6 × 100,000", chat.Text);
        var launches = LearnCommand.BudgetExamplePlan().Rows.ToDictionary(r => r.Channel, r => r.LaunchMonth);
        Assert.Equal(new Dictionary<string, int> { ["search"] = 2, ["vk"] = 2, ["email"] = 4 }, launches);
    }

    [Theory]
    [InlineData("en", "/learn astrology", "I don't have a topic called “astrology”")]
    [InlineData("ru", "/learn астрология", "Темы «астрология» у меня нет")]
    [InlineData("en", "/learn practice persona", "There are no exercises on “persona” yet")]
    public void An_unknown_topic_gets_a_clear_answer_and_the_list(string language, string command, string answer)
    {
        var chat = new ChatDriver(language).Send(command);

        Assert.Contains(answer, chat.Replies[0].Text);
        Assert.Contains(chat.Last.AllButtons, b => b.Data == "c:learn:group kpis");
        Assert.Equal(DialogueStates.Menu, chat.State);
    }

    [Fact]
    public void A_practice_round_grades_each_answer_and_brings_the_mistakes_back_first()
    {
        var chat = Seeded("en").Send("/learn practice");

        // 1: a case. Typed nonsense is not an answer; a wrong pick is explained criterion by criterion.
        Assert.Contains("A round of 5 exercises", chat.Text);
        Assert.Contains("Exercise 1 of 5", chat.Text);
        var practiceCase = PracticeFlows.CurrentCase(chat.Session)!;
        chat.Send("no idea");
        Assert.Contains("Please pick one of the buttons", chat.Text);
        Assert.Equal("learn_case.strategy", chat.State);
        var wrong = practiceCase.Recommendation.Strategy == Coach.Core.Domain.Coverage.CoverageStrategy.Mass ? "concentrated" : "mass";
        chat.Choose(":" + wrong);
        if (practiceCase.AsksModel)
        {
            chat.Choose(":" + practiceCase.StatedModel);
        }

        Assert.Contains("❌ <b>Not quite.</b>", chat.Text);
        Assert.Contains("Why, criterion by criterion:", chat.Text);
        Assert.Equal(6, chat.Text.Split('\n').Count(line => line.StartsWith("• ")));

        // 2: CAC. A word is not a number; the right number in a people's format is accepted.
        chat.Choose("c:learn:practice");
        Assert.Contains("Exercise 2 of 5", chat.Text);
        var cac = PracticeFlows.CurrentKpi(chat.Session)!;
        Assert.Equal("cac", cac.Metric.Id);
        Assert.Contains(NumberFormatter.Format(cac.Values["spend"].Amount, "en"), chat.Text);
        chat.Send("about a thousand");
        Assert.Contains("I couldn't read a number", chat.Text);
        Assert.Contains("1,125 or 20% or 1.2k", chat.Text);
        chat.Send(NumberFormatter.Format(cac.Answer, "en"));
        Assert.Contains("✅ <b>Right:", chat.Text);
        Assert.Contains("CAC = marketing spend ÷ new customers = ", chat.Text);

        // 3: a flawed goal, rewritten well.
        chat.Choose("c:learn:practice");
        var goal = PracticeFlows.CurrentGoal(chat.Session)!;
        Assert.Contains(goal.Goal["en"], chat.Text);
        chat.Send(goal.Better["en"]);
        Assert.Contains("All five criteria pass", chat.Text);

        // 4: a case that asks the mix model too: the strategy right, the model wrong; 5: ROI, wrong.
        chat.Choose("c:learn:practice");
        var mixCase = PracticeFlows.CurrentCase(chat.Session)!;
        Assert.True(mixCase.AsksModel);
        chat.Choose(":" + mixCase.Recommendation.Strategy.ToString().ToLowerInvariant()).Choose(":" + (mixCase.StatedModel == "4c" ? "save" : "4c"));
        Assert.Contains("✅ <b>Right:", chat.Text);
        Assert.Contains("❌ <b>Mix model:</b> you picked 4C", chat.Text);
        chat.Choose("c:learn:practice");
        var roi = PracticeFlows.CurrentKpi(chat.Session)!;
        chat.Send(NumberFormatter.Format(roi.Answer + 50, "en", NumberUnit.Percent));
        Assert.Contains("❌ <b>Not quite:</b>", chat.Text);
        Assert.Contains("ROI = (gross profit − spend) ÷ spend × 100% = (", chat.Text);
        Assert.Contains("Round over: 2 of 5 right.", chat.Text);
        Assert.Contains("The ones you missed come back first", chat.Text);

        var progress = chat.Session.Learning;
        Assert.Equal(1, progress.Score("coverage")!.Wrong);
        Assert.True(progress.Score("coverage")!.LastRight);
        Assert.False(progress.Score("mix")!.LastRight);
        Assert.False(progress.Score("roi")!.LastRight);
        Assert.True(progress.Score("cac")!.LastRight);

        chat.Send("/progress");
        var answered = progress.Scores.Sum(s => s.Total);
        Assert.Contains($"Answered: {answered}, right: {progress.Scores.Sum(s => s.Right)}", chat.Text);
        Assert.Contains("❌ Marketing mix models: ", chat.Text);
        Assert.Contains("The next round starts with: Marketing mix models, ROI, Conversion", chat.Text);

        chat.Press("c:learn:practice");
        Assert.Contains("Exercise 1 of 5</b> · Marketing mix models", chat.Text);
        Assert.Equal(["roi", "conversion", "ltv", "ctr"], chat.Session.Learning.Round);
    }

    [Fact]
    public void A_button_of_the_previous_case_is_stale_for_the_next_case()
    {
        var chat = Seeded("en").Send("/learn practice coverage");
        var first = PracticeFlows.CurrentCase(chat.Session)!;
        var oldButtons = chat.Last.AllButtons.Select(b => b.Data).ToList();
        Assert.All(oldButtons.Where(d => d.StartsWith("a:", StringComparison.Ordinal)), d => Assert.StartsWith($"a:learn_case.strategy@{chat.Session.Learning.Current!.Seed}:", d));
        chat.Choose(":" + first.Recommendation.Strategy.ToString().ToLowerInvariant());
        if (first.AsksModel)
        {
            chat.Choose(":" + first.StatedModel);
        }

        chat.Choose("c:learn:practice coverage");
        var second = chat.Session.Learning.Current!;
        var stale = oldButtons.First(d => d.StartsWith("a:", StringComparison.Ordinal));
        chat.Press(stale);

        Assert.Equal("That button was already used or belongs to an earlier step.", chat.Toast);
        Assert.Empty(chat.Replies);
        Assert.Equal("learn_case.strategy", chat.State);
        Assert.Equal(second.Seed, chat.Session.Learning.Current!.Seed);
        Assert.Equal(1, chat.Session.Learning.Score("coverage")!.Total);
    }

    [Fact]
    public void Leaving_an_exercise_and_coming_back_after_a_restart_shows_the_same_problem()
    {
        var first = Seeded("ru").Send("/learn practice ltv");
        var problem = first.Replies[0].Text;
        Assert.Contains("Упражнение</b> · LTV", problem);
        first.Send("/menu");

        var restarted = new ChatDriver("ru", first.Store);
        restarted.Send("/learn practice");

        Assert.Equal(problem, restarted.Replies[0].Text);
        Assert.Equal("learn_kpi.answer", restarted.State);
        var exercise = PracticeFlows.CurrentKpi(restarted.Session)!;
        restarted.Send(NumberFormatter.Format(exercise.Answer, "ru", NumberUnit.Rub));
        Assert.Contains("✅ <b>Верно:", restarted.Text);
        Assert.Contains(restarted.Last.AllButtons, b => b.Data == "c:learn:practice ltv");
    }

    [Fact]
    public void A_smart_exercise_says_what_the_rewrite_still_misses_and_shows_a_goal_that_passes()
    {
        var chat = Seeded("ru").Send("/learn practice smart");
        var goal = PracticeFlows.CurrentGoal(chat.Session)!;
        Assert.Contains(goal.Goal["ru"], chat.Text);

        chat.Send("abc");
        Assert.Contains("Слишком коротко", chat.Text);
        Assert.Equal("learn_smart.goal", chat.State);

        chat.Send("Увеличить продажи");
        Assert.Contains("❌ <b>Пока не хватает:</b>", chat.Text);
        Assert.Contains("❌ <b>Измеримая</b>", chat.Text);
        Assert.Contains(goal.Better["ru"], chat.Text);
        Assert.Equal(1, chat.Session.Learning.Score("smart")!.Wrong);
    }

    [Fact]
    public void Practice_on_consecutive_days_shows_a_streak_that_a_missed_day_breaks()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero));
        var chat = Seeded("en", time: clock);
        void AnswerOne() => AnswerCacRight(chat);

        AnswerOne();
        clock.Now = clock.Now.AddDays(1);
        AnswerOne();
        chat.Send("/progress");
        Assert.Contains("🔥 Streak: 2 days in a row", chat.Text);
        chat.Send("/status");
        Assert.Contains("🎓 <b>Practice</b>: 2 of 2 right. 🔥 Streak: 2 days in a row", chat.Text);

        clock.Now = clock.Now.AddDays(2);
        chat.Send("/progress");
        Assert.Contains("No streak right now", chat.Text);
        Assert.Equal(["2026-11-28", "2026-11-29"], chat.Session.Learning.Days);
    }

    [Fact]
    public void A_russian_streak_counts_days_in_moscow_time_so_a_vladivostok_morning_and_evening_are_consecutive_days()
    {
        // Monday 09:00 in Vladivostok is Sunday 23:00 UTC; Tuesday 21:00 there is Tuesday 11:00 UTC.
        var clock = new ManualClock(new DateTimeOffset(2026, 11, 29, 23, 0, 0, TimeSpan.Zero));
        var chat = Seeded("ru", time: clock);
        void AnswerOne() => AnswerCacRight(chat);

        AnswerOne();
        clock.Now = new DateTimeOffset(2026, 11, 30, 0, 30, 0, TimeSpan.Zero);
        AnswerOne();
        clock.Now = new DateTimeOffset(2026, 12, 1, 11, 0, 0, TimeSpan.Zero);
        AnswerOne();
        chat.Send("/progress");

        Assert.Equal(["2026-11-30", "2026-12-01"], chat.Session.Learning.Days);
        Assert.Contains("🔥 Серия: 2 дня подряд", chat.Text);
    }

    [Fact]
    public void Progress_before_any_practice_says_how_to_start()
    {
        var chat = new ChatDriver("ru").Send("/progress");

        Assert.Contains("Упражнений пока не было", chat.Text);
        Assert.Contains(chat.Last.AllButtons, b => b.Data == "c:learn:practice");
    }
}
