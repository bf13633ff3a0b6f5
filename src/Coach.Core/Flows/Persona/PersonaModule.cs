using Coach.Core.Dialogue;
using Coach.Core.Domain.Persona;

namespace Coach.Core.Flows.Persona;

/// <summary>Personas, one per segment, with their hub (/personas).</summary>
public static class PersonaModule
{
    public static FeatureModule Create() => new("personas")
    {
        Flows = [PersonaFlow.Definition],
        Commands = [PersonaHub.Definition],
        States = [typeof(PersonaState)],
    };
}
