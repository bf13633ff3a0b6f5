using Coach.Core.Dialogue;
using Coach.Core.Flows.Channels;
using Coach.Core.Flows.CheckIns;
using Coach.Core.Flows.Cjm;
using Coach.Core.Flows.Coverage;
using Coach.Core.Flows.Export;
using Coach.Core.Flows.Kpi;
using Coach.Core.Flows.Learn;
using Coach.Core.Flows.Mix;
using Coach.Core.Flows.Persona;
using Coach.Core.Flows.Programme;
using Coach.Core.Flows.Remarks;
using Coach.Core.Flows.Smart;
using Coach.Core.Flows.Tov;

namespace Coach.Core.Flows;

/// <summary>
/// Coach's features, registered: each module (<c>Flows/&lt;Feature&gt;/&lt;Feature&gt;Module.cs</c>) declares what
/// its feature adds; the order here is the menu's (its flows, then its menu entries above them). A module with a
/// /status section or a follow-up also takes a place in the two lists below, which read as a consultant would:
/// /status from the numbers to the plan to the voice, the learning and the next check-in; after a section, the
/// remark on it first, the check-in offer, then the programme's next step.
/// </summary>
public static class CoachFlows
{
    public static IReadOnlyList<FeatureModule> Modules() =>
    [
        ProgrammeModule.Create(),
        CoverageModule.Create(),
        MixModule.Create(),
        PersonaModule.Create(),
        CjmModule.Create(),
        SmartModule.Create(),
        ChannelsModule.Create(),
        KpiModule.Create(),
        CheckInsModule.Create(),
        TovModule.Create(),
        LearnModule.Create(),
        ExportModule.Create(),
        RemarksModule.Create(),
    ];

    /// <summary>Where each module's /status section stands, by module id.</summary>
    public static readonly IReadOnlyList<string> StatusOrder = ["kpi", "channels", "tov", "learn", "checkins"];

    /// <summary>In which order the modules' follow-ups run after a finished flow, by module id.</summary>
    public static readonly IReadOnlyList<string> FollowUpOrder = ["remarks", "checkins", "programme"];

    public static FlowCatalog Create() => FlowCatalog.From(Modules(), StatusOrder, FollowUpOrder);
}
