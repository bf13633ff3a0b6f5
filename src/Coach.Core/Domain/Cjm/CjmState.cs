using Coach.Core.Dialogue;

namespace Coach.Core.Domain.Cjm
{
    /// <summary>The journey-map feature's state in a session: the maps, and the persona the questions are about.</summary>
    public sealed class CjmState : IFeatureState
    {
        public static string Key => "cjm";

        /// <summary>Customer journey maps, one per persona at most.</summary>
        public List<CjmMap> Maps { get; set; } = new();

        /// <summary>The persona the journey questions are about.</summary>
        public string? PersonaId { get; set; }
    }
}

// The feature's accessors on the session, in the root namespace so that every Coach namespace sees them.
namespace Coach.Core
{
    using Coach.Core.Domain.Cjm;

    public static class CjmSession
    {
        extension(Session session)
        {
            public List<CjmMap> Cjms
            {
                get => session.Features.Get<CjmState>().Maps;
                set => session.Features.Get<CjmState>().Maps = value;
            }

            public string? CjmPersonaId
            {
                get => session.Features.Get<CjmState>().PersonaId;
                set => session.Features.Get<CjmState>().PersonaId = value;
            }
        }
    }
}
