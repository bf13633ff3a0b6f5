using Coach.Integration.Tests.Support;

namespace Coach.Integration.Tests.Terminal;

/// <summary>A blank or whitespace-only line in the terminal is answered like any unreadable input.</summary>
public class TerminalBlankLineTests
{
    private static int Count(string text, string part) => text.Split(part).Length - 1;

    [Theory]
    [InlineData("en", "Who needs your product?")]
    [InlineData("ru", "Кому нужен ваш продукт?")]
    public async Task A_blank_line_gets_the_current_question_again(string language, string question)
    {
        using var folder = new TempFolder();

        var output = await TerminalChatTests.Run(folder, "1\nOrganic bread\n\n   \n", language);

        Assert.Equal(3, Count(output, question));
    }

    [Fact]
    public async Task A_blank_line_at_the_menu_gets_the_menu_again()
    {
        using var folder = new TempFolder();

        var output = await TerminalChatTests.Run(folder, "\n");

        Assert.Equal(2, Count(output, "  1) 🧭 Coverage strategy"));
    }
}
