using Coach.Core.Dialogue;
using Coach.Core.Domain.Coverage;
using Coach.Core.Domain.Kpi;
using Coach.Core.Domain.Smart;
using LiteDB;

namespace Coach.Storage;

/// <summary>
/// The stored shape of a session. Answer keys contain dots ("coverage.budget"), which a
/// document field name should not, so answers are kept as a list of pairs.
/// </summary>
public sealed class SessionDocument
{
    [BsonId]
    public string Id { get; set; } = "";

    public string Language { get; set; } = "";

    public bool LanguageChosen { get; set; }

    public string State { get; set; } = "";

    public string? PausedState { get; set; }

    public string? PendingConfirmation { get; set; }

    public long LastSequence { get; set; }

    public List<string> Selection { get; set; } = new();

    public string? SelectionState { get; set; }

    public string? EditOnly { get; set; }

    public List<AnswerEntry> Answers { get; set; } = new();

    public List<string> CompletedFlows { get; set; } = new();

    public Dictionary<string, DateTime> CompletedUtc { get; set; } = new();

    public List<Coach.Core.Domain.Programme.SectionInput> SectionInputs { get; set; } = new();

    public bool InProgramme { get; set; }

    public List<string> RemarksShown { get; set; } = new();

    public CoverageResult? Coverage { get; set; }

    public List<KpiRecord> KpiHistory { get; set; } = new();

    public List<ChannelCac> ChannelCacs { get; set; } = new();

    public List<SmartGoal> Goals { get; set; } = new();

    public List<Coach.Core.Domain.Persona.Persona> Personas { get; set; } = new();

    public string? EditingPersonaId { get; set; }

    public string? PersonaSegment { get; set; }

    public List<Coach.Core.Domain.Cjm.CjmMap> Cjms { get; set; } = new();

    public string? CjmPersonaId { get; set; }

    public Coach.Core.Domain.Learn.LearningProgress? Learning { get; set; }

    public Coach.Core.Domain.Tov.ToneProfile? Tone { get; set; }

    public List<Coach.Core.Domain.Tov.TovDraft> Drafts { get; set; } = new();

    public List<Coach.Core.Domain.Tov.TovDraft> SavedDrafts { get; set; } = new();

    public string? PendingKpiNumbers { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }

    public static SessionDocument From(Session session) => new()
    {
        Id = session.Id,
        Language = session.Language,
        LanguageChosen = session.LanguageChosen,
        State = session.State,
        PausedState = session.PausedState,
        PendingConfirmation = session.PendingConfirmation,
        LastSequence = session.LastSequence,
        Selection = session.Selection.ToList(),
        SelectionState = session.SelectionState,
        EditOnly = session.EditOnly,
        Answers = session.Answers.Select(pair => new AnswerEntry { Key = pair.Key, Value = pair.Value }).ToList(),
        CompletedFlows = session.CompletedFlows.ToList(),
        CompletedUtc = new Dictionary<string, DateTime>(session.CompletedUtc),
        SectionInputs = session.SectionInputs.ToList(),
        InProgramme = session.InProgramme,
        RemarksShown = session.RemarksShown.ToList(),
        Coverage = session.Coverage,
        KpiHistory = session.KpiHistory,
        ChannelCacs = session.ChannelCacs,
        Goals = session.Goals,
        Personas = session.Personas,
        EditingPersonaId = session.EditingPersonaId,
        PersonaSegment = session.PersonaSegment,
        Cjms = session.Cjms,
        CjmPersonaId = session.CjmPersonaId,
        Learning = session.Learning,
        Tone = session.Tone,
        Drafts = session.Drafts,
        SavedDrafts = session.SavedDrafts,
        PendingKpiNumbers = session.PendingKpiNumbers,
        CreatedUtc = session.CreatedUtc,
        UpdatedUtc = session.UpdatedUtc,
    };

    public Session ToSession() => new()
    {
        Id = Id,
        Language = Language,
        LanguageChosen = LanguageChosen,
        State = State,
        PausedState = PausedState,
        PendingConfirmation = PendingConfirmation,
        LastSequence = LastSequence,
        Selection = Selection.ToList(),
        SelectionState = SelectionState,
        EditOnly = EditOnly,
        Answers = Answers.ToDictionary(entry => entry.Key, entry => entry.Value),
        CompletedFlows = CompletedFlows.ToList(),
        CompletedUtc = new Dictionary<string, DateTime>(CompletedUtc),
        SectionInputs = SectionInputs?.ToList() ?? new(),
        InProgramme = InProgramme,
        RemarksShown = RemarksShown?.ToList() ?? [],
        Coverage = Coverage,
        KpiHistory = KpiHistory,
        ChannelCacs = ChannelCacs ?? [],
        Goals = Goals,
        Personas = Personas,
        EditingPersonaId = EditingPersonaId,
        PersonaSegment = PersonaSegment,
        Cjms = Cjms,
        CjmPersonaId = CjmPersonaId,
        Learning = Learning ?? new(),
        Tone = Tone,
        Drafts = Drafts,
        SavedDrafts = SavedDrafts,
        PendingKpiNumbers = PendingKpiNumbers,
        CreatedUtc = CreatedUtc,
        UpdatedUtc = UpdatedUtc,
    };
}

public sealed class AnswerEntry
{
    public string Key { get; set; } = "";

    public string Value { get; set; } = "";
}
