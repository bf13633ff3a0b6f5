using Coach.Core.Dialogue;
using Coach.Core.Domain.Smart;

namespace Coach.Core.Flows.Smart;

/// <summary>The SMART goal, its baseline and what it asks of the funnel.</summary>
public static class SmartModule
{
    public static FeatureModule Create() => new("smart")
    {
        Flows = [SmartFlow.Create()],
        States = [typeof(SmartState)],
    };
}
