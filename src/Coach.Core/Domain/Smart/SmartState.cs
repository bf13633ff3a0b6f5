using Coach.Core.Dialogue;

namespace Coach.Core.Domain.Smart
{
    /// <summary>The SMART feature's state in a session.</summary>
    public sealed class SmartState : IFeatureState
    {
        public static string Key => "smart";

        /// <summary>SMART goals that passed all five criteria, oldest first.</summary>
        public List<SmartGoal> Goals { get; set; } = new();
    }
}

// The feature's accessors on the session, in the root namespace so that every Coach namespace sees them.
namespace Coach.Core
{
    using Coach.Core.Domain.Smart;

    public static class SmartSession
    {
        extension(Session session)
        {
            public List<SmartGoal> Goals
            {
                get => session.Features.Get<SmartState>().Goals;
                set => session.Features.Get<SmartState>().Goals = value;
            }
        }
    }
}
