using Coach.Core.Dialogue;
using Coach.Core.Domain.Business;
using Coach.Core.Flows.Coverage;

namespace Coach.Core.Flows;

/// <summary>
/// Which business the examples speak to: the kind read from the product the coverage wizard was
/// told, else the mix's business type where it says enough (a digital product, an app). Questions
/// of the coverage, mix and persona flows show "{prefix}.example.{kind}" when there is one.
/// </summary>
public static class BusinessExamples
{
    public static BusinessKind? Kind(Session session) =>
        FromProduct(session)
        ?? session.Answer(DialogueStates.Of(Mix.MixFlow.Id, "business")) switch
        {
            "digital" => BusinessKind.Saas,
            "app" => BusinessKind.App,
            _ => null,
        };

    /// <summary>The examples' variant ("education"), or null for the neutral examples.</summary>
    public static string? Variant(Session session) => Kind(session) is { } kind ? BusinessClassifier.Name(kind) : null;

    /// <summary>The mix's business type for a known kind: a school sells a service, a bakery goods.</summary>
    public static string? MixBusiness(Session session) => FromProduct(session) switch
    {
        BusinessKind.Food or BusinessKind.Retail => "goods",
        BusinessKind.Education or BusinessKind.Beauty or BusinessKind.B2b => "services",
        BusinessKind.Saas => "digital",
        BusinessKind.App => "app",
        _ => null,
    };

    private static BusinessKind? FromProduct(Session session) =>
        BusinessClassifier.Classify(session.Answer(CoverageFlow.Key("product")) ?? session.Coverage?.Product);
}
