using Coach.Core.Dialogue;
using Coach.Core.Domain.Tov;

namespace Coach.Core.Flows.Tov;

/// <summary>The brand's tone of voice and the drafts written in it: profile, drafts, the 360 pack, the text check.</summary>
public static class TovModule
{
    public static FeatureModule Create() => new("tov")
    {
        Flows = [TovProfileFlow.Definition, DraftFlow.Definition, PackFlow.Definition, TovCheckFlow.Definition],
        Commands = [TovHub.Definition],
        Status = TovHub.Status,
        MenuEntries = [TovHub.Entry],
        States = [typeof(TovState)],
    };
}
