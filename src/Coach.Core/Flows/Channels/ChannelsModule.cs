using Coach.Core.Dialogue;

namespace Coach.Core.Flows.Channels;

/// <summary>The channel plan and budget the goal drives; its /status line reads the goal against the plan.</summary>
public static class ChannelsModule
{
    public static FeatureModule Create() => new("channels")
    {
        Flows = [ChannelPlanFlow.Create()],
        Status = GoalPlanLines.Status,
    };
}
