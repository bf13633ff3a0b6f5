using Coach.Core.Dialogue;
using Coach.Core.Domain.Kpi;

namespace Coach.Core.Flows.Kpi;

/// <summary>The KPI calculator: its flows, /kpi, KPIs typed as sentences, the history on /status, the channel comparison.</summary>
public static class KpiModule
{
    public static FeatureModule Create() => new("kpi")
    {
        Flows = [.. KpiFlow.Create(), ChannelMatchFlow.Create()],
        Commands = [KpiCommand.Definition],
        Recognizers = [KpiRecognizer.Recognize],
        Status = KpiHistory.Status,
        States = [typeof(KpiState)],
    };
}
