using Coach.Core.Dialogue;
using Coach.Core.Domain.Coverage;
using Coach.Core.Parsing;

namespace Coach.Core.Flows.Coverage;

/// <summary>
/// The coverage-strategy wizard (domain §1): seven questions about the business, the
/// recommendation with its reasons, the user's choice, then the follow-up for that choice:
/// the segments of a differentiated strategy, or the size and revenue potential of a niche.
/// </summary>
public static class CoverageFlow
{
    public const string Id = "coverage";

    public static readonly Condition ChoseDifferentiated = Condition.OnAnswer(
        Key("strategy"), session => Chosen(session) == CoverageStrategy.Differentiated, "chosen strategy is differentiated");

    public static readonly Condition ChoseConcentrated = Condition.OnAnswer(
        Key("strategy"), session => Chosen(session) == CoverageStrategy.Concentrated, "chosen strategy is concentrated");

    public static FlowDefinition Create() => new(
        Id,
        [
            new StepDefinition("product", new TextAnswer(2, 150)),
            new StepDefinition("audience", new ChoiceAnswer("everyone", "broad", "narrow")),
            new StepDefinition("budget", new ChoiceAnswer("large", "moderate", "limited")),
            new StepDefinition("line", new ChoiceAnswer("single", "several", "wide")),
            new StepDefinition("needs", new ChoiceAnswer("clear", "some", "similar")),
            new StepDefinition("stage", new ChoiceAnswer("startup", "small", "medium", "large")),
            new StepDefinition("niche", new ChoiceAnswer("yes", "no", "unsure")),
            new StepDefinition("strategy", new ChoiceAnswer("mass", "differentiated", "concentrated"))
            {
                Intro = context => new Reply(CoverageCards.Recommendation(context)),
                Recommended = session => Recommend(session).Strategy.ToString().ToLowerInvariant(),
            },
            new StepDefinition("segments", new ListAnswer(2, 5, 60)) { AppliesWhen = ChoseDifferentiated },
            new StepDefinition("size", new NumberAnswer(1, 1_000_000_000, wholeNumber: true) { Asks = NumberKind.Count }) { AppliesWhen = ChoseConcentrated },
            new StepDefinition("purchases", new NumberAnswer(0.1m, 10_000) { Asks = NumberKind.Frequency, Per = Period.Year }) { AppliesWhen = ChoseConcentrated },
            new StepDefinition("check", new NumberAnswer(0.01m, 1_000_000_000) { Asks = NumberKind.Money }) { AppliesWhen = ChoseConcentrated },
            new StepDefinition("target", new NumberAnswer(1, 1_000_000_000_000) { Asks = NumberKind.Money, Per = Period.Year }) { AppliesWhen = ChoseConcentrated, Optional = true },
        ],
        Complete)
    {
        ExampleVariant = BusinessExamples.Variant,
        Summary = (flow, context) => flow.Shown("strategy", context.Session, context.Texts) is { } strategy ? Texts.TextCatalog.Escape(strategy) : null,
    };

    /// <summary>The wizard's answers as the coverage rules read them.</summary>
    public static CoverageProfile Profile(Session session) => new(
        Read<Universality>(session, "audience", Universality.Broad),
        Read<BudgetLevel>(session, "budget", BudgetLevel.Moderate),
        Read<ProductLine>(session, "line", ProductLine.Several),
        Read<NeedsDifference>(session, "needs", NeedsDifference.Some),
        Read<CompanyStage>(session, "stage", CompanyStage.Small),
        Read<NicheWish>(session, "niche", NicheWish.Unsure));

    public static CoverageRecommendation Recommend(Session session) => CoverageAdvisor.Recommend(Profile(session));

    public static CoverageStrategy? Chosen(Session session) =>
        Enum.TryParse<CoverageStrategy>(session.Answer(Key("strategy")), ignoreCase: true, out var strategy) ? strategy : null;

    public static string Key(string step) => DialogueStates.Of(Id, step);

    private static FeatureResult Complete(StepContext context)
    {
        var session = context.Session;
        var chosen = Chosen(session) ?? Recommend(session).Strategy;
        var result = new CoverageResult
        {
            Product = session.Answer(Key("product")) ?? "",
            Recommended = Recommend(session).Strategy,
            Chosen = chosen,
            CompletedUtc = context.Utc,
        };

        if (chosen == CoverageStrategy.Differentiated)
        {
            result.Segments = ListAnswer.Split(session.Answer(Key("segments"))).ToList();
        }
        else if (chosen == CoverageStrategy.Concentrated && Niche(session) is { } niche)
        {
            result.NicheCustomers = niche.Customers;
            result.PurchasesPerYear = niche.PurchasesPerYear;
            result.AverageCheck = niche.AverageCheck;
            result.RevenueTarget = niche.RevenueTarget;
            result.YearlyPotential = niche.YearlyPotential;
        }

        session.Coverage = result;
        return new FeatureResult([CoverageCards.Result(context, result, Niche(session))]);
    }

    /// <summary>The niche estimate from the follow-up answers, once they are all there.</summary>
    public static NichePotential? Niche(Session session)
    {
        var customers = NumberAnswer.Read(session.Answer(Key("size")));
        var purchases = NumberAnswer.Read(session.Answer(Key("purchases")));
        var check = NumberAnswer.Read(session.Answer(Key("check")));
        return customers is > 0 && purchases is > 0 && check is > 0
            ? NichePotential.Compute(customers.Value, purchases.Value, check.Value, NumberAnswer.Read(session.Answer(Key("target"))))
            : null;
    }

    private static T Read<T>(Session session, string step, T fallback)
        where T : struct, Enum =>
        Enum.TryParse<T>(session.Answer(Key(step)), ignoreCase: true, out var value) ? value : fallback;
}
