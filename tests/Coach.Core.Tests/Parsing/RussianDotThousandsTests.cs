using System.Globalization;
using Coach.Core.Dialogue;
using Coach.Core.Domain.Learn;
using Coach.Core.Flows.Learn;
using Coach.Core.Parsing;
using Coach.Core.Tests.Learn;
using Coach.Core.Tests.Support;

namespace Coach.Core.Tests.Parsing;

/// <summary>"90.000" is ninety thousand to a Russian reader and ninety to an English one.</summary>
public class RussianDotThousandsTests
{
    [Theory]
    [InlineData("90.000", "90000")]
    [InlineData("28.080", "28080")]
    [InlineData("1.500.000", "1500000")]
    [InlineData("1.125", "1125")]
    [InlineData("1.5", "1.5")]
    [InlineData("12.75", "12.75")]
    [InlineData("0.500", "0.5")]
    [InlineData("1.500 млн", "1500000")]
    [InlineData("1 250.5", "1250.5")]
    public void A_russian_reader_takes_a_dot_before_three_digits_as_thousands(string text, string expected)
    {
        Assert.True(NumberParser.TryParse(text, out var number, out var error, language: Languages.Russian), $"error {error}");
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), number.Value);
    }

    [Theory]
    [InlineData("1.125", "1.125")]
    [InlineData("90.000", "90")]
    [InlineData("1.500.000", "1500000")]
    public void An_english_reader_keeps_a_lone_dot_as_the_decimal_mark(string text, string expected)
    {
        Assert.True(NumberParser.TryParse(text, out var number, out _, language: Languages.English));
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), number.Value);
        Assert.True(NumberParser.TryParse(text, out var unspecified, out _));
        Assert.Equal(number, unspecified);
    }

    [Fact]
    public void Free_text_in_russian_finds_dotted_thousands()
    {
        var found = NumberParser.FindAll("потратили 90.000 на рекламу, пришло 80", Languages.Russian);

        Assert.Equal([90000m, 80m], found.Select(m => m.Number.Value));
    }

    [Fact]
    public void A_russian_kpi_command_reads_dotted_thousands()
    {
        var chat = new ChatDriver("ru").Send("/start").Send("/kpi cac 90.000 80");

        Assert.Contains("90 000 ₽ ÷ 80 = 1 125 ₽", chat.Last.Text);
    }

    [Fact]
    public void An_english_kpi_command_keeps_the_decimal_dot()
    {
        var chat = new ChatDriver("en").Send("/start").Send("/kpi cac 90.000 80");

        Assert.DoesNotContain("1,125", chat.Last.Text);
    }

    [Theory]
    [InlineData("ru", "✅ <b>Верно:")]
    [InlineData("en", "✅ <b>Right:")]
    public void A_practice_answer_with_a_thousands_dot_is_graded_right(string language, string right)
    {
        var seed = Enumerable.Range(1, 20_000).First(s => KpiExercises.Make("ltv", s).Answer is var a
            && a == decimal.Truncate(a) && a is >= 1000 and < 1_000_000 && a % 1000 != 0);
        var chat = LearnFlowTests.Seeded(language, seed).Send("/learn practice ltv");
        var answer = (long)PracticeFlows.CurrentKpi(chat.Session)!.Answer;

        chat.Send($"{answer / 1000}.{answer % 1000:000}");

        Assert.Contains(right, chat.Text);
    }
}
