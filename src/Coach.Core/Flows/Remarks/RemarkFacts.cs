using Coach.Core.Dialogue;
using Coach.Core.Domain.Coverage;
using Coach.Core.Domain.Remarks;
using Coach.Core.Flows.Channels;
using Coach.Core.Flows.Coverage;
using Coach.Core.Flows.Mix;

namespace Coach.Core.Flows.Remarks;

/// <summary>Gathers what the consultant remarks read from the whole session.</summary>
public static class RemarkFacts
{
    public static StrategyFacts From(Session session, string? justComputed = null)
    {
        var coverage = session.Coverage;
        return new StrategyFacts
        {
            Coverage = coverage,
            Budget = coverage is null ? null : CoverageFlow.Profile(session).Budget,
            // The niche answers stay when the strategy is changed; they count only for a niche strategy.
            Niche = coverage?.Chosen == CoverageStrategy.Concentrated ? CoverageFlow.Niche(session) : null,
            MixPrice = MixFlow.Saved(session)?.Answers.FirstOrDefault(a => a.Element is "price" or "cost").Answer,
            Personas = session.Personas,
            Cjms = session.Cjms,
            Goals = session.Goals,
            Kpis = session.KpiHistory,
            JustComputed = justComputed,
            Plan = Plan(session),
            Tone = session.Tone,
        };
    }

    private static PlanFacts? Plan(Session session)
    {
        if (!session.CompletedFlows.Contains(ChannelPlanFlow.Id))
        {
            return null;
        }

        var budget = NumberAnswer.Read(session.Answer(ChannelPlanFlow.Key("budget")));
        var channels = MultiChoiceAnswer.Split(session.Answer(ChannelPlanFlow.Key("list")));
        return budget is { } monthly && channels.Count > 0 && int.TryParse(session.Answer(ChannelPlanFlow.Key("months")), out var months)
            ? new PlanFacts(channels, months, monthly)
            : null;
    }
}
