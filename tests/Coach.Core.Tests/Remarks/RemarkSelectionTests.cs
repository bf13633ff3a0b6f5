using Coach.Core.Dialogue;
using Coach.Core.Domain.Coverage;
using Coach.Core.Flows.Coverage;
using Coach.Core.Flows;
using Coach.Core.Tests.Support;
using static Coach.Core.Tests.Remarks.RemarkFixtures;

namespace Coach.Core.Tests.Remarks;

/// <summary>The remarks through the engine: at most two per finished section, the highest first, none repeated.</summary>
public class RemarkSelectionTests
{
    private const string Marker = "💬 <b>Consultant's remark.</b>";

    private static int Count(string text, string part) => (text.Length - text.Replace(part, "").Length) / part.Length;

    private static ChatDriver ChatWith(Action<Session> arrange, string language = "en")
    {
        var chat = new ChatDriver(language);
        var session = new Session { Id = chat.ChatId, Language = language, LanguageChosen = true };
        arrange(session);
        chat.Store.Save(session);
        return chat;
    }

    // Four remarks hold for the channel plan: LTV/CAC (90), mass on a limited budget (80), payback past the horizon (75), a persona out of the plan (75).
    private static ChatDriver ContradictoryStrategy() => ChatWith(session =>
    {
        session.Coverage = Coverage(CoverageStrategy.Mass);
        session.Answers[CoverageFlow.Key("budget")] = "limited";
        session.KpiHistory.AddRange([Ltv(29_120, 50), Record("cac", 7_000), Record("payback", 14)]);
        session.Personas.Add(Portrait("Anna", channels: "instagram,blogs"));
    });

    private static ChatDriver PlanChannels(ChatDriver chat) =>
        chat.Send("/start channels").Send("100000").Choose(":12").Send("search, vk");

    [Fact]
    public void A_finished_section_shows_its_two_weightiest_remarks_in_its_card_above_the_buttons()
    {
        var chat = PlanChannels(ContradictoryStrategy());

        var card = chat.Last;
        Assert.Contains("Channel plan", card.Text);
        Assert.Equal(2, Count(card.Text, Marker));
        Assert.Contains($"{Marker} LTV/CAC is 2.1: below 3", card.Text);
        Assert.Contains($"{Marker} You chose mass coverage with a limited budget", card.Text);
        Assert.True(card.Text.IndexOf("LTV/CAC", StringComparison.Ordinal) < card.Text.IndexOf("You chose mass", StringComparison.Ordinal));
        Assert.DoesNotContain("pays back in", card.Text);
        // The card keeps its own buttons (a plan without a goal offers one), the main menu last.
        Assert.Equal(ButtonData.Command("menu"), card.AllButtons.Last().Data);
    }

    [Fact]
    public void Finishing_the_section_again_shows_the_next_remarks_not_the_same_ones()
    {
        var chat = PlanChannels(ContradictoryStrategy());

        PlanChannels(chat);

        Assert.Equal(2, Count(chat.Last.Text, Marker));
        Assert.DoesNotContain("LTV/CAC is 2.1", chat.Last.Text);
        Assert.Contains("A new customer pays back in 14 months, longer than the plan's 12 months", chat.Last.Text);
        Assert.Contains("None of Anna's channels (Instagram, Blogs) is in the channel plan", chat.Last.Text);

        PlanChannels(chat);
        Assert.DoesNotContain(Marker, chat.Last.Text);
        Assert.Equal(4, chat.Session.RemarksShown.Count);
    }

    [Fact]
    public void A_remark_belongs_to_its_sections_only()
    {
        // Anna is out of the plan (a personas and channels remark) and decides in a committee (tone of voice and personas).
        var chat = ChatWith(session =>
        {
            session.Personas.Add(Portrait("Anna", channels: "instagram", decision: "committee"));
            session.Answers["channels.budget"] = "100000";
            session.Answers["channels.months"] = "6";
            session.Answers["channels.list"] = "search";
            session.CompletedFlows.Add("channels");
        });

        chat.Send("/start tov").Choose(":friendly").Choose(":light").Choose(":casual").Send("Bread baked at dawn, delivered warm").Send("/skip").Send("/skip").Choose(":few").Send("/skip");

        Assert.Equal(1, Count(chat.Text, Marker));
        Assert.Contains($"{Marker} The voice is casual, while Anna decides together with other people", chat.Last.Text);
        Assert.DoesNotContain("None of Anna's channels", chat.Text);
    }

    [Fact]
    public void A_kpi_card_carries_a_new_remark_once_and_again_when_its_numbers_change()
    {
        var chat = ChatWith(session => session.KpiHistory.Add(Ltv(29_120, 50)));

        chat.Send("/kpi cac 70000 10");
        Assert.Contains("CAC", chat.Last.Text);
        Assert.Contains($"{Marker} LTV/CAC is 2.1: below 3", chat.Last.Text);
        Assert.Equal(2, chat.Last.AllButtons.Count());

        chat.Send("/kpi cac 70000 10");
        Assert.DoesNotContain(Marker, chat.Last.Text);

        chat.Send("/kpi cac 80000 10");
        Assert.Contains($"{Marker} LTV/CAC is 1.8: below 3", chat.Last.Text);
    }

    [Fact]
    public void In_the_programme_the_remark_stays_on_the_result_card_and_the_programme_card_follows()
    {
        var chat = ContradictoryStrategy();
        var session = chat.Session;
        session.InProgramme = true;
        chat.Store.Save(session);

        PlanChannels(chat);

        Assert.Contains("Channel plan", chat.Replies[^2].Text);
        Assert.Contains(Marker, chat.Replies[^2].Text);
        Assert.DoesNotContain(Marker, chat.Last.Text);
        Assert.Contains("Your strategy:", chat.Last.Text);
    }

    [Fact]
    public void The_document_lines_hold_every_remark_that_applies_shown_or_not()
    {
        var chat = PlanChannels(ContradictoryStrategy());

        var lines = Coach.Core.Flows.Remarks.ConsultantRemarks.All(chat.Session, new Coach.Core.Texts.Texts(Coach.Core.Texts.TextCatalog.Default, "en"));

        Assert.Equal(4, lines.Count);
        Assert.StartsWith("LTV/CAC is 2.1", lines[0]);
        Assert.StartsWith("You chose mass coverage", lines[1]);
        Assert.Contains(lines, line => line.StartsWith("None of Anna's channels", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, line => line.Contains("💬", StringComparison.Ordinal));
    }

    [Fact]
    public void The_strategy_document_lists_every_remark_that_holds_under_its_own_heading()
    {
        var chat = PlanChannels(ContradictoryStrategy());
        var t = Coach.Core.Texts.TextCatalog.Default.For("en");

        var document = Coach.Core.Flows.Export.StrategyDocument.Build(chat.Session, t, new DateTime(2026, 12, 2, 9, 0, 0, DateTimeKind.Utc));

        var blocks = document.Blocks.ToList();
        var heading = blocks.FindIndex(b => b is DocumentHeading { Text: "What a consultant would point out" });
        Assert.True(heading > 0);
        var remarks = Assert.IsType<DocumentBullets>(blocks[heading + 1]).Items;
        Assert.Contains(remarks, r => r.Contains("LTV/CAC is 2.1: below 3", StringComparison.Ordinal));
        Assert.Contains(remarks, r => r.Contains("mass coverage with a limited budget", StringComparison.Ordinal));
    }
}
