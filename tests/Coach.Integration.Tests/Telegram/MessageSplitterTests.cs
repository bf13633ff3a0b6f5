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

    [Fact]
    public void A_tag_open_across_a_cut_is_closed_in_one_part_and_reopened_in_the_next()
    {
        var lines = Enumerable.Range(1, 150).Select(i => $"line {i} " + new string('y', 50));
        var text = "Intro\n<b><i>" + string.Join("\n", lines) + "</i></b>\nEnd";

        var parts = MessageSplitter.Split(text);

        Assert.True(parts.Count >= 2);
        Assert.All(parts, p => Assert.True(p.Length <= MessageSplitter.Limit));
        Assert.All(parts, p => Assert.True(TelegramHtml.Check(p, out _) is null, p[..80] + "…" + p[^80..]));
        Assert.EndsWith("</i></b>", parts[0]);
        Assert.StartsWith("<b><i>", parts[1]);
    }

    [Fact]
    public void A_cut_never_falls_inside_an_entity_or_a_tag()
    {
        var text = string.Concat(Enumerable.Repeat("&amp;<b>x</b>", 1000));

        var parts = MessageSplitter.Split(text);

        Assert.All(parts, p => Assert.True(TelegramHtml.Check(p, out _) is null, p[..40] + "…" + p[^40..]));
        Assert.Equal(text.Replace("<b>", "").Replace("</b>", ""), string.Concat(parts).Replace("<b>", "").Replace("</b>", ""));
    }

    [Fact]
    public void A_long_caption_is_cut_at_a_word_within_1024_characters_with_its_tags_closed()
    {
        var caption = "<b>" + string.Join(' ', Enumerable.Repeat("funnel", 300)) + "</b>";

        var cut = MessageSplitter.Caption(caption)!;

        Assert.True(cut.Length <= MessageSplitter.CaptionLimit);
        Assert.EndsWith("…</b>", cut);
        Assert.True(TelegramHtml.Check(cut, out _) is null);
        Assert.Equal("short", MessageSplitter.Caption("short"));
    }

    [Fact]
    public void Emoji_are_never_cut_in_half_in_parts_or_captions()
    {
        var text = "a" + string.Concat(Enumerable.Repeat("😀", 3000));

        var parts = MessageSplitter.Split(text);
        var caption = MessageSplitter.Caption(text)!;

        Assert.All(parts, p => Assert.False(char.IsHighSurrogate(p[^1]) || char.IsLowSurrogate(p[0])));
        Assert.Equal(text, string.Concat(parts));
        Assert.True(char.IsLowSurrogate(caption[^2]) || !char.IsSurrogate(caption[^2]));
    }

    [Fact]
    public void A_single_tag_longer_than_a_message_still_ends_the_splitting()
    {
        var text = "<a href=\"https://example.com/" + new string('x', 5000) + "\">link</a> " + new string('y', 5000);

        var parts = MessageSplitter.Split(text);

        Assert.InRange(parts.Count, 3, 6);
        Assert.All(parts, p => Assert.True(p.Length <= MessageSplitter.Limit));
    }
}
