using System.Globalization;
using Coach.Core.Dialogue;
using Coach.Core.Domain.Remarks;
using Coach.Core.Flows.Channels;
using Coach.Core.Flows.Cjm;
using Coach.Core.Flows.Coverage;
using Coach.Core.Flows.Kpi;
using Coach.Core.Flows.Persona;
using Coach.Core.Flows.Smart;
using Coach.Core.Flows.Tov;
using Coach.Core.Parsing;
using Coach.Core.Texts;

namespace Coach.Core.Flows.Remarks;

/// <summary>
/// Consultant remarks after a finished section: at most two of <see cref="ConsultantRules"/> for
/// that section, each shown once with the same values (the session remembers them). They are a
/// text-only follow-up, which the engine adds to the section's result card, so its buttons stay
/// last; a KPI's card gets them from <see cref="ForKpi"/>.
/// </summary>
public static class ConsultantRemarks
{
    /// <summary>The section of the programme a finished flow belongs to; null for flows without remarks.</summary>
    public static string? SectionOf(string flowId) => flowId switch
    {
        CoverageFlow.Id => "coverage",
        PersonaFlow.Id => "personas",
        CjmFlow.Id => "cjm",
        SmartFlow.Id => "smart",
        ChannelPlanFlow.Id => "channels",
        TovProfileFlow.Id => "tov",
        _ when flowId.StartsWith("mix_", StringComparison.Ordinal) => "mix",
        _ => null,
    };

    /// <summary>The completion follow-up: the new remarks for the finished section as one text-only reply.</summary>
    public static Reply? FollowUp(FeatureContext context, string flowId) =>
        SectionOf(flowId) is { } section && Lines(context.Session, context.Texts, section, RemarkFacts.From(context.Session)) is { Count: > 0 } lines
            ? new Reply(string.Join("\n\n", lines))
            : null;

    /// <summary>The new remarks after a KPI was computed, for the end of its card (empty for none).</summary>
    public static IReadOnlyList<string> ForKpi(Session session, Texts.Texts t, string metric) =>
        Lines(session, t, "kpi", RemarkFacts.From(session, metric));

    /// <summary>Every remark that holds for the strategy now, highest priority first, as text lines (for the document).</summary>
    public static IReadOnlyList<string> All(Session session, Texts.Texts t) =>
        ConsultantRules.Firing(RemarkFacts.From(session)).Select(remark => Text(t, remark)).ToList();

    /// <summary>A remark's sentence in the chat's language with its values in place.</summary>
    public static string Text(Texts.Texts t, Remark remark) =>
        t.Format(remark.TextKey, remark.Hit.Args.Select(a => (a.Key, (object?)Value(t, a.Value))).ToArray());

    private static List<string> Lines(Session session, Texts.Texts t, string section, StrategyFacts facts)
    {
        var picked = ConsultantRules.Pick(facts, section, session.RemarksShown);
        if (picked.Count == 0)
        {
            return [];
        }

        session.RemarksShown.AddRange(picked.Select(ConsultantRules.Fingerprint));
        return picked.Select(remark => t.Format("remarks.line", ("remark", new Markup(Text(t, remark))))).ToList();
    }

    private static object Value(Texts.Texts t, RemarkArg arg) => arg.Kind switch
    {
        RemarkArgKind.Percent => KpiText.Percent(t, arg.Number),
        RemarkArgKind.Ratio => KpiText.Number(t, arg.Number, 1),
        RemarkArgKind.Months => KpiText.Periods(t, arg.Number, Period.Month),
        RemarkArgKind.Date => t.Date(DateTime.ParseExact(arg.Text, "yyyy-MM-dd", CultureInfo.InvariantCulture)),
        RemarkArgKind.Labels => string.Join(", ", (arg.Keys ?? []).Select(key => t[key])),
        _ => arg.Text,
    };
}
