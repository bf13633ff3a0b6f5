using Coach.Core.Dialogue;
using Coach.Core.Tests.Support;

namespace Coach.Core.Tests.Dialogue;

/// <summary>t.me/bot?start=payload arrives as "/start payload" and opens a section directly.</summary>
public class DeepLinkTests
{
    [Fact]
    public void A_flow_id_opens_that_flow_at_its_first_question()
    {
        var chat = new ChatDriver().Send("/start kpi_cac");

        Assert.Equal("kpi_cac.spend", chat.State);
    }

    [Fact]
    public void The_kpi_link_opens_the_calculator()
    {
        var chat = new ChatDriver().Send("/start kpi");

        Assert.StartsWith("kpi.", chat.State);
    }

    [Theory]
    [InlineData("persona", "/personas")]
    [InlineData("cjm", "/cjm")]
    public void A_section_with_a_hub_opens_at_its_hub_as_from_the_menu(string payload, string command)
    {
        var viaLink = new ChatDriver().Send("/start " + payload).Text;
        var typed = new ChatDriver().Send(command).Text;

        Assert.Equal(typed, viaLink);
    }

    [Fact]
    public void A_command_name_runs_the_command_as_if_typed()
    {
        var viaLink = new ChatDriver().Send("/start personas").Text;
        var typed = new ChatDriver().Send("/personas").Text;

        Assert.Equal(typed, viaLink);
    }

    [Fact]
    public void A_command_with_an_argument_after_a_dash_runs_it_with_that_argument()
    {
        var viaLink = new ChatDriver().Send("/start kpi-cac_90000_80").Text;
        var typed = new ChatDriver().Send("/kpi cac 90000 80").Text;

        Assert.Equal(typed, viaLink);
        Assert.Contains("1,125", viaLink);
    }

    [Fact]
    public void An_underscore_after_a_command_name_separates_its_argument_as_a_dash_does()
    {
        var underscore = new ChatDriver().Send("/start learn_roi").Text;
        var dash = new ChatDriver().Send("/start learn-roi").Text;

        Assert.Equal(dash, underscore);
        Assert.Contains("ROI", underscore);
    }

    [Theory]
    [InlineData("no_such_place")]
    [InlineData("kpi!")]
    [InlineData("открыть")]
    public void An_unknown_or_malformed_payload_shows_the_menu_with_a_note(string payload)
    {
        var chat = new ChatDriver().Send("/start " + payload);

        Assert.Contains("That link doesn't open anything I know", chat.Last.Text);
        Assert.Equal(DialogueStates.Menu, chat.State);
    }

    [Theory]
    [InlineData("coverage", true)]
    [InlineData("learn-cac", true)]
    [InlineData("a_b-C9", true)]
    [InlineData("", false)]
    [InlineData("with space", false)]
    [InlineData("dots.are.not.allowed", false)]
    public void Payloads_follow_telegrams_alphabet_and_length(string payload, bool valid)
    {
        Assert.Equal(valid, DeepLinkPayload.IsValid(payload));
        Assert.False(DeepLinkPayload.IsValid(new string('a', 65)));
    }
}
