using Coach.Core.Dialogue;

namespace Coach.Core.Domain.Remarks
{
    /// <summary>The consultant remarks' state in a session.</summary>
    public sealed class RemarksState : IFeatureState
    {
        public static string Key => "remarks";

        /// <summary>The remarks already shown, as fingerprints (a rule with its values), so none repeats.</summary>
        public List<string> Shown { get; set; } = new();
    }
}

// The feature's accessors on the session, in the root namespace so that every Coach namespace sees them.
namespace Coach.Core
{
    using Coach.Core.Domain.Remarks;

    public static class RemarksSession
    {
        extension(Session session)
        {
            public List<string> RemarksShown
            {
                get => session.Features.Get<RemarksState>().Shown;
                set => session.Features.Get<RemarksState>().Shown = value;
            }
        }
    }
}
