using Coach.Core.Domain.Cjm;
using Coach.Core.Domain.Coverage;
using Coach.Core.Domain.Kpi;
using Coach.Core.Domain.Remarks;
using Coach.Core.Domain.Smart;
using Coach.Core.Domain.Tov;

namespace Coach.Core.Tests.Remarks;

/// <summary>Small builders for the facts the remark tables start from.</summary>
internal static class RemarkFixtures
{
    public static readonly StrategyFacts None = new();

    public static KpiRecord Record(string metric, decimal value, params (string Key, decimal Value)[] inputs) => new()
    {
        Metric = metric,
        Value = value,
        Inputs = inputs.ToDictionary(i => i.Key, i => i.Value),
        Currency = "Rub",
    };

    public static KpiRecord Ltv(decimal revenue, decimal? margin = null) =>
        margin is { } m ? Record("ltv", revenue, ("check", 280), ("margin", m)) : Record("ltv", revenue, ("check", 280));

    public static KpiRecord Funnel(decimal impressions, decimal clicks, decimal leads, decimal sales) =>
        Record("funnel", 0, ("impressions", impressions), ("clicks", clicks), ("leads", leads), ("sales", sales));

    public static PlanFacts Plan(params string[] channels) => new(channels, 6, 100_000);

    public static PlanFacts Plan(int months, params string[] channels) => new(channels, months, 100_000);

    public static Coach.Core.Domain.Persona.Persona Portrait(string name, string income = "middle", string channels = "vk,telegram", string decision = "compare") => new()
    {
        Id = name,
        Fields = { ["name"] = name, ["income"] = income, ["channels"] = channels, ["decision"] = decision },
    };

    public static CoverageResult Coverage(CoverageStrategy strategy, params string[] segments) =>
        new() { Product = "Bread", Chosen = strategy, Recommended = strategy, Segments = segments.ToList() };

    public static SmartGoal Goal(GoalType type, DateTime created, DateTime due) =>
        new() { Text = "goal", Type = type, Metric = "orders", CreatedUtc = created, Due = due };

    public static ToneProfile Tone(Address address = Address.Polite, string message = "Bread baked at dawn", params string[] avoid) =>
        new() { Address = address, BrandMessage = message, WordsToAvoid = avoid.ToList() };

    public static CjmMap Journey(string persona, string stage, int emotion, string? barrier) => new()
    {
        PersonaId = persona,
        PersonaName = persona,
        Steps = [new CjmStage { Stage = stage, Actions = "reads reviews", Touchpoints = "site", Emotion = emotion, Barriers = barrier }],
    };
}
