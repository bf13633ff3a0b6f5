using Coach.Core.Dialogue;

namespace Coach.Core.Domain.Coverage
{
    /// <summary>The coverage feature's state in a session: the strategy, once the wizard was finished.</summary>
    public sealed class CoverageState : IFeatureState
    {
        public static string Key => "coverage";

        public CoverageResult? Result { get; set; }
    }
}

// The feature's accessors on the session, in the root namespace so that every Coach namespace sees them.
namespace Coach.Core
{
    using Coach.Core.Domain.Coverage;

    public static class CoverageSession
    {
        extension(Session session)
        {
            /// <summary>The saved coverage-strategy result, once the wizard was finished.</summary>
            public CoverageResult? Coverage
            {
                get => session.Features.Get<CoverageState>().Result;
                set => session.Features.Get<CoverageState>().Result = value;
            }
        }
    }
}
