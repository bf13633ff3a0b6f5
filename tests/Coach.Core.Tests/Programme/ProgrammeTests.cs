using Coach.Core.Dialogue;
using Coach.Core.Flows;
using Coach.Core.Tests.Support;

namespace Coach.Core.Tests.Programme;

public class ProgrammeTests
{
    [Fact]
    public void The_programme_starts_with_the_coverage_strategy()
    {
        var chat = new ChatDriver().Send("/start");
        var entry = chat.Last.AllButtons.Single(b => b.Label.Contains("Build my strategy"));

        chat.Press(entry.Data);

        Assert.Contains("Your strategy: 0/7 sections", chat.Last.Text);
        Assert.Equal(ButtonData.Open(CoverageFlow.Id), chat.Last.AllButtons.First().Data);
    }

    [Fact]
    public void Done_sections_are_ticked_and_the_next_one_offered()
    {
        var chat = new ChatDriver().AnswerProfile("Soap", "everyone", "large", "several", "similar", "large", "no").Choose(":mass");
        chat.Send("/kpi cac 90000 80");

        chat.Send("/programme");

        Assert.Contains("✅ 1. Coverage strategy", chat.Last.Text);
        Assert.Contains("⬜ 2. Marketing mix", chat.Last.Text);
        Assert.Contains("✅ 6. KPIs", chat.Last.Text);
        Assert.Contains("2/7", chat.Last.Text);
        Assert.Contains("Next: Marketing mix", chat.Last.AllButtons.First().Label);
    }

    [Fact]
    public void Redoing_an_earlier_section_flags_the_later_ones_for_review()
    {
        var chat = new ChatDriver().Send("/kpi cac 90000 80");
        var session = chat.Session;
        session.KpiHistory[0].Utc = DateTime.UtcNow.AddHours(-1); // computed an hour before the strategy changed
        chat.Store.Save(session);
        chat.AnswerProfile("Soap", "everyone", "large", "several", "similar", "large", "no").Choose(":mass");

        chat.Send("/programme");

        Assert.Contains("⚠️ 6. KPIs: review it, “Coverage strategy” changed after it was done", chat.Last.Text);
    }
}
