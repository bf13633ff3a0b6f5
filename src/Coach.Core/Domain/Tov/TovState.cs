using Coach.Core.Dialogue;

namespace Coach.Core.Domain.Tov
{
    /// <summary>The tone-of-voice feature's state in a session: the profile and the drafts.</summary>
    public sealed class TovState : IFeatureState
    {
        public static string Key => "tov";

        /// <summary>The brand's tone of voice, once described.</summary>
        public ToneProfile? Tone { get; set; }

        /// <summary>The drafts shown last (one, or a 360 pack), which their buttons change.</summary>
        public List<TovDraft> Drafts { get; set; } = new();

        /// <summary>Drafts the user saved, oldest first.</summary>
        public List<TovDraft> Saved { get; set; } = new();
    }
}

// The feature's accessors on the session, in the root namespace so that every Coach namespace sees them.
namespace Coach.Core
{
    using Coach.Core.Domain.Tov;

    public static class TovSession
    {
        extension(Session session)
        {
            public ToneProfile? Tone
            {
                get => session.Features.Get<TovState>().Tone;
                set => session.Features.Get<TovState>().Tone = value;
            }

            public List<TovDraft> Drafts
            {
                get => session.Features.Get<TovState>().Drafts;
                set => session.Features.Get<TovState>().Drafts = value;
            }

            public List<TovDraft> SavedDrafts
            {
                get => session.Features.Get<TovState>().Saved;
                set => session.Features.Get<TovState>().Saved = value;
            }
        }
    }
}
