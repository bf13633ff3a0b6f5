using Coach.Core.Dialogue;
using Coach.Core.Domain.Tov;
using Coach.Core.Drafting;
using Coach.Core.Flows.Tov;
using Coach.Core.Tests.Support;
using Moq;

namespace Coach.Core.Tests.Tov;

/// <summary>A topic that carries a word the voice avoids: a warning, and no draft, brief or model input with it (issue 12).</summary>
public class AvoidedTopicTests
{
    [Theory]
    [InlineData("Скидка 20% на все торты до пятницы", "скидка", "20% на все торты до пятницы")]
    [InlineData("Торты со скидкой 20% до пятницы", "скидка", "Торты со 20% до пятницы")]
    [InlineData("Скидки, подарки и дегустация в субботу", "скидка", "Подарки и дегустация в субботу")]
    [InlineData("Дешёвые торты на заказ", "дешёвый", "Торты на заказ")]
    [InlineData("Новый ржаной хлеб на закваске", "скидка", "Новый ржаной хлеб на закваске")]
    [InlineData("Discount on all cakes until Friday", "discount", "On all cakes until Friday")]
    [InlineData("Cheap cakes, baked every morning", "cheap", "Cakes, baked every morning")]
    [InlineData("Big SALE: 20% off every loaf", "sale", "Big: 20% off every loaf")]
    [InlineData("Wholesale bread for cafés", "sale", "Wholesale bread for cafés")]
    [InlineData("Скидка", "скидка", "Скидка")]
    public void A_topic_loses_the_words_to_avoid_and_keeps_the_rest(string topic, string avoid, string expected)
    {
        Assert.Equal(expected, WordStems.Without(topic, [avoid]));
    }

    [Theory]
    [InlineData("ru", "Скидка 20% на все торты до пятницы", "скидка", "слова-табу: «скидка»")]
    [InlineData("en", "Discount: 20% off every cake until Friday", "discount", "words your voice avoids: “discount”")]
    public void The_360_pack_warns_and_no_draft_nor_the_blogger_brief_repeats_the_word(string language, string topic, string avoid, string warning)
    {
        var chat = Voice(new ChatDriver(language), avoid);
        chat.Send("/tov").Press(ButtonData.Open(PackFlow.Id));
        chat.Choose(":social").Choose(":sms").Choose(":blogger").Choose(":!").Send(topic);

        Assert.Contains(warning, chat.Replies[0].Text);
        Assert.Equal(3, chat.Session.Drafts.Count);
        var stem = avoid[..^2];
        foreach (var draft in chat.Session.Drafts.Where(d => d.Channel != DraftChannel.Blogger))
        {
            Assert.DoesNotContain(stem, draft.Text, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("20%", draft.Text);
        }

        // The brief still tells the blogger which word to avoid, and only there.
        var brief = chat.Session.Drafts.Single(d => d.Channel == DraftChannel.Blogger).Text;
        var lines = brief.Split('\n');
        Assert.Single(lines, line => line.Contains(stem, StringComparison.OrdinalIgnoreCase));
        Assert.Contains(lines, line => line.EndsWith(": " + avoid, StringComparison.Ordinal));
    }

    [Fact]
    public void A_single_draft_warns_and_the_model_gets_the_topic_without_the_word()
    {
        ModelRequest? asked = null;
        var model = new Mock<IDraftModel>();
        model.Setup(m => m.FixedPromptText(It.IsAny<PromptTask>())).Returns([]);
        model.Setup(m => m.CompleteAsync(It.IsAny<ModelRequest>(), It.IsAny<CancellationToken>()))
            .Callback<ModelRequest, CancellationToken>((request, _) => asked = request)
            .ReturnsAsync("Rye sourdough, 20% off this week. Order today.");
        var chat = Voice(new ChatDriver(model: model.Object), "discount");

        chat.Send("/tov").Press(ButtonData.Open(DraftFlow.Id)).Choose(":telegram").Send("Rye sourdough discount, 20% off this week");

        Assert.Contains("words your voice avoids: “discount”", chat.Text);
        Assert.Equal("Rye sourdough, 20% off this week", asked!.UserText);
        Assert.Equal(["discount"], asked.Profile.WordsToAvoid);
    }

    [Fact]
    public void A_topic_without_words_to_avoid_gets_no_warning()
    {
        var chat = Voice(new ChatDriver("ru"), "скидка");

        chat.Send("/tov").Press(ButtonData.Open(DraftFlow.Id)).Choose(":sms").Send("Новый ржаной хлеб на закваске");

        Assert.DoesNotContain("слова-табу", chat.Text);
        Assert.Contains("Новый ржаной хлеб на закваске", chat.Session.Drafts.Single().Text);
    }

    [Theory]
    [InlineData("ru", "Торты со скидкой до пятницы", "скидка", false)]
    [InlineData("ru", "Торты по специальной цене до пятницы", "скидка", true)]
    [InlineData("en", "Cakes at a discount until Friday", "discount", false)]
    [InlineData("en", "Cakes at a special price until Friday", "discount", true)]
    public void The_tov_check_flags_a_word_to_avoid_in_any_form(string language, string text, string avoid, bool passes)
    {
        var voice = new ToneProfile { WordsToAvoid = [avoid] };

        var finding = TovChecker.Check(text, voice, null, language).Findings.Single(f => f.Criterion == "avoid");

        Assert.Equal(passes, finding.Passed);
    }

    private static ChatDriver Voice(ChatDriver chat, string avoid)
    {
        chat.Send("/tov").Press(ButtonData.Open(TovProfileFlow.Id));
        chat.Choose(":neutral").Choose(":serious").Choose(":polite");
        chat.Send(chat.Language == "ru" ? "Торты из натуральных сливок к вашему празднику" : "Cakes of real cream for your celebration");
        chat.Send("/skip").Send(avoid);
        chat.Choose(":few");
        return chat.Send("/skip");
    }

    [Theory]
    [InlineData("самый дешёвый кофе", "дешево", true)]
    [InlineData("самый дешевый кофе", "дешёво", true)]
    [InlineData("Ёлки и гирлянды", "елка", true)]
    [InlineData("вкусный кофе", "дешево", false)]
    public void A_word_to_avoid_is_found_whether_it_is_typed_with_ё_or_е(string text, string word, bool found) =>
        Assert.Equal(found, Coach.Core.Domain.Tov.WordStems.Contains(text, word));
}
