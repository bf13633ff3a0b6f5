using System.Globalization;
using Coach.Integration.Tests.Terminal;

namespace Coach.Integration.Tests.Telegram;

/// <summary>Goals and voice texts as people write them (issue 12), through the real Telegram.Bot client and the fake Bot API.</summary>
public sealed class WordingTelegramTests
{
    [Fact]
    public async Task Reaching_480_orders_from_400_by_black_friday_is_a_level_not_a_change()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await CoachBotHost.StartAsync(api);
        var chat = new TelegramChat(api, chatId: 4201);

        await chat.Send("/start smart");
        await chat.PressButton("a:smart.type:sales");
        await chat.Send("400");
        var result = Assert.Single(await chat.Send("Reach 480 orders a month from the online store by Black Friday"));

        var due = TerminalWordingTests.NextBlackFriday().ToString("MMM d, yyyy", CultureInfo.InvariantCulture);
        Assert.Contains($"Grow orders from the online store from 400 to 480 (+20%) by {due}.", result.Text);
    }

    [Fact]
    public async Task A_russian_goal_to_lower_the_cost_of_a_lead_is_restated_as_a_cut()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await CoachBotHost.StartAsync(api);
        var chat = new TelegramChat(api, chatId: 4202, languageCode: "ru");

        await chat.Send("/start smart");
        await chat.PressButton("a:smart.type:customers");
        await chat.Send("800");
        var result = Assert.Single(await chat.Send("Снизить стоимость лида из Яндекс Директа на 20% к Черной пятнице"));

        var due = TerminalWordingTests.NextBlackFriday().ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
        Assert.Contains($"Снизить стоимость лида из Яндекс Директа с 800 до 640 (−20%) к {due}.", result.Text);
    }

    [Fact]
    public async Task A_polite_voice_flags_hey_guys_and_a_draft_leaves_out_the_word_to_avoid()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await CoachBotHost.StartAsync(api);
        var chat = new TelegramChat(api, chatId: 4203);

        await chat.Press("go:tov");
        await chat.Press("a:tov.formality:neutral");
        await chat.Press("a:tov.humor:serious");
        await chat.Press("a:tov.address:polite");
        await chat.Send("Cakes of real cream for your celebration");
        await chat.Send("/skip");
        await chat.Send("discount");
        await chat.Press("a:tov.emoji:few");
        await chat.Send("/skip");

        await chat.Press("go:tovcheck");
        await chat.Press("a:tovcheck.channel:sms");
        var report = Assert.Single(await chat.Send("Hey guys, grab a cake before Friday!"));
        Assert.Contains("❌ <b>Register</b>: keep the polite register: “Hey” sounds casual", report.Text);

        await chat.Press("go:draft");
        await chat.Press("a:draft.channel:sms");
        var replies = await chat.Send("Discount: 20% off every cake until Friday", replies: 2);
        Assert.Contains("The topic has words your voice avoids: “discount”.", replies[0].Text);
        Assert.Contains("20% off every cake until Friday", replies[1].Text);
        Assert.DoesNotContain("iscount", replies[1].Text);
    }
}
