using Coach.Core.Dialogue;
using Coach.Core.Domain.Smart;
using Coach.Core.Flows.Smart;
using Coach.Core.Tests.Support;

namespace Coach.Core.Tests.Smart;

/// <summary>The SMART section through the dialogue engine, in both languages.</summary>
public class SmartFlowTests
{
    private static ChatDriver AtGoal(string language, string type = "sales", string baseline = "250") =>
        new ChatDriver(language).Send("/start").Press(ButtonData.Open(SmartFlow.Id)).Choose(":" + type).Send(baseline);

    [Fact]
    public void A_vague_goal_is_marked_per_criterion_and_asked_again_until_it_passes()
    {
        var chat = AtGoal("en").Send("increase sales");

        var verdict = chat.Replies[0].Text;
        Assert.Contains("❌ <b>Specific</b>", verdict);
        Assert.Contains("❌ <b>Measurable</b>", verdict);
        Assert.Contains("❌ <b>Time-bound</b>", verdict);
        Assert.Contains("by when?", verdict);
        Assert.Equal(SmartFlow.Key("goal"), chat.State);

        chat.Send("increase orders from the website by 20% in three months");

        Assert.Contains("Your goal is SMART", chat.Last.Text);
        Assert.Contains("Grow orders from the website from 250 to 300 (+20%)", chat.Last.Text);
        var goal = Assert.Single(chat.Session.Goals);
        Assert.Equal(300m, goal.Target);
        Assert.Equal("orders", goal.Metric);
        Assert.Equal(DialogueStates.Menu, chat.State);
    }

    [Theory]
    [InlineData("en", "get 90 new customers a month by June 1", "💡 To sharpen the goal, say where they come from")]
    [InlineData("ru", "привлекать 90 новых клиентов в месяц к 1 июня", "💡 Цель станет точнее, если сказать, откуда они придут")]
    public void A_count_with_a_deadline_passes_and_where_from_comes_as_a_tip(string language, string goal, string tip)
    {
        var chat = new ChatDriver(language, time: new ManualClock(new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero)))
            .Send("/start smart").Choose(":customers").Send("40").Send(goal);

        Assert.Contains(language == "ru" ? "Ваша цель соответствует SMART" : "Your goal is SMART", chat.Last.Text);
        Assert.Contains(tip, chat.Last.Text);
        Assert.Single(chat.Session.Goals);

