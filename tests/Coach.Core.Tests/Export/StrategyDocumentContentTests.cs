using Coach.Core.Dialogue;
using Coach.Core.Flows.Export;
using Coach.Core.Texts;
using Coach.Core.Tests.Cjm;
using Coach.Core.Tests.Support;
using Coach.Core.Tests.Tov;

namespace Coach.Core.Tests.Export;

/// <summary>What the strategy document (Markdown and PDF both render this spec) keeps from the cards.</summary>
public class StrategyDocumentContentTests
{
    private static DocumentSpec Document(ChatDriver chat, string language) =>
        StrategyDocument.Build(chat.Session, TextCatalog.Default.For(language), DateTime.UtcNow);

    // Every line of text the document holds, headings, paragraphs, bullets and table cells alike.
    private static List<string> Lines(DocumentSpec document) => document.Blocks.SelectMany(block => block switch
    {
        DocumentHeading h => [h.Text],
        DocumentParagraph p => [p.Text],
        DocumentBullets b => b.Items,
        DocumentTable t => t.Rows.SelectMany(r => r),
        _ => (IEnumerable<string>)[],
    }).ToList();

    private static ChatDriver Niche(string language, string target) =>
        new ChatDriver(language).AnswerProfile("Organic bread", "narrow", "limited", "single", "similar", "small", "yes")
            .Choose(":concentrated").Send("2 000").Send("24").Send("350").Send(target);

    [Theory]
    [InlineData("en", "below your target of 20,000,000")]
    [InlineData("ru", "меньше вашей цели 20 000 000 ₽")]
    public void A_niche_that_cannot_reach_the_target_keeps_its_warning_and_the_target(string language, string warning)
    {
        var lines = Lines(Document(Niche(language, "20 000 000"), language));

        Assert.Contains(lines, line => line.Contains(warning, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en", "→ niche")]
    [InlineData("ru", "→ нишевая")]
    public void Each_coverage_reason_keeps_the_strategy_it_points_to(string language, string conclusion)
    {
        var lines = Lines(Document(Niche(language, "20 000 000"), language));

        Assert.Contains(lines, line => line.EndsWith(conclusion, StringComparison.Ordinal) && !line.StartsWith('•'));
    }

    [Theory]
    [InlineData("en", "Growth points", "Appeal: no prices on the site")]
    [InlineData("ru", "Точки роста", "Интерес: no prices on the site")]
    public void The_journey_keeps_its_growth_points(string language, string title, string point)
    {
        var chat = CjmFlowTests.WithPersona(language);
        chat.Send($"/cjm start {chat.Session.Personas[0].Id}");
        CjmFlowTests.Walk(chat);

        var lines = Lines(Document(chat, language));

        Assert.Contains(lines, line => line.Contains(title, StringComparison.Ordinal));
        Assert.Contains(point, lines);
    }

    [Fact]
    public void A_session_with_every_section_done_has_no_empty_next_steps_heading()
    {
        var chat = Niche("en", "1 000 000");
        chat.Send("/personas new").Send("Anna Petrova").Send("30").Send("manager")
            .Send("no time").Send("health").Send("telegram").Choose(":add").Send("/skip").Choose(":middle").Send("/skip").Send("/skip").Send("food").Send("price").Choose(":compare");
        chat.Send($"/cjm start {chat.Session.Personas[0].Id}");
        CjmFlowTests.Walk(chat);
        chat.Send("/start mix").Choose(":goods").Choose(":4p").Send("rye bread").Send("fair price").Send("corner shops").Send("leaflets");
        chat.Send("/start smart").Send("1").Send("250").Send("increase orders from the website by 20% in three months");
        chat.Send("/kpi cac 90000 80");
        chat.Send("/start channels").Send("150 000").Choose(":6").Send("search, vk");
        TovDialogueTests.DescribeVoice(chat);

        var document = Document(chat, "en");

        Assert.DoesNotContain(document.Blocks, b => b is DocumentHeading { Text: "Next steps" });
        Assert.DoesNotContain(document.Blocks, b => b is DocumentBullets { Items.Count: 0 });
        Assert.DoesNotContain(Lines(document), line => line == TextCatalog.Plain(TextCatalog.Default.For("en")["export.not_done"]));
    }

    [Fact]
    public void An_unfinished_session_still_lists_its_next_steps()
    {
        var document = Document(new ChatDriver().Send("/kpi cac 90000 80"), "en");

        Assert.Contains(document.Blocks, b => b is DocumentHeading { Text: "Next steps" });
    }
}
