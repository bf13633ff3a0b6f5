using Coach.Bot.Telegram;
using Coach.Core.Dialogue;
using Microsoft.Extensions.Logging.Abstractions;
using Telegram.Bot;

namespace Coach.Integration.Tests.Telegram;

/// <summary>The real Telegram.Bot client sending Coach's replies to the fake Bot API, which checks Telegram's rules.</summary>
public class ReplySenderTests
{
    [Fact]
    public async Task A_reply_over_4096_characters_goes_as_valid_parts_with_the_buttons_on_the_last()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        var sender = new TelegramReplySender(new TelegramBotClient(new TelegramBotClientOptions(CoachBotHost.Token, api.BaseUrl)), NullLogger<TelegramReplySender>.Instance);
        var draft = "<b>" + string.Join("\n", Enumerable.Range(1, 120).Select(i => $"Line {i}: fresh bread &amp; pastry, every morning near you")) + "</b>";
        var reply = new Reply(draft + "\n\n" + draft) { Buttons = [[new Button("Menu", "c:menu")]] };

        await sender.SendAsync(9001, reply, CancellationToken.None);
        var sent = api.Messages;

        Assert.Empty(api.Rejections);
        Assert.True(sent.Count >= 3, $"{sent.Count} part(s)");
        Assert.All(sent, m => Assert.True(m.Text.Length <= MessageSplitter.Limit));
        Assert.All(sent.Take(sent.Count - 1), m => Assert.Empty(m.Buttons));
        Assert.Single(sent[^1].Buttons);
        Assert.Equal(240, sent.Sum(m => m.Text.Split("Line ").Length - 1));
    }

    [Fact]
    public async Task A_picture_with_a_long_caption_goes_as_a_photo_with_the_caption_cut_to_1024()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        var sender = new TelegramReplySender(new TelegramBotClient(new TelegramBotClientOptions(CoachBotHost.Token, api.BaseUrl)), NullLogger<TelegramReplySender>.Instance);
        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0 };
        var caption = string.Join(' ', Enumerable.Repeat("funnel", 400));

        await sender.SendAsync(9002, new Reply("Your funnel") { Attachments = [new Attachment("funnel.png", "image/png", png, caption)] }, CancellationToken.None);

        var photo = Assert.Single(api.Files);
        Assert.Equal("sendPhoto", photo.Method);
        Assert.True(photo.Caption!.Length <= MessageSplitter.CaptionLimit);
        Assert.EndsWith("…", photo.Caption);
    }
}
