using Coach.Core.Parsing;
using Coach.Integration.Tests.Support;
using Coach.Integration.Tests.Terminal;

namespace Coach.Integration.Tests.Learn;

/// <summary>A practice round through the terminal host: numbered buttons, typed numbers and goals, a real LiteDB file.</summary>
public class PracticeTerminalTests
{
    [Fact]
    public async Task Learn_opens_a_group_by_its_number_then_a_topic_and_goes_back_to_the_group()
    {
        using var folder = new TempFolder();

        var output = await TerminalChatTests.Run(folder, "/learn\n3\n1\n⬅️ 📊 KPIs\n", "en");

        var groups = output.Split("> /learn")[1].Split("> 3")[0];
        Assert.Contains("1) 🧭 Strategy", groups);
        Assert.Contains("3) 📊 KPIs", groups);
        Assert.DoesNotContain("CAC", groups);
        var kpis = output.Split("> 3")[1].Split("> 1")[0];
        Assert.Contains("1) CAC", kpis);
        Assert.Contains("⬅️ All groups", kpis);
        Assert.Contains("90,000 ÷ 80 = 1,125", output.Split("> 1")[1]);
        Assert.Contains("1) CAC", output.Split("> ⬅️ 📊 KPIs")[1]);
    }

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
