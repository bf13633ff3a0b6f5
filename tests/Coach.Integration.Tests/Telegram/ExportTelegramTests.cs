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
}
