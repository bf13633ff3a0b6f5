namespace Coach.Integration.Tests.Telegram;

/// <summary>Consultant remarks through the real Telegram.Bot client and a fake Bot API.</summary>
public sealed class RemarksTelegramTests
{
    [Fact]
    public async Task The_channel_plan_card_carries_the_consultants_remark_on_payback_with_its_buttons()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await CoachBotHost.StartAsync(api);
        var chat = new TelegramChat(api, chatId: 3960);

        await chat.Send("/kpi payback 7000 500");
        await chat.Send("/start channels");
        await chat.Send("100000");
        await chat.Send("12");
        var card = Assert.Single(await chat.Send("search, vk"));

        Assert.Contains("Channel plan", card.Text);
        Assert.Contains("💬 <b>Consultant's remark.</b> A new customer pays back in 14 months, longer than the plan's 12 months", card.Text);
        Assert.Contains(card.Buttons, b => b.CallbackData == "c:menu");
    }
}
