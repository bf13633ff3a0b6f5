using Coach.Core.Dialogue;
using Coach.Core.Domain.Remarks;

namespace Coach.Core.Flows.Remarks;

/// <summary>The consultant's remarks after a finished section, each said once.</summary>
public static class RemarksModule
{
    public static FeatureModule Create() => new("remarks")
    {
        FollowUp = ConsultantRemarks.FollowUp,
        States = [typeof(RemarksState)],
    };
}
