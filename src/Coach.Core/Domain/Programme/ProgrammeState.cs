using Coach.Core.Dialogue;

namespace Coach.Core.Domain.Programme
{
    /// <summary>The whole programme's state in a session: whether the user walks it, and what each section read.</summary>
    public sealed class ProgrammeState : IFeatureState
    {
        public static string Key => "programme";

        /// <summary>True while the user walks the whole programme: each finished section offers the next.</summary>
        public bool Active { get; set; }

        /// <summary>What each programme section read when it was last finished: a review is due only when one of those values changed.</summary>
        public List<SectionInput> SectionInputs { get; set; } = new();
    }
}

// The feature's accessors on the session, in the root namespace so that every Coach namespace sees them.
namespace Coach.Core
{
    using Coach.Core.Domain.Programme;

    public static class ProgrammeSession
    {
        extension(Session session)
        {
            public bool InProgramme
            {
                get => session.Features.Get<ProgrammeState>().Active;
                set => session.Features.Get<ProgrammeState>().Active = value;
            }

            public List<SectionInput> SectionInputs
            {
                get => session.Features.Get<ProgrammeState>().SectionInputs;
                set => session.Features.Get<ProgrammeState>().SectionInputs = value;
            }
        }
    }
}
