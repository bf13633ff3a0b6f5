using Coach.Core.Dialogue;
using Coach.Core.Domain.Channels;
using Coach.Core.Domain.Kpi;
using Coach.Core.Flows.Coverage;
using Coach.Core.Flows.Kpi;
using Coach.Core.Texts;

namespace Coach.Core.Flows.Learn;

/// <summary>
/// /learn: the topic list; "/learn cac" one topic (a screen of explanation, a worked example and
/// "try it"); "/learn practice [topic]" a practice exercise. Reached from the main menu too.
/// </summary>
public static class LearnCommand
{
    public const string Name = "learn";

    public const string PracticeArg = "practice";

    public static readonly CommandDefinition Definition = new(Name, Handle);

    public static readonly MenuEntry Entry = new("learn.menu", Name);

    public static FeatureResult Handle(FeatureContext context, string args)
    {
        var t = context.Texts;
        var words = args.Trim().Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length == 0)
        {
            return new FeatureResult([List(t)]);
        }

        if (words[0].ToLowerInvariant() is var first && (first == PracticeArg || first == t["learn.arg.practice"]))
        {
            var topic = words.Length > 1 ? LearnTopics.ByName(words[1], t)?.Id : null;
            if (words.Length > 1 && (topic is null || !Practice.Has(topic)))
            {
                return new FeatureResult([new Reply(t.Format("learn.practice.unknown", ("name", words[1]))), List(t)]);
            }

            return Practice.Next(context, topic);
        }

        if (words is [GroupArg, var name] && Enum.GetValues<TopicGroup>().Where(g => LearnTopics.Id(g) == name).Cast<TopicGroup?>().FirstOrDefault() is { } group)
        {
            return new FeatureResult([Group(t, group)]);
        }

