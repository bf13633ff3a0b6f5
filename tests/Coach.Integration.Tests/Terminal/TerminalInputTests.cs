using Coach.Bot.Terminal;
using Coach.Core.Dialogue;

namespace Coach.Integration.Tests.Terminal;

/// <summary>How a typed terminal line is read against the numbered buttons of the last reply.</summary>
public class TerminalInputTests
{
    private static readonly Reply EmotionScale = new("How does the customer feel?")
    {
        Buttons = [[new Button("😡 −2", "a:m2"), new Button("🙁 −1", "a:m1"), new Button("😐 0", "a:z0"), new Button("🙂 +1", "a:p1"), new Button("😍 +2", "a:p2")]],
    };

    [Theory]
    [InlineData("+1", "a:p1")]
    [InlineData("+2", "a:p2")]
    [InlineData("-1", "a:m1")]
    [InlineData("−2", "a:m2")]
    [InlineData("2", "a:m1")]
    public void A_signed_number_presses_the_button_with_that_value_and_a_plain_number_the_numbered_button(string typed, string pressed)
    {
        var input = TerminalRenderer.Interpret("terminal:1", typed, [EmotionScale]);

        Assert.Equal(UserInputKind.Button, input.Kind);
        Assert.Equal(pressed, input.Payload);
    }
}
