using Coach.Bot.Telegram;

namespace Coach.Integration.Tests.Telegram;

public class MessageSplitterTests
{
    [Fact]
    public void A_short_message_stays_whole()
    {
        Assert.Equal(["hello"], MessageSplitter.Split("hello"));
    }

    [Fact]
    public void A_long_message_is_cut_at_paragraphs_within_the_limit_and_loses_nothing()
    {
        var paragraphs = Enumerable.Range(1, 200).Select(i => $"<b>Paragraph {i}</b>: " + new string('x', 60)).ToList();
        var text = string.Join("\n\n", paragraphs);

        var parts = MessageSplitter.Split(text);

        Assert.True(parts.Count >= 4);
        Assert.All(parts, p => Assert.True(p.Length <= MessageSplitter.Limit));
        Assert.All(parts, p => Assert.Equal(p.Split("<b>").Length, p.Split("</b>").Length));
        Assert.Equal(paragraphs, parts.SelectMany(p => p.Split("\n\n")));
    }

    [Fact]
    public void A_single_huge_line_is_cut_at_words()
    {
        var text = string.Join(' ', Enumerable.Repeat("word", 3000));

        var parts = MessageSplitter.Split(text);

        Assert.All(parts, p => Assert.True(p.Length <= MessageSplitter.Limit && !p.StartsWith(' ')));
        Assert.Equal(3000, parts.Sum(p => p.Split(' ').Length));
    }
}
