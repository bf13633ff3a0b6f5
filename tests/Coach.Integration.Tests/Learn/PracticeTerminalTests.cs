using Coach.Core.Parsing;
using Coach.Integration.Tests.Support;
using Coach.Integration.Tests.Terminal;

namespace Coach.Integration.Tests.Learn;

/// <summary>A practice round through the terminal host: numbered buttons, typed numbers and goals, a real LiteDB file.</summary>
public class PracticeTerminalTests
{
    [Fact]
    public async Task A_piped_script_plays_a_whole_practice_round_and_sees_the_score_and_streak()
    {
        using var folder = new TempFolder();
        const int seed = 2024;
        PracticeScript.Seed(folder.File("coach.db"), "term:local", "en", seed);
        var round = new PracticeScript(seed);
        var lines = new List<string> { "/learn", "/learn practice", PracticeScript.StrategyNumber(round.Case) };
        if (round.Case.AsksModel)
        {
            lines.Add(PracticeScript.ModelNumber(round.Case));
        }

        lines.AddRange(["1", "lots", NumberFormatter.Format(round.Cac.Answer, "en"), "1", round.Goal.Better["en"], "1"]);
        lines.AddRange([PracticeScript.StrategyNumber(round.MixCase), PracticeScript.ModelNumber(round.MixCase), "1"]);
        lines.AddRange([NumberFormatter.Format(round.Roi.Answer, "en", NumberUnit.Percent), "/progress"]);

        var output = await TerminalChatTests.Run(folder, string.Join('\n', lines) + "\n");

        Assert.Contains("🎓 Learn", output);
        Assert.Contains("Exercise 1 of 5 · Coverage strategies", output);
        Assert.Contains(round.Case.Text["en"], output);
        Assert.Contains("I couldn't read a number", output);
        Assert.Contains("Exercise 5 of 5 · ROI", output);
        Assert.Equal(4, output.Split("✅ Right").Length - 1);
        Assert.Contains("All five criteria pass", output);
        Assert.Contains("Round over: 5 of 5 right.", output);
        Assert.Contains("Not a single mistake", output);
        Assert.DoesNotContain("The ones you missed", output);
        Assert.Contains("🔥 Streak: 1 day", output);
        Assert.DoesNotContain("❌", output);
        Assert.DoesNotContain("<b>", output);
    }
}
