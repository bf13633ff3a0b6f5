using Coach.Core.Dialogue;
using Coach.Core.Flows.Channels;
using Coach.Core.Flows.CheckIns;
using Coach.Core.Flows.Cjm;
using Coach.Core.Flows.Export;
using Coach.Core.Flows.Kpi;
using Coach.Core.Flows.Learn;
using Coach.Core.Flows.Mix;
using Coach.Core.Flows.Persona;
using Coach.Core.Flows.Programme;
using Coach.Core.Flows.Smart;
using Coach.Core.Flows.Tov;

namespace Coach.Core.Flows;

/// <summary>Every flow Coach offers, in menu order. A new flow is declared in its own file and listed here.</summary>
public static class CoachFlows
{
    public static FlowCatalog Create() => new(
        [CoverageFlow.Create(), .. MixFlow.Create(), PersonaFlow.Definition, CjmFlow.Definition, SmartFlow.Create(), ChannelPlanFlow.Create(), .. KpiFlow.Create(), ChannelMatchFlow.Create(), CheckInsFlow.Create(), CheckInFlow.Create(), TovProfileFlow.Definition, DraftFlow.Definition, PackFlow.Definition, TovCheckFlow.Definition, .. PracticeFlows.Create()],
        [KpiCommand.Definition, ExportCommand.Definition, PersonaHub.Definition, CjmHub.Definition, Programme.Programme.Definition, TovHub.Definition, LearnCommand.Definition, ProgressCommand.Definition, CheckInsFlow.Definition, CheckInFlow.Definition],
        [KpiRecognizer.Recognize],
        [KpiHistory.Status, GoalPlanLines.Status, TovHub.Status, ProgressCommand.Status, CheckInCards.Status],
        [Programme.Programme.Entry, TovHub.Entry, LearnCommand.Entry],
        [Remarks.ConsultantRemarks.FollowUp, CheckInsFlow.FollowUp, Programme.Programme.FollowUp],
        Programme.Programme.ReviewNote);
}
