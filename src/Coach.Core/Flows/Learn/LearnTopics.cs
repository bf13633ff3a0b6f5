using Coach.Core.Dialogue;
using Coach.Core.Domain.Kpi;
using Coach.Core.Flows.Channels;
using Coach.Core.Flows.Cjm;
using Coach.Core.Flows.Coverage;
using Coach.Core.Flows.Kpi;
using Coach.Core.Flows.Mix;
using Coach.Core.Flows.Persona;
using Coach.Core.Flows.Smart;

namespace Coach.Core.Flows.Learn;

/// <summary>The groups of the topic list: /learn shows them, each one its topics.</summary>
public enum TopicGroup
{
    Strategy,
    Frameworks,
    Kpis,
    Channels,
}

/// <summary>
/// One topic of /learn: its id (what "/learn cac" names), its group, and the button data of its
/// "try it" (the flow or calculator it explains). A KPI topic carries its worked example as the
/// /kpi arguments it would be typed with; the figures are computed by the KPI engine.
/// </summary>
public sealed record LearnTopic(string Id, TopicGroup Group, string TryIt)
{
    public KpiMetric? Metric { get; init; }

    /// <summary>The worked example's inputs as typed after "/kpi {id}" (KPI topics only).</summary>
    public string? ExampleArgs { get; init; }
}

/// <summary>Every topic Coach explains: the frameworks, every KPI of domain §6, and the concepts of §7-§9.</summary>
public static class LearnTopics
{
    // The articles' worked examples where domain §6 gives one (CAC, LTV, payback, reach, traffic growth, ROI).
    private static readonly Dictionary<string, string> KpiExamples = new()
    {
        ["cac"] = "30000 + 25000 + 15000 + 20000 80",
        ["roi"] = "60000 50000",
        ["romi"] = "180000 120000",
        ["roas"] = "150000 50000",
        ["ltv"] = "280 2/week 1y",
        ["payback"] = "1125 14500/year",
        ["ltv_cac"] = "14500 1125",
        ["conversion"] = "37 1850",
        ["average_check"] = "120000 400",
        ["revenue_per_customer"] = "480000 95",
        ["ctr"] = "540 36000",
        ["cpc"] = "27000 540",
        ["cpa"] = "27000 45",
        ["cost_per_sale"] = "50000 18",
        ["cpm"] = "27000 36000",
        ["reach"] = "15000 + 90000 + 8000",
        ["traffic_growth"] = "200 280",
        ["traffic_share"] = "700 2000",
        ["leads"] = "40 25 60 75",
        ["repeat_rate"] = "120 400",
        ["mql_sql"] = "30 120",
        ["nps"] = "60 25 15",
        ["funnel"] = "36000 540 90 27",
    };

    public static IReadOnlyList<LearnTopic> All { get; } =
    [
        new("coverage", TopicGroup.Strategy, ButtonData.Open(CoverageFlow.Id)),
        new("smart", TopicGroup.Strategy, ButtonData.Open(SmartFlow.Id)),
        new("m360", TopicGroup.Strategy, ButtonData.Open(ChannelPlanFlow.Id)),
        new("mix", TopicGroup.Frameworks, ButtonData.Open(MixFlow.Id)),
        new("persona", TopicGroup.Frameworks, ButtonData.Command(PersonaHub.Command)),
        new("cjm", TopicGroup.Frameworks, ButtonData.Command(CjmHub.Command)),
        .. KpiCatalog.All.Select(metric => new LearnTopic(metric.Id, TopicGroup.Kpis, ButtonData.Open(KpiFlow.FlowId(metric)))
        {
            Metric = metric,
            ExampleArgs = KpiExamples[metric.Id],
        }),
        new("omnichannel", TopicGroup.Channels, ButtonData.Command(CjmHub.Command)),
        new("channel_roles", TopicGroup.Channels, ButtonData.Open(ChannelPlanFlow.Id)),
        new("attribution", TopicGroup.Channels, ButtonData.Open("kpi_channels")),
        new("budget", TopicGroup.Channels, ButtonData.Open(ChannelPlanFlow.Id)),
        new("monitoring", TopicGroup.Channels, ButtonData.Open(KpiFlow.Id)),
    ];

    public static LearnTopic? Find(string id) => All.FirstOrDefault(topic => topic.Id == id);

    /// <summary>The topic a typed name means: its id, a KPI's alias ("цена клиента"), or a title ("Coverage strategies").</summary>
    public static LearnTopic? ByName(string name, Texts.Texts t)
    {
        var key = name.Trim().ToLowerInvariant();
        if (key.Length == 0)
        {
            return null;
        }

        if (Find(key) is { } byId)
        {
            return byId;
        }

        if (KpiCatalog.ByName(key) is { } metric)
        {
            return Find(metric.Id);
        }

        // A title in either language: a Russian speaker may have an English chat, and the other way round.
        foreach (var language in Languages.All.OrderBy(l => l != t.Language))
        {
            var texts = t.Catalog.For(language);
            var titles = All.Select(topic => Title(texts, topic)).ToList();
            if (OptionMatcher.Match(name, titles) is { } index && !int.TryParse(name, out _))
            {
                return All[index];
            }
        }

        return null;
    }

    /// <summary>The topic's title: a KPI's name, else "learn.topic.{id}.title".</summary>
    public static string Title(Texts.Texts t, LearnTopic topic) =>
        topic.Metric is { } metric ? KpiText.Name(t, metric) : t[$"learn.topic.{topic.Id}.title"];

    /// <summary>A short button label, one that a phone does not cut in a row of two.</summary>
    public static string Label(Texts.Texts t, LearnTopic topic) =>
        topic.Metric is { } metric ? t[$"kpi.metric.opt.{metric.Id}"] : t[$"learn.topic.{topic.Id}.label"];

    /// <summary>The group's id as a button argument and in its text keys ("learn.group.kpis").</summary>
    public static string Id(TopicGroup group) => group.ToString().ToLowerInvariant();
}
