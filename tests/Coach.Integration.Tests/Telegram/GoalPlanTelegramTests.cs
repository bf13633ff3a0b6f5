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
        Assert.Contains("Цели нужно 90 × 1 125 ₽ = 101 250 ₽ в месяц.", string.Join("\n", status.Select(m => m.Text)));
    }
}
