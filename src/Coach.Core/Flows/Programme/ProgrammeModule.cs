using Coach.Core.Dialogue;
using Coach.Core.Domain.Programme;

namespace Coach.Core.Flows.Programme;

/// <summary>The whole programme in order: its menu entry, the next section after each, review notes on /status.</summary>
public static class ProgrammeModule
{
    public static FeatureModule Create() => new("programme")
    {
        Commands = [Programme.Definition],
        MenuEntries = [Programme.Entry],
        FollowUp = Programme.FollowUp,
        ReviewNote = Programme.ReviewNote,
        States = [typeof(ProgrammeState)],
    };
}