        return LearnTopics.ByName(args, t) is { } found
            ? new FeatureResult([Card(t, found)])
            : new FeatureResult([new Reply(t.Format("learn.unknown", ("name", args.Trim()))), List(t)]);
    }

    /// <summary>The groups of topics, two to a row (strategy, frameworks, KPIs, channels), then practice and progress.</summary>
    public static Reply List(Texts.Texts t)
    {
        var rows = Enum.GetValues<TopicGroup>()
            .Select(group => new Button(t[$"learn.group.{LearnTopics.Id(group)}"], ButtonData.Command(Name, $"{GroupArg} {LearnTopics.Id(group)}")))
            .Chunk(2)
            .Select(row => (IReadOnlyList<Button>)row)
            .ToList();
        rows.Add([new Button(t["learn.button.practice"], ButtonData.Command(Name, PracticeArg)), new Button(t["learn.button.progress"], ButtonData.Command(ProgressCommand.Name))]);
        rows.Add([new Button(t["button.menu"], ButtonData.Command("menu"))]);
        return new Reply(t["learn.list"]) { Buttons = rows };
    }

    /// <summary>One group's topics by their short labels, short ones (KPIs) three to a row, and the way back to the groups.</summary>
    public static Reply Group(Texts.Texts t, TopicGroup group)
    {
        var rows = new List<IReadOnlyList<Button>>();
        var row = new List<Button>();
        foreach (var topic in LearnTopics.All.Where(topic => topic.Group == group))
        {
            var button = new Button(LearnTopics.Label(t, topic), ButtonData.Command(Name, topic.Id));
            // Two to a row; three when all three are short enough for a phone.
            if (row.Count == 3 || (row.Count == 2 && row.Append(button).Any(b => b.Label.Length > ShortLabel)))
            {
                rows.Add(row);
                row = [];
            }

            row.Add(button);
        }

        rows.Add(row);
        rows.Add([new Button(t["learn.button.groups"], ButtonData.Command(Name)), new Button(t["button.menu"], ButtonData.Command("menu"))]);
        return new Reply(t.Format("learn.group.title", ("group", t.Html($"learn.group.{LearnTopics.Id(group)}")))) { Buttons = rows };
    }

    private const int ShortLabel = 10;

    public const string GroupArg = "group";

    /// <summary>One topic on one screen: what it is, a worked example, and buttons to try and to practise it.</summary>
    public static Reply Card(Texts.Texts t, LearnTopic topic)
    {
        var lines = new List<string> { t.Format("learn.card.title", ("title", LearnTopics.Title(t, topic))) };
        IReadOnlyList<Chart> charts = [];
        if (topic.Metric is { } metric)
        {
            lines.Add(t[$"learn.kpi.{metric.Id}"]);
            var result = Example(topic);
            lines.Add(t["learn.card.example"]);
            lines.Add(KpiCards.Result(t, result));
            lines.Add(t.Format("learn.card.command", ("command", $"/kpi {metric.Id} {topic.ExampleArgs}")));
            charts = KpiCards.Chart(t, result) is { } chart ? [chart] : [];
        }
        else
        {
            lines.Add(t[$"learn.topic.{topic.Id}.body"]);
            lines.Add(t["learn.card.example"]);
            lines.Add(topic.Id == "budget" ? BudgetExample(t) : t[$"learn.topic.{topic.Id}.example"]);
        }

        var rows = new List<IReadOnlyList<Button>>();
        var actions = new List<Button> { new(t["learn.button.try"], topic.TryIt) };
        if (Practice.Has(topic.Id))
        {
            actions.Add(new Button(t["learn.button.practice_topic"], ButtonData.Command(Name, $"{PracticeArg} {topic.Id}")));
        }

        rows.Add(actions);
        // Back to the topic's group, where its neighbours are.
        rows.Add([new Button(t.Label("learn.button.back_group", ("group", t[$"learn.group.{LearnTopics.Id(topic.Group)}"])), ButtonData.Command(Name, $"{GroupArg} {LearnTopics.Id(topic.Group)}")), new Button(t["button.menu"], ButtonData.Command("menu"))]);
        return new Reply(string.Join("\n\n", lines)) { Buttons = rows, Charts = charts };
    }

    /// <summary>The worked example of a KPI topic, computed by the KPI engine from its /kpi arguments.</summary>
    public static KpiResult Example(LearnTopic topic)
    {
        var metric = topic.Metric ?? throw new ArgumentException($"'{topic.Id}' is not a KPI topic.", nameof(topic));
        var (values, problem) = KpiCommand.ReadPositional(metric, topic.ExampleArgs ?? "");
        var outcome = problem is null ? KpiCalculator.Compute(metric, values) : null;
        return outcome?.Result ?? throw new InvalidOperationException($"The worked example of '{topic.Id}' does not compute: {problem?.Code ?? outcome?.Problem?.Code}.");
    }

    // The budget blocks and scenarios of a 100 000 a month plan over 6 months on three channels,
    // split by the same planner the channel-plan section uses. The text names the launch months
    // (a test holds them to the planner's): staggered launches are why 6 months cost less than 6 budgets.
    public static ChannelPlan BudgetExamplePlan() =>
        ChannelPlanner.Plan(BudgetExampleMonthly, 6, ["search", "vk", "email"], limitedBudget: false, cac: 1125);

    private static string BudgetExample(Texts.Texts t)
    {
        var plan = BudgetExamplePlan();
        string Money(decimal value) => CoverageCards.Money(value, t.Language);
        var scenario = plan.Scenarios.ToDictionary(s => s.Name, s => Money(s.Budget));
        return t.Format(
            "learn.topic.budget.example",
            ("budget", Money(BudgetExampleMonthly)),
            ("infrastructure", Money(plan.Infrastructure)),
            ("campaigns", Money(plan.Campaigns)),
            ("experiments", Money(plan.Experiments)),
            ("moderate", scenario["moderate"]),
            ("base", scenario["base"]),
            ("risky", scenario["risky"]));
    }

    private const decimal BudgetExampleMonthly = 100_000m;
}
