using System.Text.Json;
using System.Text.Json.Serialization;
using Coach.Core.Domain.Coverage;
using Coach.Core.Domain.Smart;

namespace Coach.Core.Domain.Learn;

/// <summary>
/// A business case to practise on. Its facts are the coverage wizard's answers, so the strategy
/// it expects is whatever <see cref="CoverageAdvisor"/> gives for them: a case cannot disagree
/// with the wizard. <see cref="StatedStrategy"/> is what the content author wrote, kept to be
/// checked against the rules by a test.
/// </summary>
public sealed record PracticeCase(
    string Id,
    CoverageProfile Profile,
    CoverageStrategy StatedStrategy,
    string? Business,
    string? StatedModel,
    IReadOnlyDictionary<string, string> Text)
{
    public CoverageRecommendation Recommendation => CoverageAdvisor.Recommend(Profile);

    /// <summary>True when the case also asks which marketing-mix model fits.</summary>
    public bool AsksModel => Business is not null;
}

/// <summary>A goal with flaws to rewrite: its type and today's value, the flawed words and a model rewrite, per language.</summary>
public sealed record FlawedGoal(
    string Id,
    GoalType Type,
    decimal Baseline,
    IReadOnlyList<SmartCriterion> Fails,
    IReadOnlyDictionary<string, string> Goal,
    IReadOnlyDictionary<string, string> Better)
{
    /// <summary>
    /// The metric the goal is about ("average_check", "cac"…; <c>GoalMetrics</c> keys) when its
    /// words name one: a rewrite must keep it, or any SMART goal would pass for this one.
    /// </summary>
    public string? Metric { get; init; }
}

/// <summary>The practice content shipped as data files (Learn/cases.json, Learn/smart_goals.json, embedded).</summary>
public static class PracticeContent
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public static IReadOnlyList<PracticeCase> Cases { get; } = Load<CaseData>("cases").Select(ToCase).ToList();

    public static IReadOnlyList<FlawedGoal> Goals { get; } = Load<GoalData>("smart_goals")
        .Select(g => new FlawedGoal(g.Id, g.Type, g.Baseline, g.Fails, g.Goal, g.Better) { Metric = g.Metric })
        .ToList();

    public static PracticeCase? Case(string id) => Cases.FirstOrDefault(c => c.Id == id);

    public static FlawedGoal? Goal(string id) => Goals.FirstOrDefault(g => g.Id == id);

    private static PracticeCase ToCase(CaseData c) => new(
        c.Id,
        new CoverageProfile(c.Facts.Audience, c.Facts.Budget, c.Facts.Line, c.Facts.Needs, c.Facts.Stage, c.Facts.Niche),
        c.Expected,
        c.Business,
        c.ExpectedModel,
        c.Text);

    private static List<T> Load<T>(string name)
    {
        using var stream = typeof(PracticeContent).Assembly.GetManifestResourceStream($"Coach.Learn.{name}.json")
            ?? throw new InvalidOperationException($"The practice content '{name}.json' is not embedded in Coach.Core.");
        return JsonSerializer.Deserialize<List<T>>(stream, Json) ?? throw new InvalidOperationException($"'{name}.json' is empty.");
    }

    private sealed record Facts(Universality Audience, BudgetLevel Budget, ProductLine Line, NeedsDifference Needs, CompanyStage Stage, NicheWish Niche);

    private sealed record CaseData(string Id, Facts Facts, CoverageStrategy Expected, string? Business, string? ExpectedModel, Dictionary<string, string> Text);

    private sealed record GoalData(string Id, GoalType Type, decimal Baseline, List<SmartCriterion> Fails, Dictionary<string, string> Goal, Dictionary<string, string> Better, string? Metric = null);
}
