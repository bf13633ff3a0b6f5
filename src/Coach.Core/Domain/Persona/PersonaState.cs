using Coach.Core.Dialogue;

namespace Coach.Core.Domain.Persona
{
    /// <summary>The personas feature's state in a session: the portraits, and which one the questions are about.</summary>
    public sealed class PersonaState : IFeatureState
    {
        public static string Key => "personas";

        /// <summary>Audience portraits, in the order they were made.</summary>
        public List<Persona> Items { get; set; } = new();

        /// <summary>The persona the persona questions are editing; null while a new one is being made.</summary>
        public string? EditingId { get; set; }

        /// <summary>The segment a new persona is being made for, if any.</summary>
        public string? Segment { get; set; }
    }
}

// The feature's accessors on the session, in the root namespace so that every Coach namespace sees them.
namespace Coach.Core
{
    using Coach.Core.Domain.Persona;

    public static class PersonaSession
    {
        extension(Session session)
        {
            public List<Persona> Personas
            {
                get => session.Features.Get<PersonaState>().Items;
                set => session.Features.Get<PersonaState>().Items = value;
            }

            public string? EditingPersonaId
            {
                get => session.Features.Get<PersonaState>().EditingId;
                set => session.Features.Get<PersonaState>().EditingId = value;
            }

            public string? PersonaSegment
            {
                get => session.Features.Get<PersonaState>().Segment;
                set => session.Features.Get<PersonaState>().Segment = value;
            }
        }
    }
}
