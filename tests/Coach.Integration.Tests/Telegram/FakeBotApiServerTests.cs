using global::Telegram.Bot;
using global::Telegram.Bot.Exceptions;
using global::Telegram.Bot.Types;
using global::Telegram.Bot.Types.Enums;
using global::Telegram.Bot.Types.ReplyMarkups;

namespace Coach.Integration.Tests.Telegram;

/// <summary>The fake itself, driven by the real Telegram.Bot client: what the end-to-end tests rely on.</summary>
public sealed class FakeBotApiServerTests
{
    [Fact]
    public async Task Fake_records_messages_files_and_callback_answers_the_client_sends()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        var client = new TelegramBotClient(new TelegramBotClientOptions(CoachBotHost.Token, api.BaseUrl));
        using var timeout = new CancellationTokenSource(FakeBotApiServer.DefaultTimeout);

        var me = await client.GetMe(timeout.Token);
        var sent = await client.SendMessage(
            42, "<b>Привет</b> &amp; hi", ParseMode.Html,
            replyMarkup: new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("Go", "go:coverage")),
            cancellationToken: timeout.Token);
        await using (var picture = new MemoryStream([1, 2, 3]))
        {
            await client.SendPhoto(42, InputFile.FromStream(picture, "chart.png"), caption: "<i>chart</i>", parseMode: ParseMode.Html, cancellationToken: timeout.Token);
        }

        await using (var report = new MemoryStream([4, 5, 6, 7]))
        {
            await client.SendDocument(42, InputFile.FromStream(report, "plan.pdf"), caption: "plan", cancellationToken: timeout.Token);
        }

        var queryId = api.EnqueueCallback(42, "go:coverage");
        var updates = await client.GetUpdates(0, 100, 1, cancellationToken: timeout.Token);
        await client.AnswerCallbackQuery(updates.Single().CallbackQuery!.Id, cancellationToken: timeout.Token);

        Assert.Equal(FakeBotApiServer.BotId, me.Id);
        Assert.Equal(42, sent.Chat.Id);
        var message = Assert.Single(await api.WaitForMessages(42, 1, FakeBotApiServer.DefaultTimeout));
        Assert.Equal("<b>Привет</b> &amp; hi", message.Text);
        Assert.Equal("HTML", message.ParseMode, ignoreCase: true);
        Assert.Equal([new InlineButton("Go", "go:coverage")], message.Buttons);
        Assert.Collection(
            api.Files,
            photo => Assert.Equal(("sendPhoto", "chart.png", 3L, "<i>chart</i>"), (photo.Method, photo.FileName, photo.Length, photo.Caption)),
            document => Assert.Equal(("sendDocument", "plan.pdf", 4L, "plan"), (document.Method, document.FileName, document.Length, document.Caption)));
        Assert.Equal(queryId, updates.Single().CallbackQuery!.Id);
        Assert.Equal(queryId, Assert.Single(api.CallsTo("answerCallbackQuery"))["callback_query_id"]);
    }

    [Theory]
    [InlineData("<p>paragraph</p>", "unsupported start tag \"p\"")]
    [InlineData("<b>bold", "can't find end tag corresponding to start tag \"b\"")]
    [InlineData("<b>bold</i>", "unmatched end tag")]
    [InlineData("5 < 6", "unclosed start tag")]
    [InlineData("&nbsp;", "unsupported entity")]
    public async Task Fake_rejects_html_Telegram_would_not_parse(string text, string problem)
    {
        await using var api = await FakeBotApiServer.StartAsync();
        var client = new TelegramBotClient(new TelegramBotClientOptions(CoachBotHost.Token, api.BaseUrl));
        using var timeout = new CancellationTokenSource(FakeBotApiServer.DefaultTimeout);

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => client.SendMessage(7, text, ParseMode.Html, cancellationToken: timeout.Token));

        Assert.Equal(400, error.ErrorCode);
        Assert.Contains(problem, error.Message);
        Assert.Empty(api.Messages);
    }

    [Fact]
    public async Task Fake_long_poll_returns_an_empty_batch_within_about_a_second_and_drops_confirmed_updates()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        var client = new TelegramBotClient(new TelegramBotClientOptions(CoachBotHost.Token, api.BaseUrl));
        using var timeout = new CancellationTokenSource(FakeBotApiServer.DefaultTimeout);

        var clock = System.Diagnostics.Stopwatch.StartNew();
        Assert.Empty(await client.GetUpdates(0, 100, 30, cancellationToken: timeout.Token));
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(3));

        var first = api.EnqueueText(7, "one");
        var second = api.EnqueueText(7, "two");
        Assert.Equal([first, second], (await client.GetUpdates(0, 100, 1, cancellationToken: timeout.Token)).Select(u => u.Id));
        Assert.Equal([second], (await client.GetUpdates(second, 100, 1, cancellationToken: timeout.Token)).Select(u => u.Id));
        Assert.Equal([second], (await client.GetUpdates(0, 100, 1, cancellationToken: timeout.Token)).Select(u => u.Id));
        Assert.Equal("two", (await client.GetUpdates(0, 100, 0, cancellationToken: timeout.Token)).Single().Message!.Text);
        Assert.Equal(1, api.PendingUpdates);
    }
}
