namespace Coach.Integration.Tests.Telegram;

/// <summary>Russian dotted thousands, orders that are not customers, a number that completes free text, spend by channel and a metric worked backwards, through the real Telegram.Bot client.</summary>
public sealed class KpiNumbersTelegramTests
{
    [Fact]
    public async Task A_russian_client_typing_dotted_thousands_gets_ninety_thousand()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await CoachBotHost.StartAsync(api);
        var chat = new TelegramChat(api, chatId: 3701, languageCode: "ru");

        var result = Assert.Single(await chat.Send("/kpi cac 90.000 80"));

        Assert.Contains("90 000 ₽ ÷ 80 = 1 125 ₽", result.Text);
    }

    [Fact]
    public async Task Orders_give_an_average_check_and_no_cac()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await CoachBotHost.StartAsync(api);
        var chat = new TelegramChat(api, chatId: 3702);

        // Issue 12: the same numbers also give the cost per sale and, spent on ads, ROAS.
        var text = string.Join("\n", (await chat.Send("spent 1.5m on ads, revenue 4m, 300 orders")).Select(m => m.Text));

        Assert.Contains("4,000,000 ÷ 300", text);
        Assert.Contains("Cost per sale: 5,000", text);
        Assert.Contains("ROAS", text);
        Assert.DoesNotContain("CAC", text);
    }

    [Fact]
    public async Task A_number_typed_after_ad_spend_completes_cac_from_the_stored_session()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await CoachBotHost.StartAsync(api);
        var chat = new TelegramChat(api, chatId: 3703, languageCode: "ru");

        await chat.Send("потратили 90 000 на рекламу");
        var text = string.Join("\n", (await chat.Send("80")).Select(m => m.Text));

        Assert.Contains("90 000 ₽ ÷ 80 = 1 125 ₽", text);
    }

    [Fact]
    public async Task Spend_by_channel_is_summed_and_an_average_check_is_worked_back_to_revenue()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await CoachBotHost.StartAsync(api);
        var russian = new TelegramChat(api, chatId: 3704, languageCode: "ru");
        var english = new TelegramChat(api, chatId: 3705);

        var cac = Assert.Single(await russian.Send("потратили 30к на вк и 25к на директ, пришло 110 новых клиентов"));
        var revenue = Assert.Single(await english.Send("average order value is $35 and we had 420 orders, what's our revenue?"));

        Assert.Contains("(30 000 + 25 000) ÷ 110 = 55 000 ₽ ÷ 110 = 500 ₽", cac.Text);
        Assert.Contains("Revenue: $14,700", revenue.Text);
        Assert.DoesNotContain("$0.08", revenue.Text);
    }
}
