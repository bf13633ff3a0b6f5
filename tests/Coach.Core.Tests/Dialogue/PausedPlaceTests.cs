using Coach.Core.Dialogue;
using Coach.Core.Flows.Coverage;
using Coach.Core.Flows;
using Coach.Core.Flows.Learn;
using Coach.Core.Tests.Support;

namespace Coach.Core.Tests.Dialogue;

/// <summary>
/// The place a user left in a section survives errands (an exercise, a KPI number, a draft), and
/// an errand given up is not offered to continue.
/// </summary>
public class PausedPlaceTests
{
    private static ChatDriver CoverageAtTwo(string language)
    {
        var chat = new ChatDriver(language).Send("/start").Press(ButtonData.Open(CoverageFlow.Id)).Send("Organic bread");
        Assert.Equal(CoverageFlow.Key("audience"), chat.State);
        return chat;
    }

    private static string? ContinueLabel(ChatDriver chat) =>
        chat.Last.AllButtons.FirstOrDefault(b => b.Data == ButtonData.Command("resume"))?.Label;

    [Theory]
    [InlineData("en", "Continue: 🧭 Coverage strategy (question 2)")]
    [InlineData("ru", "Продолжить: 🧭 Стратегия охвата (вопрос 2)")]
    public void A_finished_exercise_gives_back_the_paused_section(string language, string label)
    {
        var chat = CoverageAtTwo(language).Send("/learn ctr");
        chat.Press(ButtonData.Command(LearnCommand.Name, $"{LearnCommand.PracticeArg} ctr"));
        chat.Send(PracticeFlows.CurrentKpi(chat.Session)!.Answer.ToString(System.Globalization.CultureInfo.InvariantCulture));

        chat.Send("/start");

        Assert.Contains(label, ContinueLabel(chat));
        chat.Press(ButtonData.Command("resume"));
        Assert.Equal(CoverageFlow.Key("audience"), chat.State);
    }

    [Fact]
    public void A_kpi_question_given_up_with_cancel_is_not_offered_to_continue()
    {
        var chat = new ChatDriver().Send("/kpi cac 90000");
        Assert.StartsWith("kpi_cac.", chat.State);

        chat.Send("/cancel");

        Assert.Null(ContinueLabel(chat));
        Assert.Equal(DialogueStates.Menu, chat.State);
    }

    [Fact]
    public void A_kpi_question_given_up_in_the_middle_of_a_section_leaves_the_section_to_continue()
    {
        var chat = CoverageAtTwo("en").Send("/kpi cac 90000");
        Assert.StartsWith("kpi_cac.", chat.State);

        chat.Send("/cancel");

        Assert.Contains("Continue: 🧭 Coverage strategy (question 2)", ContinueLabel(chat));
        chat.Press(ButtonData.Command("resume"));
        Assert.Equal(CoverageFlow.Key("audience"), chat.State);
    }

    [Fact]
    public void An_exercise_left_half_way_for_the_menu_keeps_the_section_to_continue()
    {
        var chat = CoverageAtTwo("en");
        chat.Press(ButtonData.Command(LearnCommand.Name, $"{LearnCommand.PracticeArg} cac"));
        Assert.StartsWith(PracticeFlows.Kpi, chat.State);

        chat.Send("/menu");

        Assert.Contains("Continue: 🧭 Coverage strategy (question 2)", ContinueLabel(chat));
    }
}
