namespace Coach.Integration.Tests.Telegram;

/// <summary>The goal drives the channel plan, through the real Telegram.Bot client and a fake Bot API, in Russian.</summary>
public sealed class GoalPlanTelegramTests
{
    [Fact]
    public async Task The_plan_card_says_the_goal_needs_101_250_a_month_and_the_budget_buys_about_44()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await CoachBotHost.StartAsync(api);
        var chat = new TelegramChat(api, chatId: 3960, languageCode: "ru");

        await chat.Send("/start smart");
        await chat.PressButton("a:smart.type:customers");
        await chat.Send("40");
        // A duration, not "к 1 июня": the test's clock is the real one, and the growth check must not depend on the month.
        var goal = await chat.Send("привлекать 90 новых клиентов в месяц с сайта за полгода");
        Assert.Contains("Ваша цель соответствует SMART", goal[0].Text);
        await chat.Send("/kpi cac 90000 80");
        await chat.Send("/start channels");
        await chat.Send("50 000");
        await chat.Send("6");
        var card = (await chat.Send("Поиск, ВКонтакте, Сарафанное радио"))[^1];

        Assert.Contains("Цель: 90 клиентов в месяц к ", card.Text);
        Assert.Contains("бюджет даёт 50 000 ₽ / 1 125 ₽ ≈ 44 клиента в месяц", card.Text);
        Assert.Contains("Цели нужно 90 × 1 125 ₽ = 101 250 ₽ в месяц.", card.Text);
        Assert.Contains("Это на 51 250 ₽ в месяц больше, чем есть в бюджете.", card.Text);
        Assert.Contains("• поднять бюджет до 101 250 ₽ в месяц;", card.Text);
        Assert.Contains("• снизить CAC до 50 000 ₽ / 90 ≈ 556 ₽", card.Text);
        Assert.Contains("• или сдвинуть срок — но месячный уровень не приходит сам со временем", card.Text);
        Assert.Contains("<b>Сарафанное радио</b> · удержание + привлечение · месяц 4 · без медиабюджета", card.Text);

        var status = await chat.Send("/status");
        Assert.Contains("Цель и бюджет</b>: нужно 101 250 ₽ в месяц, в бюджете 50 000 ₽", status[0].Text);
        var goalDetails = await chat.Press("c:status:goal");
        Assert.Contains("Цели нужно 90 × 1 125 ₽ = 101 250 ₽ в месяц.", goalDetails[0].Text);
    }

    [Fact]
    public async Task The_channels_own_cacs_are_asked_with_buttons_and_drive_the_card_status_and_export()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await CoachBotHost.StartAsync(api);
        var chat = new TelegramChat(api, chatId: 3961, languageCode: "ru");

        await chat.Send("/start smart");
        await chat.PressButton("a:smart.type:customers");
        await chat.Send("40");
        // No "where from": specific enough, with the tip. A duration keeps the test off the real clock's month.
        var goal = await chat.Send("привлекать 90 новых клиентов в месяц за полгода");
        Assert.Contains("Ваша цель соответствует SMART", goal[0].Text);
        Assert.Contains("💡 Цель станет точнее, если сказать, откуда они придут", goal[0].Text);
        await chat.Send("/kpi cac 90000 80");

        var compared = await chat.Send("/kpi каналы ВКонтакте 30 000 40 20; Яндекс 48 000 120 16", replies: 3);
        var question = compared.Last(m => m.Text.Contains("Какой это канал?"));
        Assert.Contains("«Яндекс» (CAC 3 000 ₽) — это может быть Поиск или Маркетплейсы", string.Join("\n", compared.Select(m => m.Text)));
        Assert.Contains(question.Buttons, b => b.CallbackData == "a:kpi_match.channel:search");
        var read = await chat.Press("a:kpi_match.channel:search");
        Assert.Contains("• «Яндекс» → Поиск: CAC 3 000 ₽", read[^1].Text);

        await chat.Send("/start channels");
        await chat.Send("50 000");
        await chat.Send("6");
        var card = (await chat.Send("Поиск, ВКонтакте, Электронная почта"))[^1];

        Assert.Contains("<b>Поиск</b> · привлечение + конверсия · месяц 2 · 17 500 ₽ · поисковая реклама по запросам с намерением купить, посадочная на каждую группу запросов · ≈ 9 клиентов в месяц при собственном CAC 3 000 ₽", card.Text);
        Assert.Contains("Все каналы вместе: ≈ 23 клиента в месяц, когда работают все каналы (с месяца 4). За 6 мес. это ≈ 113 клиентов", card.Text);
        Assert.Contains("план даёт ≈ 23 клиента в месяц: в среднем CAC 2 136 ₽.", card.Text);
        Assert.Contains("• Базовый: 261 500 ₽ за 6 мес., CAC ≈ 2 136 ₽ (конверсия как в пилоте): ≈ 113 клиентов", card.Text);

        await chat.Send("/status");
        var goalDetails = await chat.Press("c:status:goal");
        Assert.Contains("план даёт ≈ 23 клиента в месяц: в среднем CAC 2 136 ₽.", goalDetails[0].Text);

        await chat.Send("/export");
        await api.WaitForCall("sendDocument", c => c.Parameters.ToString().Contains(".md"), TelegramChat.Timeout);
        var markdown = System.Text.Encoding.UTF8.GetString(api.Files.Single(f => f.ChatId == chat.ChatId && f.FileName!.EndsWith(".md")).Content);
        Assert.Contains("Ожидаемые новые клиенты: ≈ 23 клиента в месяц, когда работают все каналы, и ≈ 113 клиентов за 6 мес. (базовый сценарий)", markdown);
        Assert.Contains("| Поиск | привлечение | 2 | 17 500 ₽ | поисковая реклама по запросам с намерением купить, посадочная на каждую группу запросов | ≈ 9 клиентов в месяц при собственном CAC 3 000 ₽ |", markdown);
    }
}
