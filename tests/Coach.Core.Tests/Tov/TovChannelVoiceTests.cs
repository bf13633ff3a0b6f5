using Coach.Core.Domain.Tov;

namespace Coach.Core.Tests.Tov;

public class TovChannelVoiceTests
{
    private static readonly ChannelRule Sms = ChannelRules.For(DraftChannel.Sms);

    private static ToneProfile Voice(EmojiPolicy emoji, Humor humor = Humor.Light) => new()
    {
        Formality = Formality.Friendly,
        Humor = humor,
        Address = Address.Polite,
        Emoji = emoji,
    };

    private static TovFinding Finding(TovReport report, string criterion) => Assert.Single(report.Findings, f => f.Criterion == criterion);

    [Fact]
    public void Emoji_in_an_sms_fail_the_emoji_criterion_even_when_the_voice_allows_a_few()
    {
        var report = TovChecker.Check("Свежий хлеб к завтраку 🎉🎉🎉", Voice(EmojiPolicy.Few), Sms, "ru");

        var emoji = Finding(report, "emoji");
        Assert.False(emoji.Passed);
        Assert.Equal("tov.fix.emoji", emoji.FixKey);
    }

    [Fact]
    public void Emoji_in_an_sms_are_counted_once_not_also_as_a_channel_limit()
    {
        var report = TovChecker.Check("Fresh bread for breakfast 🎉", Voice(EmojiPolicy.Few), Sms, "en");

        Assert.True(Finding(report, "length").Passed);
        Assert.False(Finding(report, "emoji").Passed);
    }

    [Fact]
    public void An_sms_without_emoji_is_not_asked_for_emoji_by_a_voice_that_likes_many()
    {
        var report = TovChecker.Check("Fresh bread for breakfast, baked at six.", Voice(EmojiPolicy.Many), Sms, "en");

        Assert.True(Finding(report, "emoji").Passed);
    }

    [Fact]
    public void A_stiff_greeting_and_invitation_fail_a_friendly_voice()
    {
        var report = TovChecker.Check("Уважаемые клиенты! Приглашаем Вас воспользоваться предложением", Voice(EmojiPolicy.Few), Sms, "ru");

        Assert.False(Finding(report, "formality").Passed);
    }

    [Fact]
    public void A_long_latin_sms_is_only_told_to_be_cut()
    {
        var text = string.Join(' ', Enumerable.Repeat("Fresh rye bread", 15));

        var length = Finding(TovChecker.Check(text, Voice(EmojiPolicy.None), Sms, "en"), "length");

        Assert.Equal("tov.fix.sms_gsm", length.FixKey);
    }

    [Fact]
    public void A_long_cyrillic_sms_keeps_the_advice_about_its_alphabet()
    {
        var text = string.Join(' ', Enumerable.Repeat("Свежий хлеб", 10));

        Assert.Equal("tov.fix.sms", Finding(TovChecker.Check(text, Voice(EmojiPolicy.None), Sms, "ru"), "length").FixKey);
    }

    [Theory]
    [InlineData("Fresh bread for breakfast, baked at six.", false)]
    [InlineData("Fresh bread for breakfast, baked at six 😉", true)]
    [InlineData("Fresh bread for breakfast. We knead it, you need it :)", true)]
    public void A_humorous_voice_is_nudged_when_nothing_in_the_text_smiles(string text, bool passed)
    {
        var report = TovChecker.Check(text, Voice(EmojiPolicy.Few, Humor.Humorous), null, "en");

        Assert.Equal(passed, Finding(report, "humor").Passed);
    }

    [Fact]
    public void A_light_voice_has_no_humour_criterion()
    {
        var report = TovChecker.Check("Fresh bread for breakfast.", Voice(EmojiPolicy.Few, Humor.Light), null, "en");

        Assert.DoesNotContain(report.Findings, f => f.Criterion == "humor");
    }
}
