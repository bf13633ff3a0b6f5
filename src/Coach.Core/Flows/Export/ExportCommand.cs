using Coach.Core.Dialogue;

namespace Coach.Core.Flows.Export;

/// <summary>/export: the strategy document as PDF and Markdown files.</summary>
public static class ExportCommand
{
    public static readonly CommandDefinition Definition = new("export", (context, _) => new FeatureResult(
    [
        new Reply(context.Texts["export.sent"]) { Documents = [StrategyDocument.Build(context.Session, context.Texts, context.Utc)] },
    ]));
}
