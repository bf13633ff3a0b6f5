using Coach.Core.Dialogue;
using Coach.Core.Flows;
using Coach.Core.Tests.Support;

namespace Coach.Core.Tests.Dialogue;

public class DialogueGraphTests
{
    private const string Regenerate = "COACH_WRITE_DOCS=1 dotnet test tests/Coach.Core.Tests --filter Dialogue_graph_in_docs_is_current";

    [Fact]
    public void Dialogue_graph_in_docs_is_current()
    {
        var path = RepositoryFiles.PathOf("docs/dialogue.md");
        var expected = DialogueDoc.Render(DialogueMachine.Graph(CoachFlows.Create()));
        if (Environment.GetEnvironmentVariable("COACH_WRITE_DOCS") == "1")
        {
            File.WriteAllText(path, expected);
        }

        var actual = File.Exists(path) ? File.ReadAllText(path) : "";
        Assert.True(actual == expected, $"docs/dialogue.md is out of date with the flow declarations. Regenerate it with:\n  {Regenerate}");
    }

    [Fact]
    public void Guards_carry_descriptions_rather_than_function_names()
    {
        var graph = DialogueMachine.Graph(CoachFlows.Create());

        Assert.Contains("chosen strategy is concentrated", graph);
        Assert.DoesNotContain("Function", graph);
    }

    [Fact]
    public void Every_button_stays_within_telegrams_64_bytes()
    {
        foreach (var flow in CoachFlows.Create().Flows)
        {
            foreach (var step in flow.Steps)
            {
                var values = step.Answer is ChoiceAnswer choice ? choice.Values.Append(ButtonData.Keep) : [ButtonData.Keep];
                foreach (var value in values)
                {
                    Assert.True(System.Text.Encoding.UTF8.GetByteCount(ButtonData.Answer(step.State, value, step.Nonce is null ? null : new string('9', ButtonData.MaxTokenLength))) <= ButtonData.MaxBytes, step.State + value);
                }
            }

            Assert.True(ButtonData.Open(flow.Id).Length <= ButtonData.MaxBytes);
        }
    }

    private static class DialogueDoc
    {
        public static string Render(string mermaid) =>
            "# Dialogue graph\n\n" +
            "Generated from the flow declarations (`DialogueMachine.Graph`); do not edit by hand.\n" +
            $"Regenerate with `{Regenerate}`.\n\n" +
            "```mermaid\n" + mermaid.Trim() + "\n```\n";
    }
}
