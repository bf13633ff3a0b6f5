using Coach.Core.Dialogue;
using Coach.Core.Flows.Coverage;
using Coach.Core.Flows;
using Coach.Core.Tests.Support;

namespace Coach.Core.Tests.Dialogue;

/// <summary>Typing what the "Keep" button says instead of pressing it keeps the saved answer.</summary>
public class TypedKeepTests
{
    private const string LongProduct = "Organic sourdough bakery with a small café and delivery";

    private static ChatDriver BackAtProduct(string language, string product = "Organic bakery") =>
        new ChatDriver(language).Send("/start").Press(ButtonData.Open(CoverageFlow.Id)).Send(product).Send("/back");

    [Theory]
    [InlineData("en", "keep")]
    [InlineData("en", "KEEP")]
    [InlineData("en", "Keep:")]
    [InlineData("en", "Keep: Organic")]
    [InlineData("en", "Keep: Organic bakery")]
    [InlineData("ru", "оставить")]
    [InlineData("ru", "Оставить")]
    [InlineData("ru", "Оставить: Organic")]
    public void Typing_keep_or_the_buttons_leading_words_keeps_a_text_answer(string language, string typed)
    {
        var chat = BackAtProduct(language);

        chat.Send(typed);

        Assert.Equal("Organic bakery", chat.Session.Answer(CoverageFlow.Key("product")));
        Assert.Equal(CoverageFlow.Key("audience"), chat.State);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ru")]
    public void A_cut_keep_label_typed_with_its_ellipsis_keeps_the_whole_answer(string language)
    {
        var chat = BackAtProduct(language, LongProduct);
        var label = chat.Last.AllButtons.Single(b => b.Data.EndsWith(":" + ButtonData.Keep)).Label;
        Assert.EndsWith("…", label);

        chat.Send(label);

        Assert.Equal(LongProduct, chat.Session.Answer(CoverageFlow.Key("product")));
    }

    [Fact]
    public void Text_that_only_starts_like_keep_is_a_new_answer()
    {
        var chat = BackAtProduct("en");

        chat.Send("Keepsakes and gifts");

        Assert.Equal("Keepsakes and gifts", chat.Session.Answer(CoverageFlow.Key("product")));
    }

    [Theory]
    [InlineData("en", "keep")]
    [InlineData("ru", "оставить")]
    public void Typing_keep_keeps_a_number_answer(string language, string typed)
    {
        var chat = new ChatDriver(language).AnswerProfile("Organic bread", "narrow", "limited", "single", "similar", "small", "yes");
        chat.Choose(":concentrated").Send("2000").Send("/back");
        Assert.Equal(CoverageFlow.Key("size"), chat.State);

        chat.Send(typed);

        Assert.Equal(CoverageFlow.Key("purchases"), chat.State);
        Assert.Equal("2000", chat.Session.Answer(CoverageFlow.Key("size")));
    }

    [Theory]
    [InlineData("en", "keep")]
    [InlineData("ru", "оставить")]
    public void Typing_keep_keeps_a_choice_answer(string language, string typed)
    {
        var chat = BackAtProduct(language);
        chat.Send("/skip"); // not optional: still at the product question
        chat.Send(typed).Choose(":narrow").Send("/back");
        Assert.Equal(CoverageFlow.Key("audience"), chat.State);

        chat.Send(typed);

        Assert.Equal("narrow", chat.Session.Answer(CoverageFlow.Key("audience")));
        Assert.Equal(CoverageFlow.Key("budget"), chat.State);
    }

    [Fact]
    public void A_keep_label_shows_the_answer_as_typed_not_html_escaped()
    {
        var chat = BackAtProduct("en", "Bread & <b>buns</b>");

        var label = chat.Last.AllButtons.Single(b => b.Data.EndsWith(":" + ButtonData.Keep)).Label;

        Assert.Equal("Keep: Bread & <b>buns</b>", label);
    }
}
