using Coach.Core.Dialogue;
using Coach.Core.Flows.Learn;
using Coach.Core.Texts;

namespace Coach.Core.Tests.Learn;

public class TopicCardLengthTests
{
    /// <summary>About what a phone shows without scrolling in a chat bubble (40 lines of ~35 characters).</summary>
    private const int OneScreen = 1400;

    public static TheoryData<string, string> Cards()
    {
        var data = new TheoryData<string, string>();
        foreach (var topic in LearnTopics.All)
        {
            foreach (var language in Languages.All)
            {
                data.Add(topic.Id, language);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cards))]
    public void Every_topic_fits_one_phone_screen(string id, string language)
    {
        var card = LearnCommand.Card(TextCatalog.Default.For(language), LearnTopics.Find(id)!);

        var visible = TextCatalog.Plain(card.Text);
        Assert.True(visible.Length <= OneScreen, $"{visible.Length} characters");
    }
}
