namespace Coach.Integration.Tests.Telegram;

/// <summary>Fixes from a QA pass, through the real Telegram.Bot client and a fake Bot API: absurd numbers, free-text buttons, sums, signs, goals from zero.</summary>
public sealed class KpiQaTelegramTests
{
    [Fact]
    public async Task An_absurd_spend_is_refused_by_name_and_asked_again()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await CoachBotHost.StartAsync(api);
        var chat = new TelegramChat(api, chatId: 3901);

        var replies = await chat.Send("/kpi cac 1000000000000000 80", replies: 2);

        var text = string.Join("\n", replies.Select(r => r.Text));
        Assert.Contains("“marketing spend” is too large: I take values up to 1,000,000,000,000", text);
        Assert.DoesNotContain("12,500,000,000,000", text);
        Assert.Contains("90,000 ÷ 80 = 1,125", (await chat.Send("90000"))[0].Text);
    }

    [Fact]
    public async Task Visitors_alone_get_a_conversion_button_that_keeps_the_number()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await CoachBotHost.StartAsync(api);
        var chat = new TelegramChat(api, chatId: 3902, languageCode: "ru");

        var question = Assert.Single(await chat.Send("пришло 1850 посетителей"));
        Assert.Contains(question.Buttons, b => b.CallbackData == "go:kpi");

        await chat.PressButton("go:kpi_conversion");
        var visitors = Assert.Single(await chat.Send("37"));
        Assert.Contains(visitors.Buttons, b => b.Text.Contains("1 850"));
        var result = Assert.Single(await chat.Press(visitors.Buttons.First(b => b.Text.Contains("1 850")).CallbackData!));

        Assert.Contains("37 ÷ 1 850", result.Text);
    }

    [Fact]
    public async Task Reach_adds_up_three_channels_and_nps_shows_a_minus_sign()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await CoachBotHost.StartAsync(api);
        var chat = new TelegramChat(api, chatId: 3903);

        Assert.Contains("113,000", Assert.Single(await chat.Send("/kpi reach 15000 90000 8000")).Text);
        Assert.Contains("−85", Assert.Single(await chat.Send("/kpi nps 5 5 90")).Text);
    }

    [Fact]
    public async Task A_goal_from_zero_is_restated_without_a_percentage()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await CoachBotHost.StartAsync(api);
        var chat = new TelegramChat(api, chatId: 3904);

        await chat.Send("/start smart");
        await chat.PressButton("a:smart.type:customers");
        await chat.Send("0");
        var result = await chat.Send("get new customers from Instagram up to 100 per month by March 1");

        Assert.Contains("Grow customers from Instagram from 0 to 100 by", result[0].Text);
        Assert.DoesNotContain("%)", result[0].Text);
    }
}
