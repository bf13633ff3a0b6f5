using Coach.Core.Dialogue;

namespace Coach.Core.Flows.Mix;

/// <summary>The marketing mix (4P and its extensions), one flow per element behind its hub flow.</summary>
public static class MixModule
{
    public static FeatureModule Create() => new("mix")
    {
        Flows = [.. MixFlow.Create()],
    };
}
