using Coach.Core.Dialogue;
using Coach.Core.Domain.Learn;

namespace Coach.Core.Flows.Learn;

/// <summary>Lessons and practice questions, with the learner's progress.</summary>
public static class LearnModule
{
    public static FeatureModule Create() => new("learn")
    {
        Flows = [.. PracticeFlows.Create()],
        Commands = [LearnCommand.Definition, ProgressCommand.Definition],
        Status = ProgressCommand.Status,
        MenuEntries = [LearnCommand.Entry],
        States = [typeof(LearningProgress)],
    };
}
