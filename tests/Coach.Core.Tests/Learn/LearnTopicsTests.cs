using Coach.Core.Dialogue;
using Coach.Core.Domain.Kpi;
using Coach.Core.Flows;
using Coach.Core.Flows.Learn;
using Coach.Core.Texts;

namespace Coach.Core.Tests.Learn;

public class LearnTopicsTests
{
    private static readonly TextCatalog Catalog = TextCatalog.Default;

    public static TheoryData<string> KpiTopics => new(LearnTopics.All.Where(t => t.Metric is not null).Select(t => t.Id));

    [Fact]
    public void The_topics_cover_the_frameworks_every_kpi_and_the_concepts_the_course_names()
    {
        var ids = LearnTopics.All.Select(t => t.Id).ToHashSet();

        Assert.Superset(new HashSet<string> { "coverage", "mix", "persona", "cjm", "smart", "m360", "omnichannel", "attribution", "channel_roles", "budget", "monitoring" }, ids);
        Assert.Superset(KpiCatalog.All.Select(m => m.Id).ToHashSet(), ids);
        Assert.Equal(ids.Count, LearnTopics.All.Count);
    }

    [Fact]
    public void Every_topic_has_its_texts_in_both_languages()
    {
        var missing = new List<string>();
        foreach (var topic in LearnTopics.All)
        {
            var keys = topic.Metric is { } metric
                ? new[] { $"learn.kpi.{metric.Id}", $"kpi.{metric.Id}.name", $"kpi.metric.opt.{metric.Id}" }
                : [$"learn.topic.{topic.Id}.title", $"learn.topic.{topic.Id}.body", $"learn.topic.{topic.Id}.example"];
            missing.AddRange(from key in keys from language in Languages.All where !Catalog.Has(language, key) select $"{language}:{key}");
        }

        Assert.Empty(missing);
    }

    [Fact]
    public void Every_practice_topic_has_a_problem_text_for_its_kpi_exercise_in_both_languages()
    {
        var missing = from topic in Practice.Pool
                      where KpiCatalog.Find(topic) is not null
                      from language in Languages.All
                      where !Catalog.Has(language, $"learn.kpi.problem.{topic}")
                      select $"{language}:{topic}";

        Assert.Empty(missing);
    }

    [Theory]
    [MemberData(nameof(KpiTopics))]
    public void Every_kpi_topic_works_its_example_out_with_the_kpi_engine(string id)
    {
        var topic = LearnTopics.Find(id)!;

        var result = LearnCommand.Example(topic);

        Assert.Equal(topic.Metric, result.Metric);
    }

    [Theory]
    [InlineData("cac", 1125)]
    [InlineData("ltv", 29120)]
    [InlineData("traffic_growth", 40)]
    [InlineData("roi", 20)]
    [InlineData("reach", 113000)]
    public void The_worked_examples_reproduce_the_course_figures(string id, int expected)
    {
        Assert.Equal(expected, LearnCommand.Example(LearnTopics.Find(id)!).Value);
    }

    [Fact]
    public void Every_try_it_button_opens_a_flow_or_runs_a_command_that_exists()
    {
        var flows = CoachFlows.Create();

        foreach (var topic in LearnTopics.All)
        {
            var (kind, target, _) = ButtonData.Parse(topic.TryIt);
            Assert.True(kind == "go" ? flows.Find(target) is not null : kind == "c" && flows.Commands.ContainsKey(target), $"{topic.Id}: {topic.TryIt}");
        }
    }

    [Theory]
    [InlineData("cac", "cac")]
    [InlineData("CAC", "cac")]
    [InlineData("цена клиента", "cac")]
    [InlineData("customer acquisition cost", "cac")]
    [InlineData("Omnichannel", "omnichannel")]
    [InlineData("Омниканальность", "omnichannel")]
    [InlineData("smart", "smart")]
    [InlineData("attribution", "attribution")]
    public void A_topic_is_found_by_its_id_a_kpi_alias_or_its_title_in_either_language(string name, string expected)
    {
        Assert.Equal(expected, LearnTopics.ByName(name, Catalog.For(Languages.English))?.Id);
    }

    [Theory]
    [InlineData("astrology")]
    [InlineData("7")]
    [InlineData("")]
    public void An_unknown_name_finds_no_topic(string name)
    {
        Assert.Null(LearnTopics.ByName(name, Catalog.For(Languages.Russian)));
    }

    [Fact]
    public void Every_practice_topic_is_a_topic_of_learn()
    {
        Assert.All(Practice.Pool, topic => Assert.NotNull(LearnTopics.Find(topic)));
    }
}