        var sharper = new ChatDriver(language, time: new ManualClock(new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero)))
            .Send("/start smart").Choose(":customers").Send("40").Send(language == "ru" ? "привлекать 90 новых клиентов в месяц с сайта к 1 июня" : "get 90 new customers a month from the website by June 1");
        Assert.DoesNotContain(tip, sharper.Last.Text);
    }

    [Fact]
    public void The_russian_goal_passes_and_is_restated_in_russian()
    {
        var chat = AtGoal("ru").Send("увеличить количество заказов с сайта на 20% за три месяца");

        Assert.Contains("Увеличить число заказов с сайта с 250 до 300 (+20%)", chat.Last.Text);
    }

    [Theory]
    [InlineData("en", "get new customers from Instagram up to 100 per month by March 1", "Grow customers from Instagram from 0 to 100 by")]
    [InlineData("ru", "привлечь новых клиентов из Instagram до 100 в месяц к 1 марта", "Увеличить число клиентов из Instagram с 0 до 100 к")]
    public void A_goal_grown_from_zero_shows_no_percentage(string language, string goal, string restated)
    {
        var chat = AtGoal(language, "customers", "0").Send(goal);

        Assert.Contains(restated, chat.Last.Text);
        Assert.DoesNotContain("%)", chat.Last.Text);
    }

    [Fact]
    public void A_goal_of_another_type_is_not_relevant()
    {
        var chat = AtGoal("en", "awareness", "1000").Send("increase orders from the website by 20% in three months");

        Assert.Contains("❌ <b>Relevant</b>", chat.Replies[0].Text);
        Assert.Empty(chat.Session.Goals);
    }

    [Fact]
    public void An_ambitious_goal_passes_with_a_warning()
    {
        var chat = AtGoal("en").Send("increase orders from the website to 500 in three months");

        Assert.Contains("Your goal is SMART", chat.Last.Text);
        Assert.Contains("faster than a plausible pace", chat.Last.Text);
        Assert.True(chat.Session.Goals.Single().Ambitious);
    }

    [Fact]
    public void The_result_offers_the_kpis_of_the_goal_type()
    {
        var chat = AtGoal("en", "customers", "40").Send("get 30 new customers from Instagram in 3 months");

        Assert.Contains("leads, acquisition cost, conversion", chat.Last.Text);
        Assert.Contains(chat.Last.AllButtons, b => b.Data == ButtonData.Open("kpi_cac"));
        Assert.Contains(chat.Last.AllButtons, b => b.Data == ButtonData.Open("kpi_conversion"));
    }

    [Fact]
    public void A_negative_baseline_is_refused()
    {
        var chat = new ChatDriver().Send("/start smart").Choose(":sales").Send("-5");

        Assert.Contains("can't be negative", chat.Replies[0].Text);
        Assert.Equal(SmartFlow.Key("baseline"), chat.State);
    }

    [Fact]
    public void Back_from_the_goal_lets_the_baseline_be_corrected()
    {
        var chat = AtGoal("en").Send("/back").Send("200").Send("increase orders from the website by 20% in three months");

        Assert.Contains("from 200 to 240", chat.Last.Text);
    }

    [Theory]
    [InlineData("en", "Grow customer lifetime value from $300 to $400 by the end of next year", "250", "Starting point: 300, as your goal says (you gave 250 earlier).")]
    [InlineData("ru", "Увеличить средний чек с 1 200 до 1 500 ₽ к концу следующего года", "900", "Точка отсчёта — 1 200, как сказано в цели (раньше вы назвали 900).")]
    public void The_goal_own_starting_point_wins_over_the_baseline_answered_before_and_says_so(string language, string goal, string baseline, string note)
    {
        var chat = AtGoal(language, "sales", baseline).Send(goal);

        Assert.Contains(note, chat.Last.Text);
        Assert.Equal(DialogueStates.Menu, chat.State);
        var saved = Assert.Single(chat.Session.Goals);
        Assert.Equal(goal.Contains("300") ? 300m : 1200m, saved.Baseline);
        // A rate of the whole business: the tip asks where, not where the customers come from.
        Assert.Contains(language == "ru" ? "если сказать, где именно" : "say where exactly", chat.Last.Text);
    }

    [Theory]
    [InlineData("ru", "Снизить стоимость клика в Яндекс Директе с 40 до 30 ₽ к концу мая", "customers", "CPC")]
    [InlineData("en", "Raise the click-through rate of our Google Ads from 2% to 3% by June", "awareness", "CTR")]
    [InlineData("en", "Improve our NPS from 40 to 55 by the end of next year", "customers", "NPS")]
    public void The_goal_card_offers_the_calculator_for_its_own_metric_first(string language, string goal, string type, string kpi)
    {
        var chat = AtGoal(language, type, "10").Send(goal);

        Assert.StartsWith(kpi, chat.Last.AllButtons.First().Label);
    }

    [Theory]
    [InlineData("ru", "customers", "Снизить стоимость клика в Яндекс Директе с 40 до 30 ₽ к концу мая", "Вы сразу написали цель: точку отсчёта беру из неё, а саму цель проверяю.", "Ваша цель соответствует SMART")]
    [InlineData("en", "sales", "Increase the average check at the cafe from $12 to $14 by the end of summer", "You wrote the goal itself: I took its starting point from it and checked the goal.", "Your goal is SMART")]
    public void A_whole_goal_typed_as_the_baseline_gives_its_starting_point_and_is_checked(string language, string type, string goal, string note, string verdict)
    {
        var chat = new ChatDriver(language).Send("/start smart").Choose(":" + type).Send(goal);

        Assert.Contains(note, chat.Text);
        Assert.Contains(verdict, chat.Text);
        var saved = Assert.Single(chat.Session.Goals);
        Assert.Equal(goal.Contains("$12") ? 12m : 40m, saved.Baseline);
        Assert.Equal(DialogueStates.Menu, chat.State);
    }

    [Fact]
    public void A_whole_goal_typed_as_the_baseline_that_fails_is_marked_at_the_goal_question()
    {
        var chat = new ChatDriver("en").Send("/start smart").Choose(":sales").Send("grow sales from 100 to 5000 next week");

        Assert.Equal("100", chat.Session.Answers[SmartFlow.Key("baseline")]);
        Assert.Equal(SmartFlow.Key("goal"), chat.State);
        Assert.Contains("You wrote the goal itself", chat.Text);
        Assert.Contains("❌ <b>Achievable</b>", chat.Text);
        Assert.Empty(chat.Session.Goals);
    }

    [Theory]
    [InlineData("ru", "выйти на 480 заказов в месяц к июню", "480", "около 300", "с 300 до 480 (+60%)")]
    [InlineData("en", "reach 480 orders a month by June", "480", "about 300", "from 300 to 480 (+60%)")]
    public void A_goal_typed_for_today_s_value_is_kept_for_its_question_and_today_s_value_asked_again(
        string language, string goal, string target, string today, string restated)
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 12, 4, 9, 0, 0, TimeSpan.Zero));
        var chat = new ChatDriver(language, time: clock).Send("/start smart").Choose(":sales").Send(goal);

        // Not saved as today's value (a goal of no growth), and said why, naming the number taken for the target.
        Assert.Equal(SmartFlow.Key("baseline"), chat.State);
        Assert.False(chat.Session.Answers.ContainsKey(SmartFlow.Key("baseline")));
        Assert.Contains(language == "ru" ? $"Похоже, {target} — это цель" : $"That looks like your target: {target}", chat.Replies[0].Text);
        Assert.Contains(language == "ru" ? $"«сейчас {target}»" : $"“{target} now”", chat.Replies[0].Text);
        Assert.Equal(goal, chat.Session.Answers[SmartFlow.Key("goal")]);

        // Today's value, then the goal question shows the goal kept, to keep with one tap.
        chat.Send(today);
        Assert.Equal("300", chat.Session.Answers[SmartFlow.Key("baseline")]);
        Assert.Equal(SmartFlow.Key("goal"), chat.State);
        Assert.Contains(goal, chat.Last.Text);
        var keep = chat.Last.AllButtons.Single(b => b.Data.EndsWith(ButtonData.Keep, StringComparison.Ordinal));

        chat.Press(keep.Data);
        Assert.Contains(restated, chat.Text);
        var saved = Assert.Single(chat.Session.Goals);
        Assert.Equal(300m, saved.Baseline);
        Assert.Equal(480m, saved.Target);
    }

    [Theory]
    [InlineData("ru", "customers", "40 новых клиентов в месяц", "40")]
    [InlineData("ru", "sales", "продаём на 300 тысяч в месяц", "300000")]
    [InlineData("ru", "sales", "на уровне 250", "250")]
    [InlineData("ru", "sales", "в октябре 250 заказов", "250")]
    [InlineData("en", "customers", "about 40 new customers a month", "40")]
    [InlineData("en", "sales", "we hit 250 last month", "250")]
    [InlineData("en", "sales", "250 orders in October", "250")]
    [InlineData("ru", "sales", "сейчас 480", "480")]
    [InlineData("en", "sales", "480 now", "480")]
    public void Today_s_value_put_in_words_is_saved_as_today_s(string language, string type, string answer, string saved)
    {
        var chat = new ChatDriver(language).Send("/start smart").Choose(":" + type).Send(answer);

        Assert.Equal(saved, chat.Session.Answers[SmartFlow.Key("baseline")]);
        Assert.Equal(SmartFlow.Key("goal"), chat.State);
    }

    [Theory]
    [InlineData("ru", "sales", "увеличить выручку кофейни на 20% за 3 месяца", "Увеличить выручку кофейни с 250 до 300 (+20%)")]
    [InlineData("ru", "sales", "увеличить выручку за счёт повторных продаж на 20% к июлю", "Увеличить выручку за счёт повторных продаж с 250 до 300 (+20%)")]
    [InlineData("ru", "customers", "снизить отток подписчиков онлайн-школы на 20% за полгода", "Снизить отток подписчиков онлайн-школы с 250 до 200 (−20%)")]
    [InlineData("en", "sales", "increase sales in our coffee shop by 20% by summer", "Grow sales in our coffee shop from 250 to 300 (+20%)")]
    [InlineData("en", "sales", "grow revenue of the premium line by 20% by June", "Grow revenue of the premium line from 250 to 300 (+20%)")]
    public void The_restatement_keeps_which_of_the_metric_the_goal_is_about(string language, string type, string goal, string restated)
    {
        var chat = AtGoal(language, type).Send(goal);

        Assert.Contains(restated, chat.Last.Text);
        Assert.Contains(restated, SmartCards.Restated(Coach.Core.Texts.TextCatalog.Default.For(language), Assert.Single(chat.Session.Goals)));
    }

    [Theory]
    [InlineData("ru", "300 заказов в месяц, а хотим 480 к июню", "с 300 до 480 (+60%)")]
    [InlineData("en", "about 300 orders a month, but we want 480 by June", "from 300 to 480 (+60%)")]
    public void Today_s_value_then_the_goal_in_a_clause_of_its_own_gives_both(string language, string answer, string restated)
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 12, 4, 9, 0, 0, TimeSpan.Zero));
        var chat = new ChatDriver(language, time: clock).Send("/start smart").Choose(":sales").Send(answer);

        Assert.Equal("300", chat.Session.Answers[SmartFlow.Key("baseline")]);
        Assert.Contains(restated, chat.Text);
        Assert.Equal(480m, Assert.Single(chat.Session.Goals).Target);
    }
}
