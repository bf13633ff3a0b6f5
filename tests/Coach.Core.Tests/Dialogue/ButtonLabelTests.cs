using Coach.Core.Tests.Support;

namespace Coach.Core.Tests.Dialogue;

/// <summary>Button labels are plain text: user values in them are shown as typed, never HTML-escaped.</summary>
public class ButtonLabelTests
{
    [Theory]
    [InlineData("en", "➕ Persona for “<i>office</i> lunches & more”")]
    [InlineData("ru", "<i>office</i> lunches & more")]
    public void A_persona_per_segment_button_shows_the_segment_as_typed(string language, string expected)
    {
        var chat = new ChatDriver(language).AnswerProfile("Cars", "broad", "large", "wide", "clear", "large", "no");
        chat.Choose(":differentiated").Send("<i>office</i> lunches & more, families");

        chat.Send("/personas");

        var labels = chat.Last.AllButtons.Select(b => b.Label).ToList();
        Assert.Contains(labels, label => label.Contains(expected, StringComparison.Ordinal));
        Assert.DoesNotContain(labels, label => label.Contains("&lt;", StringComparison.Ordinal) || label.Contains("&amp;", StringComparison.Ordinal));
    }
}
