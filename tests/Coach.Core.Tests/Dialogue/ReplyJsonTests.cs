using System.Reflection;
using Coach.Core.Dialogue;

namespace Coach.Core.Tests.Dialogue;

/// <summary>A reply kept in the outbox comes back whole: every kind of chart and document block, every flag.</summary>
public class ReplyJsonTests
{
    private static Reply Sample() => new("<b>Card</b> text")
    {
        Buttons = [[new Button("➡️ Next", "c:next"), new Button("🏠 Menu", "c:menu")]],
        Attachments = [new Attachment("a.png", "image/png", [1, 2, 3], "A caption")],
        Charts =
        [
            new FunnelChart("funnel.png", "Funnel", "Caption", [new ChartBarSpec("Clicks", 1400m, "1,400")], ["1.4%"], 0),
            new ComparisonChart("cac.png", "CAC", null, "₽", [new ChartBarSpec("VK", 3000m, "3,000")], LowerIsBetter: true),
            new TableChart("cjm.png", "Journey", "Map", ["Stage"], [["Aware"]], [[1]]),
            new PlanActualChart("month.png", "Month", null, "Customers", ["30.11", "07.12"], [new ChartSeriesSpec("VK", [9m, null])], new ChartSeriesSpec("All", [9m, null]), 4.9m, "Plan", null, "Goal"),
        ],
        Documents =
        [
            new DocumentSpec("strategy", "Strategy", "Bakery", [
                new DocumentHeading(1, "Goal"),
                new DocumentParagraph("Ninety customers a month."),
                new DocumentBullets(["One", "Two"]),
                new DocumentTable(["Channel"], [["Search"]]),
                new DocumentPageBreak(),
                new DocumentChart(new ComparisonChart("c.png", "C", "c", "₽", [], false)) { MarkdownNote = "See the PDF." },
            ]),
        ],
        ExpectsText = true,
        Graded = true,
        MainMenu = true,
        MenuLead = "A note",
        ReplacesOrigin = true,
    };

    [Fact]
    public void A_reply_survives_its_json_with_every_chart_and_block_kind()
    {
        var json = Sample().ToJson();
        var back = Reply.FromJson(json);

        Assert.Equal(json, back.ToJson());
        Assert.IsType<FunnelChart>(back.Charts[0]);
        Assert.IsType<TableChart>(back.Charts[2]);
        Assert.Equal([9m, null], Assert.IsType<PlanActualChart>(back.Charts[3]).Total.Values);
        Assert.Equal("See the PDF.", Assert.IsType<DocumentChart>(back.Documents[0].Blocks[5]).MarkdownNote);
        Assert.Equal([1, 2, 3], back.Attachments[0].Content);
        Assert.True(back.ReplacesOrigin && back.Graded && back.MainMenu && back.ExpectsText);
    }

    [Fact]
    public void The_sample_sets_every_property_a_reply_has_so_a_new_one_cannot_slip_past_the_outbox()
    {
        var sample = Sample();
        var unset = typeof(Reply).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite)
            .Where(p => p.GetValue(sample) is null or false or System.Collections.ICollection { Count: 0 })
            .Select(p => p.Name)
            .ToList();

        Assert.Empty(unset);
    }

    [Theory]
    [InlineData(typeof(Chart))]
    [InlineData(typeof(DocumentBlock))]
    public void Every_kind_of_chart_and_document_block_is_registered_for_the_outbox(Type baseType)
    {
        var registered = baseType.GetCustomAttributes<System.Text.Json.Serialization.JsonDerivedTypeAttribute>().Select(a => a.DerivedType).ToHashSet();
        var kinds = baseType.Assembly.GetTypes().Where(type => type.IsSubclassOf(baseType) && !type.IsAbstract).ToList();

        Assert.NotEmpty(kinds);
        Assert.All(kinds, kind => Assert.True(registered.Contains(kind), $"{kind.Name} has no [JsonDerivedType] on {baseType.Name}: a reply carrying it could not be kept in the outbox."));
    }
}
