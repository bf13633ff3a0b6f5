using Coach.Core.Dialogue;
using Coach.Core.Domain.Coverage;

namespace Coach.Core.Flows.Coverage;

/// <summary>The coverage strategy: mass, differentiated or niche, from the market and the budget.</summary>
public static class CoverageModule
{
    public static FeatureModule Create() => new("coverage")
    {
        Flows = [CoverageFlow.Create()],
        States = [typeof(CoverageState)],
    };
}
