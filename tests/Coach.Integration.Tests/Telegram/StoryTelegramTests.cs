using System.Text;

namespace Coach.Integration.Tests.Telegram;

/// <summary>Examples that fit the business and the strategy document: the real host and Telegram.Bot client against the fake Bot API.</summary>
public sealed class StoryTelegramTests
{
    [Fact]
    public async Task A_russian_school_gets_a_schools_niche_and_mix_examples()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await CoachBotHost.StartAsync(api);
        var chat = new TelegramChat(api, chatId: 4101, languageCode: "ru");
        await chat.Send("/start");
        await chat.PressButton("go:coverage");
        await chat.Send("Школа английского для взрослых");
        foreach (var answer in new[] { "a:coverage.audience:narrow", "a:coverage.budget:limited", "a:coverage.line:single", "a:coverage.needs:similar", "a:coverage.stage:startup" })
        {
            await chat.PressButton(answer);
        }

        var cards = await chat.PressButton("a:coverage.niche:yes", replies: 2);
        Assert.Contains("Языковая школа, например, учит только английскому для айтишников", cards[0].Text);
        Assert.DoesNotContain("Пекарня", cards[0].Text);
        await chat.PressButton("a:coverage.strategy:concentrated");
        await chat.Send("2 000");
        await chat.Send("24");
        await chat.Send("350");
        await chat.Send("/skip");

        await chat.Send("/start mix");
        Assert.StartsWith("⭐", chat.ButtonOfLast("a:mix.business:services").Text, StringComparison.Ordinal);
        await chat.PressButton("a:mix.business:services", replies: 2);
        var first = await chat.PressButton("a:mix.model:7p");

        Assert.Contains("английский для взрослых: группы по шесть человек, уровни A1–C1", first[^1].Text);
        Assert.True(bot.Log.Errors.Count == 0, bot.Log.ToString());
    }

    [Fact]
    public async Task The_english_export_opens_with_the_summary_and_keeps_the_media_plan_and_kpi_inputs()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await CoachBotHost.StartAsync(api);
        var chat = new TelegramChat(api, chatId: 4102);
        await chat.Send("/start");
        await chat.AnswerCoverageUpToStrategy("Fresh bread");
        await chat.PressButton("a:coverage.strategy:concentrated");
        foreach (var answer in new[] { "2 000", "24", "350", "20 000 000", "/kpi cac 90000 80", "/start channels", "150 000" })
        {
            await chat.Send(answer);
        }

        await chat.PressButton("a:channels.months:6");
        await chat.Send("search, vk");

        await chat.Send("/export");

        await api.WaitForCall("sendDocument", c => c.Parameters.ToString().Contains(".md"), TelegramChat.Timeout);
        var file = api.Files.Single(f => f.ChatId == chat.ChatId && f.FileName!.EndsWith(".md"));
        var markdown = Encoding.UTF8.GetString(file.Content);
        Assert.True(markdown.IndexOf("## Strategy on one page", StringComparison.Ordinal) < markdown.IndexOf("## 🧭 Coverage strategy", StringComparison.Ordinal));
        Assert.Contains("- Strategy: concentrated (niche) marketing for “Fresh bread”.", markdown);
        Assert.Contains("- Budget: 150,000 a month for 6 months, ", markdown);
        Assert.Contains("| Search | acquisition | 2 |", markdown);
        Assert.Contains("| CAC (customer acquisition cost) | 1,125 | marketing spend 90,000, new customers 80 |", markdown);
        Assert.True(bot.Log.Errors.Count == 0, bot.Log.ToString());
    }
}
