using Coach.Core.Dialogue;
using Coach.Core.Flows.Coverage;
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

        Assert.Contains("Your strategy: 0/8 sections", chat.Last.Text);
        Assert.Equal(ButtonData.Command("programme", "next"), chat.Last.AllButtons.First().Data);
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
        Assert.Contains("2/8", chat.Last.Text);
        Assert.Contains("Next: Marketing mix", chat.Last.AllButtons.First().Label);
    }

    [Fact]
    public void Redoing_an_earlier_section_does_not_flag_a_later_one_that_reads_nothing_of_it()
    {
        var chat = new ChatDriver().Send("/kpi cac 90000 80");
        var session = chat.Session;
        session.KpiHistory[0].Utc = DateTime.UtcNow.AddHours(-1); // computed an hour before the strategy changed
        chat.Store.Save(session);
        chat.AnswerProfile("Soap", "everyone", "large", "several", "similar", "large", "no").Choose(":mass");

        chat.Send("/programme");

        Assert.Contains("✅ 6. KPIs", chat.Last.Text);
        Assert.DoesNotContain("⚠️", chat.Last.Text);
    }

    [Fact]
    public void Walking_the_programme_offers_the_next_section_after_each_one()
    {
        var chat = new ChatDriver().Send("/programme").Press(ButtonData.Command("programme", "next"));
        Assert.Contains("First: Coverage strategy", chat.Replies[0].Text);
        Assert.Equal(CoverageFlow.Key("product"), chat.State);

        chat.Send("Soap");
        foreach (var value in new[] { "everyone", "large", "several", "similar", "large", "no", "mass" })
        {
            chat.Choose(":" + value);
        }

        Assert.Contains("Your strategy: 1/8 sections", chat.Last.Text);
        chat.Press(chat.Last.AllButtons.First().Data);
        Assert.Contains("What kind of business is it?", chat.Last.Text);

        // The plan is explained once; the next section is only named.
        Assert.Contains("Next section: Marketing mix", chat.Text);
        Assert.DoesNotContain("section by section", chat.Text);
        chat.Choose(":goods").Choose(":4p").Send("bread").Send("fair").Send("shops").Send("ads");

        Assert.Contains("Your strategy: 2/8 sections", chat.Last.Text);
        chat.Press(chat.Last.AllButtons.First().Data);
        Assert.Contains("Give the persona a name", chat.Last.Text);
    }
    [Theory]
    [InlineData("en", "Next step", "▶️ Next: Marketing mix", "▶️ Next: Personas")]
    [InlineData("ru", "Следующий шаг", "▶️ Дальше: Маркетинг-микс", "▶️ Дальше: Портреты клиентов")]
    public void Walking_the_programme_a_result_card_leaves_the_next_step_to_the_programme(string language, string cardNext, string toMix, string toPersonas)
    {
        var chat = new ChatDriver(language).Send("/programme").Press(ButtonData.Command("programme", "next"));
        chat.Send("Soap");
        foreach (var value in new[] { "everyone", "large", "several", "similar", "large", "no", "mass" })
        {
            chat.Choose(":" + value);
        }

        AssertOneNextStep(chat, cardNext, toMix);
        chat.Press(chat.Last.AllButtons.First().Data);
        chat.Choose(":goods").Choose(":4p").Send("bread").Send("fair").Send("shops").Send("ads");
        AssertOneNextStep(chat, cardNext, toPersonas);
    }

    [Fact]
    public void Outside_the_programme_a_result_card_keeps_its_own_next_step()
    {
        var chat = new ChatDriver().Send("/start").Press(ButtonData.Open("mix")).Choose(":goods").Choose(":4p").Send("bread").Send("fair").Send("shops").Send("ads");

        Assert.Contains("Next step", chat.Last.Text);
        Assert.Contains(chat.Last.AllButtons, b => b.Data == ButtonData.Command("personas"));
    }

    private static void AssertOneNextStep(ChatDriver chat, string cardNext, string programmeNext)
    {
        Assert.Equal(2, chat.Replies.Count);
        Assert.DoesNotContain(cardNext, chat.Replies[0].Text);
        Assert.Empty(chat.Replies[0].AllButtons);
        Assert.Equal(programmeNext, chat.Last.AllButtons.First().Label);
    }
}
