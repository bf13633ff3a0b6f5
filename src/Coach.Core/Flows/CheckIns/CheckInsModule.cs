using Coach.Core.Dialogue;
using Coach.Core.Domain.CheckIns;

namespace Coach.Core.Flows.CheckIns;

/// <summary>Weekly or monthly check-ins: the settings, the check-in itself, its offer after a plan is finished.</summary>
public static class CheckInsModule
{
    public static FeatureModule Create() => new("checkins")
    {
        Flows = [CheckInsFlow.Create(), CheckInFlow.Create()],
        Commands = [CheckInsFlow.Definition, CheckInFlow.Definition],
        Status = CheckInCards.Status,
        FollowUp = CheckInsFlow.FollowUp,
        States = [typeof(CheckInSettings)],
    };
}
