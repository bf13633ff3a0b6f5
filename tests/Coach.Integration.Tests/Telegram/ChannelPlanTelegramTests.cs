namespace Coach.Integration.Tests.Telegram;

/// <summary>The channel plan through the real Telegram.Bot client and a fake Bot API: a CAC in another currency than the budget.</summary>
public sealed class ChannelPlanTelegramTests
{
    [Fact]
    public async Task A_dollar_cac_is_left_out_of_a_rouble_plan_and_the_card_says_why()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await CoachBotHost.StartAsync(api);
        var chat = new TelegramChat(api, chatId: 3950, languageCode: "ru");

        await chat.Send("/kpi cac $1.2k 37");
        await chat.Send("/start channels");
        await chat.Send("150 000");
        await chat.Send("6");
        var card = (await chat.Send("Telegram, Instagram, Блоги"))[^1];

        Assert.Contains("Ваш последний CAC ($32,43) посчитан в другой валюте, чем бюджет (рубли)", card.Text);
        Assert.Contains("<b>Telegram</b> · вовлечение + удержание · месяц 2", card.Text);
        Assert.DoesNotContain("≈", card.Text);
    }
}
