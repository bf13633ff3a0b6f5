using Coach.Core.Dialogue;
using Coach.Core.Domain.Cjm;

namespace Coach.Core.Flows.Cjm;

/// <summary>Customer journey maps of a persona, with their hub.</summary>
public static class CjmModule
{
    public static FeatureModule Create() => new("cjm")
    {
        Flows = [CjmFlow.Definition],
        Commands = [CjmHub.Definition],
        States = [typeof(CjmState)],
    };
}
