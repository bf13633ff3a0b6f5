namespace Coach.Integration.Tests.Telegram;

public class ExportTelegramTests
{
    [Fact]
    public async Task Export_sends_the_strategy_as_a_pdf_and_a_markdown_file()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await CoachBotHost.StartAsync(api);
        var chat = new TelegramChat(api, chatId: 4001, languageCode: "ru");
        await chat.Send("/kpi cac 90000 80");

        var replies = await chat.Send("/export");

        Assert.Contains("документ со стратегией", replies[0].Text);
        await api.WaitForCall("sendDocument", c => c.Parameters.ToString().Contains(".md"), TelegramChat.Timeout);
        var documents = api.Files.Where(f => f.ChatId == chat.ChatId && f.Method == "sendDocument").ToList();
        Assert.Contains(documents, f => f.FileName!.EndsWith(".pdf") && f.Length > 1000 && f.Content.AsSpan(0, 4).SequenceEqual("%PDF"u8));
        Assert.Contains(documents, f => f.FileName!.EndsWith(".md") && f.Length > 100);
        Assert.Contains(api.CallsTo("sendChatAction"), c => c["action"] == "upload_document");
    }

    [Fact]
    public async Task A_smart_goal_is_checked_until_it_passes_through_buttons_and_typed_answers()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await CoachBotHost.StartAsync(api);
        var chat = new TelegramChat(api, chatId: 4002);

        await chat.Send("/start smart");
        await chat.PressButton("a:smart.type:sales");
        await chat.Send("250");
        var verdict = await chat.Send("increase sales", replies: 2);
        Assert.Contains("❌ <b>Measurable</b>", verdict[0].Text);

        var result = await chat.Send("increase orders from the website by 20% in three months");

        Assert.Contains("Grow orders from the website from 250 to 300 (+20%)", result[0].Text);
        Assert.Contains(result[0].Buttons, b => b.CallbackData == "go:kpi_cac" || b.CallbackData == "go:kpi_average_check");
    }
}
