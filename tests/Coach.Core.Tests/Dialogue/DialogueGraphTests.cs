using Coach.Core.Dialogue;
using Coach.Core.Flows;
using Coach.Core.Tests.Support;
using Coach.Core.Texts;
using Stateless.Reflection;

namespace Coach.Core.Tests.Dialogue;

public class DialogueGraphTests
{
    private const string Regenerate = "COACH_WRITE_DOCS=1 dotnet test tests/Coach.Core.Tests --filter Dialogue_graph_in_docs_is_current";

    // Mermaid refuses a diagram longer than its maxTextSize, 50,000 characters by default.
    private const int MermaidMaxTextSize = 50_000;

    [Fact]
    public void Dialogue_graph_in_docs_is_current()
    {
        var expected = DialogueDocs.Render(CoachFlows.Create());
        var folder = RepositoryFiles.PathOf(DialogueDocs.Folder);
        if (Environment.GetEnvironmentVariable("COACH_WRITE_DOCS") == "1")
        {
            Directory.CreateDirectory(folder);
            foreach (var stale in Directory.GetFiles(folder, "*.md").Where(file => !expected.ContainsKey(Relative(file))))
            {
                File.Delete(stale);
            }

            foreach (var (path, text) in expected)
            {
                File.WriteAllText(RepositoryFiles.PathOf(path), text);
            }
        }

        var present = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.md").Select(Relative).ToHashSet() : [];
        var outdated = expected
            .Where(file => !File.Exists(RepositoryFiles.PathOf(file.Key)) || File.ReadAllText(RepositoryFiles.PathOf(file.Key)) != file.Value)
            .Select(file => file.Key)
            .Concat(present.Where(path => !expected.ContainsKey(path)))
            .ToList();
        Assert.True(outdated.Count == 0, $"Out of date with the flow declarations: {string.Join(", ", outdated)}. Regenerate with:\n  {Regenerate}");
    }

    [Fact]
    public void The_graphs_per_flow_together_are_the_whole_machine()
    {
        var catalog = CoachFlows.Create();
        var whole = Transitions(DialogueMachine.Create(new Session(), catalog).GetInfo()).ToHashSet();
        var split = catalog.Flows.SelectMany(flow => Transitions(DialogueMachine.Info(flow))).ToHashSet();

        Assert.Equal(whole.Order(), split.Order());
        Assert.Contains(whole, line => line.Contains(" -back-> ", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_flows_graph_is_far_under_mermaids_limit()
    {
        var catalog = CoachFlows.Create();
        var largest = catalog.Flows.Max(flow => DialogueMachine.Graph(flow).Length);
        var whole = catalog.Flows.Sum(flow => DialogueMachine.Graph(flow).Length);

        // The single graph this split replaced was 44.8 KB, close enough to the limit to break with a few more flows.
        Assert.True(largest * 4 < MermaidMaxTextSize, $"The largest flow graph is {largest} characters; Mermaid stops at {MermaidMaxTextSize}.");
        Assert.True(largest * 4 < whole, $"One flow's graph ({largest}) is a large part of all of them ({whole}).");
    }

    [Fact]
    public void Guards_carry_descriptions_rather_than_function_names()
    {
        var graphs = string.Join("\n", CoachFlows.Create().Flows.Select(DialogueMachine.Graph));

        Assert.Contains("chosen strategy is concentrated", graphs);
        Assert.DoesNotContain("Function", graphs);
    }

    private static string Relative(string file) => Path.GetRelativePath(RepositoryFiles.Root, file).Replace('\\', '/');

    // Every transition as one line: source, trigger, destination and its guards (or the dynamic
    // destination's criterion), plus which superstate each state belongs to.
    private static IEnumerable<string> Transitions(StateMachineInfo info) =>
        info.States.SelectMany(state =>
            state.FixedTransitions
                .Select(t => $"{state.UnderlyingState} -{t.Trigger.UnderlyingTrigger}-> {t.DestinationState.UnderlyingState} [{string.Join(" | ", t.GuardConditionsMethodDescriptions.Select(g => g.Description))}]")
                .Concat(state.DynamicTransitions.SelectMany(t => t.PossibleDestinationStates
                    .Select(d => $"{state.UnderlyingState} -{t.Trigger.UnderlyingTrigger}-> {d.DestinationState} [{d.Criterion}]")))
                .Append($"{state.UnderlyingState} in {state.Superstate?.UnderlyingState ?? "-"}"));

    /// <summary>docs/dialogue.md (the index) and docs/dialogue/{flow}.md (one Mermaid graph per flow).</summary>
    private static class DialogueDocs
    {
        public const string Folder = "docs/dialogue";

        private const string Generated = "Generated from the flow declarations (`DialogueMachine.Graph`); do not edit by hand.";

        public static Dictionary<string, string> Render(FlowCatalog catalog)
        {
            var files = new Dictionary<string, string>();
            var index = new System.Text.StringBuilder()
                .Append("# Dialogue graph\n\n")
                .Append(Generated).Append('\n')
                .Append($"Regenerate with `{Regenerate}`.\n\n")
                .Append("One Mermaid graph per flow, in menu order. In each, `menu` is the main menu and the flow is a\n")
                .Append("superstate of its steps: `next`, `skip` and `back` go to the nearest step whose condition holds\n")
                .Append("(the guards name the conditions), `leave` returns to the menu, `open:{flow}` and `resume` land\n")
                .Append("on the question the user left. Together they are the whole machine the engine runs.\n\n")
                .Append("| flow | title | steps | transitions |\n|---|---|---:|---:|\n");
            foreach (var flow in catalog.Flows)
            {
                var title = TextCatalog.Default.Raw("en", flow.TitleKey);
                var transitions = Transitions(DialogueMachine.Info(flow)).Count(line => line.Contains("->", StringComparison.Ordinal));
                index.Append($"| [{flow.Id}](dialogue/{flow.Id}.md) | {title} | {flow.Steps.Count} | {transitions} |\n");
                files[$"{Folder}/{flow.Id}.md"] =
                    $"# Dialogue graph: {flow.Id} ({title})\n\n" +
                    $"{Generated}\nThe index of every flow is [dialogue.md](../dialogue.md).\n\n" +
                    "```mermaid\n" + DialogueMachine.Graph(flow).Trim() + "\n```\n";
            }

            files["docs/dialogue.md"] = index.ToString();
            return files;
        }
    }
}
