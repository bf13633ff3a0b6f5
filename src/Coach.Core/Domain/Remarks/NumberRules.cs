using Coach.Core.Domain.Channels;
using Coach.Core.Domain.Kpi;
using Coach.Core.Domain.Smart;

namespace Coach.Core.Domain.Remarks;

/// <summary>
/// Remarks where the numbers of one section meet another's: unit economics against each other and
/// the plan, goals against the year plan's rhythm, the niche's share. Pure functions of <see cref="StrategyFacts"/>.
/// </summary>
public static class NumberRules
{
    /// <summary>Below this LTV/CAC a customer barely returns what they cost.</summary>
    public const decimal HealthyLtvToCac = 3m;

    /// <summary>Above this LTV/CAC the business can afford to buy customers faster.</summary>
    public const decimal GenerousLtvToCac = 5m;

    /// <summary>A newcomer rarely wins more of a niche's spending than this in the first years.</summary>
    public const decimal RealisticNicheShare = 15m;

    /// <summary>The year plan's foundations (month 1) and pilot (month 2): about two months before a tested plan.</summary>
    public const int PilotDays = 61;

    private static readonly HashSet<string> AwarenessMetrics = ["reach", "ctr", "cpm", "traffic_growth", "traffic_share"];

    /// <summary>LTV/CAC from the latest LTV and CAC (on profit when the LTV has a margin) below 3.</summary>
    public static RemarkHit? LtvToCacLow(StrategyFacts f) =>
        LtvToCac(f) is { } ratio && ratio.Value < HealthyLtvToCac
            ? new RemarkHit(new Dictionary<string, RemarkArg> { ["ratio"] = RemarkArg.Ratio(ratio.Value) }, ratio.OnProfit ? null : "revenue")
            : null;

    /// <summary>LTV/CAC above 5: room to spend more on acquisition.</summary>
    public static RemarkHit? LtvToCacHigh(StrategyFacts f) =>
        LtvToCac(f) is { OnProfit: true } ratio && ratio.Value > GenerousLtvToCac ? RemarkHit.Of(("ratio", RemarkArg.Ratio(ratio.Value))) : null;

    /// <summary>ROAS below the break-even ROAS of 1 ÷ margin (the margin from the LTV).</summary>
    public static RemarkHit? RoasBelowBreakEven(StrategyFacts f)
    {
        if (f.Latest("roas") is not { } roas || Margin(f) is not { } margin)
        {
            return null;
        }

        var breakEven = 100m / margin * 100m;
        return roas.Value < breakEven
            ? RemarkHit.Of(("roas", RemarkArg.Percent(roas.Value)), ("margin", RemarkArg.Percent(margin)), ("break_even", RemarkArg.Percent(breakEven)))
            : null;
    }

    /// <summary>Beyond this payback the payback card itself warns ("more than a year").</summary>
    public const decimal PaybackCardWarns = 12m;

    /// <summary>A payback longer than the plan's horizon: within the plan, acquisition only costs.</summary>
    public static RemarkHit? PaybackBeyondHorizon(StrategyFacts f) =>
        f.Latest("payback") is { } payback && f.Plan is { } plan && payback.Value > plan.Months
            && !(f.JustComputed == "payback" && payback.Value > PaybackCardWarns)
            ? RemarkHit.Of(("payback", RemarkArg.Months(payback.Value)), ("months", RemarkArg.Months(plan.Months)))
            : null;

    /// <summary>The latest goal is due before the pilot month is over.</summary>
    public static RemarkHit? GoalBeforePilot(StrategyFacts f) =>
        f.Goals.LastOrDefault() is { } goal && (goal.Due - goal.CreatedUtc.Date).TotalDays < PilotDays
            ? RemarkHit.Of(("due", RemarkArg.Date(goal.Due)))
            : null;

    /// <summary>An awareness goal while every KPI computed is about sales or costs.</summary>
    public static RemarkHit? AwarenessWithoutReach(StrategyFacts f)
    {
        // The goal first: the KPI history (up to its keep limit) is read only for an awareness goal.
        if (!f.Goals.Any(g => g.Type == GoalType.Awareness))
        {
            return null;
        }

        var metrics = f.Kpis.Select(r => r.Metric).Where(m => m != "channels").Distinct().ToList();
        return metrics.Count > 0 && !metrics.Any(AwarenessMetrics.Contains)
            ? RemarkHit.Of(("metrics", RemarkArg.Labels(metrics.Select(m => $"kpi.{m}.name"))))
            : null;
    }

    /// <summary>The niche target needs more than ~15 % of the niche (the card itself warns above 50 % and below the target).</summary>
    public static RemarkHit? NicheShareHigh(StrategyFacts f) =>
        f.Niche is { BelowTarget: false, NeedsDominance: false, ShareNeededPercent: > RealisticNicheShare } niche
            ? RemarkHit.Of(("share", RemarkArg.Percent(niche.ShareNeededPercent!.Value)))
            : null;

    /// <summary>The funnel leaks after the click while the plan spends on traffic: fix the leak first.</summary>
    public static RemarkHit? FunnelLeaksAfterClick(StrategyFacts f)
    {
        if (f.Plan is null || f.Latest("funnel") is not { } record || !Funnel.Stages.All(record.Inputs.ContainsKey))
        {
            return null;
        }

        var computation = Funnel.Compute(new KpiArguments(record.Inputs.ToDictionary(i => i.Key, i => KpiValue.Of(i.Value))));
        if (Funnel.Bottleneck(computation.Verdict) is not ("clicks_leads" or "leads_sales") || !f.Plan.Channels.Any(c => ChannelPlanner.RolesOf(c).Contains(Cjm.ChannelRole.Acquisition)))
        {
            return null;
        }

        var step = Funnel.Bottleneck(computation.Verdict)!;
        var range = FunnelRanges.For(step);
        return new RemarkHit(
            new Dictionary<string, RemarkArg>
            {
                ["rate"] = RemarkArg.Percent(computation.Extras[step], 2),
                ["low"] = RemarkArg.Percent(range.Low),
                ["high"] = RemarkArg.Percent(range.High),
            },
            step);
    }

    private static decimal? Margin(StrategyFacts f) =>
        f.Latest("ltv") is { } ltv && ltv.Inputs.TryGetValue("margin", out var margin) && margin > 0 ? margin : null;

    private static (decimal Value, bool OnProfit)? LtvToCac(StrategyFacts f)
    {
        // The ratio card judges its own numbers; this reads the LTV and CAC computed separately.
        if (f.JustComputed == "ltv_cac" || f.Latest("ltv") is not { } ltv || f.Latest("cac") is not { Value: > 0 } cac || !SameCurrency(ltv, cac))
        {
            return null;
        }

        var margin = Margin(f);
        var value = margin is { } m ? ltv.Value * m / 100m : ltv.Value;
        return (value / cac.Value, margin is not null);
    }

    private static bool SameCurrency(KpiRecord a, KpiRecord b) => a.Currency == b.Currency || a.Currency == "None" || b.Currency == "None";
}
