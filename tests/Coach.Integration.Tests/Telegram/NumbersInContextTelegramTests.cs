namespace Coach.Integration.Tests.Telegram;

/// <summary>Numbers as people write them (issue 12) through the real Telegram.Bot client: /kpi splits, channel names, free text, number questions.</summary>
public sealed class NumbersInContextTelegramTests
{
    [Fact]
    public async Task Spaced_thousands_in_kpi_take_the_plausible_split_and_say_so()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await CoachBotHost.StartAsync(api);
        var chat = new TelegramChat(api, chatId: 3801, languageCode: "ru");

        var romi = Text(await chat.Send("/kpi romi 375 500 250 000", replies: 2));
        var payback = Text(await chat.Send("/kpi payback 3 200 800", replies: 2));
        var ltv = Text(await chat.Send("/kpi ltv 3 500 раз в квартал 3 года", replies: 2));

        Assert.Contains("Читаю числа так: 375 500 и 250 000", romi);
        Assert.Contains("(375 500 ₽ − 250 000 ₽) ÷ 250 000 ₽ × 100% = 50,2%", romi);
        Assert.Contains("3 200 ₽ ÷ 800 ₽ = 4 мес.", payback);
        Assert.Contains("3 500 ₽ × 1 в квартал", ltv);
        Assert.Contains("42 000 ₽", ltv);
    }

    [Fact]
    public async Task Channels_with_multi_word_names_and_spaced_thousands_are_compared()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await CoachBotHost.StartAsync(api);
        var chat = new TelegramChat(api, chatId: 3802, languageCode: "ru");

        var result = Assert.Single(await chat.Send("/kpi каналы Яндекс Директ 48 000 120 16; Telegram 22 500 90 15"));
        await api.WaitForCall("sendPhoto", c => c["chat_id"] == "3802", TelegramChat.Timeout);

        Assert.Contains("• <b>Яндекс Директ</b>: CAC 3 000 ₽", result.Text);
        Assert.Contains("• <b>Telegram</b>: CAC 1 500 ₽", result.Text);
    }

    [Fact]
    public async Task Free_text_in_russian_gives_roas_revenue_per_customer_and_offers_the_funnel()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await CoachBotHost.StartAsync(api);
        var chat = new TelegramChat(api, chatId: 3803, languageCode: "ru");

        var money = Text(await chat.Send("потратили 120 тыс на таргет, пришло 95 клиентов, выручка 480 000"));
        var repeat = Text(await chat.Send("из 1 040 клиентов 312 купили повторно"));
        var growth = Text(await chat.Send("в ноябре 2000 посетителей, в декабре 2600"));
        var funnel = await chat.Send("вложили 50к в директ, 1200 кликов, 60 заявок, 18 продаж");

        Assert.Contains("Выручка на клиента", money);
        Assert.Contains("480 000 ₽ ÷ 120 000 ₽ × 100% = 400%", money);
        Assert.DoesNotContain("Средний чек", money);
        Assert.Contains("312 ÷ 1 040 × 100% = 30%", repeat);
        Assert.Contains("(2 600 − 2 000) ÷ 2 000 × 100% = 30%", growth);
        Assert.Contains("50 000 ₽ ÷ 18 = 2 777,78 ₽", Text(funnel));
        Assert.Contains("Добавьте показы", funnel[^1].Text);

        await chat.PressButton("go:kpi_funnel");

        Assert.Contains("показ", chat.Last!.Text);
    }

    [Fact]
    public async Task Free_text_in_english_gives_roas_mql_to_sql_and_traffic_growth()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await CoachBotHost.StartAsync(api);
        var chat = new TelegramChat(api, chatId: 3804);

        var roas = Text(await chat.Send("Ad revenue was $36k on $9k ad spend"));
        var mql = Text(await chat.Send("230 MQLs and 46 of them became SQLs"));
        var traffic = Text(await chat.Send("traffic went from 12,500 visits to 15,000"));

        Assert.Contains("$36,000 ÷ $9,000 × 100% = 400%", roas);
        Assert.Contains("46 ÷ 230 × 100% = 20%", mql);
        Assert.Contains("(15,000 − 12,500) ÷ 12,500 × 100% = 20%", traffic);
    }

    [Fact]
    public async Task A_persona_name_with_an_age_keeps_the_age_and_a_budget_in_a_phrase_is_read()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await CoachBotHost.StartAsync(api);
        var chat = new TelegramChat(api, chatId: 3805, languageCode: "ru");

        await chat.Send("/personas new");
        var occupation = Assert.Single(await chat.Send("Алсу, 34"));
        Assert.StartsWith("Возраст: 34 — взято из вашего ответа.", occupation.Text);
        Assert.Contains("Чем занимается?", occupation.Text);

        await chat.Send("/start channels");
        var months = Assert.Single(await chat.Send("80 тыс в месяц"));
        Assert.Contains("На сколько месяцев", months.Text);
    }

    [Fact]
    public async Task Two_implausible_splits_are_offered_as_buttons()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await CoachBotHost.StartAsync(api);
        var chat = new TelegramChat(api, chatId: 3806);

        var question = Assert.Single(await chat.Send("/kpi roi 100 200 300"));
        Assert.Equal(["100 and 200,300", "100,200 and 300"], question.Buttons.Select(b => b.Text));

        var result = Assert.Single(await chat.PressButton("c:kpi:roi 100200 300"));

        Assert.Contains("(100,200 − 300) ÷ 300", result.Text);
    }

    [Fact]
    public async Task The_second_unseen_set_reads_over_telegram()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await CoachBotHost.StartAsync(api);
        var ru = new TelegramChat(api, chatId: 3807, languageCode: "ru");
        var en = new TelegramChat(api, chatId: 3808, languageCode: "en");

        Assert.Contains("100 ÷ 5 000 × 100% = 2%", Text(await ru.Send("сайт посетили 5 000 человек, купили 100")));
        Assert.Contains("15 000 ₽ ÷ 500 = 30 ₽", Text(await ru.Send("15 000 ₽ за 500 кликов")));
        Assert.Contains("150 ÷ 500 × 100% = 30%", Text(await en.Send("150 of our 500 customers bought again")));

        await ru.Send("/start smart");
        await ru.Press("a:smart.type:customers");
        // The whole goal typed at the baseline question: one message, its starting point taken and the goal checked.
        var card = Assert.Single(await ru.Send("Снизить стоимость клика в Яндекс Директе с 40 до 30 ₽ к концу мая"));
        Assert.StartsWith("Вы сразу написали цель: точку отсчёта беру из неё, а саму цель проверяю.", card.Text);
        Assert.Contains("Снизить стоимость клика в Яндекс Директе с 40 до 30 (−25%)", card.Text);
        Assert.StartsWith("CPC", card.Buttons.First().Text);

        await ru.Send("/personas new");
        var occupation = Assert.Single(await ru.Send("Марина, 41 год"));
        Assert.StartsWith("Возраст: 41 — взято из вашего ответа.", occupation.Text);
    }

    private static string Text(IReadOnlyList<SentMessage> messages) => string.Join("\n", messages.Select(m => m.Text));
}
