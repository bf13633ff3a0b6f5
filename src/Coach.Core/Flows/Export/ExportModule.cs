using Coach.Core.Dialogue;

namespace Coach.Core.Flows.Export;

/// <summary>The strategy document (/export).</summary>
public static class ExportModule
{
    public static FeatureModule Create() => new("export")
    {
        Commands = [ExportCommand.Definition],
    };
}
