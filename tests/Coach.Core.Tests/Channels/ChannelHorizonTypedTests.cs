using Coach.Core.Flows.Channels;
using Coach.Core.Tests.Support;

namespace Coach.Core.Tests.Channels;

public class ChannelHorizonTypedTests
{
    [Theory]
    [InlineData("en", "6")]
    [InlineData("en", "9")]
    [InlineData("en", "12")]
    [InlineData("ru", "6")]
    [InlineData("ru", "12")]
    public void A_typed_number_of_months_picks_that_horizon(string language, string months)
    {
        var chat = new ChatDriver(language).Send("/start channels").Send("100000").Send(months);

        Assert.Equal(months, chat.Session.Answer(ChannelPlanFlow.Key("months")));
    }

    [Theory]
    [InlineData("en", "values on the buttons (6, 9, 12)")]
    [InlineData("ru", "значений с кнопок (6, 9, 12)")]
    public void A_typed_number_that_is_no_horizon_is_refused_rather_than_read_as_a_button_number(string language, string refusal)
    {
        var chat = new ChatDriver(language).Send("/start channels").Send("100000").Send("3");

        Assert.Null(chat.Session.Answer(ChannelPlanFlow.Key("months")));
        Assert.Contains(refusal, chat.Text);
    }
}
