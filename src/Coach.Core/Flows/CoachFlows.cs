using Coach.Core.Dialogue;
using Coach.Core.Flows.Kpi;

namespace Coach.Core.Flows;

/// <summary>Every flow Coach offers, in menu order. A new flow is declared in its own file and listed here.</summary>
public static class CoachFlows
{
    public static FlowCatalog Create() => new(
        [CoverageFlow.Create(), .. KpiFlow.Create()],
        [KpiCommand.Definition],
        [KpiRecognizer.Recognize],
        [KpiHistory.Status]);
}
