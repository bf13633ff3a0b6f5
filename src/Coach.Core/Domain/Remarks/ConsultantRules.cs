namespace Coach.Core.Domain.Remarks;

/// <summary>
/// Every consultant remark with the sections whose completion shows it (the programme's section
/// ids) and its priority, and the choice of at most two for one completion.
/// </summary>
public static class ConsultantRules
{
    /// <summary>At most this many remarks after one section, so they are read.</summary>
    public const int PerCompletion = 2;

    public static readonly IReadOnlyList<RemarkRule> All =
    [
        new("ltv_cac_low", 90, ["kpi", "channels"], NumberRules.LtvToCacLow),
        new("roas_below_break_even", 85, ["kpi", "channels"], NumberRules.RoasBelowBreakEven),
        new("discount_word_avoided", 80, ["mix", "tov"], PositioningRules.DiscountWordAvoided),
        new("mass_limited_budget", 80, ["mix", "channels"], PositioningRules.MassOnLimitedBudget),
        new("payback_beyond_horizon", 75, ["kpi", "channels"], NumberRules.PaybackBeyondHorizon),
        new("persona_outside_plan", 75, ["personas", "channels"], PositioningRules.PersonaOutsidePlan),
        new("goal_before_pilot", 70, ["smart", "channels"], NumberRules.GoalBeforePilot),
        new("niche_share_high", 70, ["smart", "channels"], NumberRules.NicheShareHigh),
        new("niche_mass_media", 70, ["channels"], PositioningRules.NicheWithMassMedia),
        new("low_income_premium", 70, ["personas", "mix"], PositioningRules.LowIncomePremium),
        new("funnel_leak", 65, ["channels"], NumberRules.FunnelLeaksAfterClick),
        new("growth_point_without_channel", 65, ["cjm", "channels"], PositioningRules.GrowthPointWithoutChannel),
        new("casual_committee", 65, ["tov", "personas"], PositioningRules.CasualWithCommittee),
        new("segments_one_message", 60, ["tov"], PositioningRules.SegmentsWithOneMessage),
        new("awareness_without_reach", 55, ["smart", "kpi"], NumberRules.AwarenessWithoutReach),
        new("ltv_cac_high", 50, ["kpi", "channels"], NumberRules.LtvToCacHigh),
        new("email_without_readers", 45, ["channels"], PositioningRules.EmailWithoutReaders),
    ];

    /// <summary>Every remark that holds for the strategy now, highest priority first (for the document).</summary>
    public static IReadOnlyList<Remark> Firing(StrategyFacts facts) => Firing(facts, All).ToList();

    // The rules that fire, highest priority first (stable: rules of one priority keep their order).
    private static IEnumerable<Remark> Firing(StrategyFacts facts, IEnumerable<RemarkRule> rules) =>
        rules.Select(rule => rule.Check(facts) is { } hit ? new Remark(rule, hit) : null)
            .OfType<Remark>()
            .OrderByDescending(remark => remark.Rule.Priority);

    /// <summary>
    /// The remarks for a finished section: the rules of that section that fire and were not shown
    /// before with the same values (<paramref name="shown"/> holds <see cref="Fingerprint"/>s), at most two.
    /// </summary>
    public static IReadOnlyList<Remark> Pick(StrategyFacts facts, string section, IReadOnlyCollection<string> shown)
    {
        // Only the section's rules, in the order Firing would sort them, checked until two are picked (the checks are
        // pure): a KPI card asks after every result, and on most cards no rule fires.
        List<Remark>? picked = null;
        foreach (var rule in BySection.GetValueOrDefault(section, []))
        {
            if (rule.Check(facts) is { } hit && new Remark(rule, hit) is var remark && !shown.Contains(Fingerprint(remark)))
            {
                (picked ??= []).Add(remark);
                if (picked.Count == PerCompletion)
                {
                    break;
                }
            }
        }

        return picked ?? (IReadOnlyList<Remark>)[];
    }

    // Each section's rules, highest priority first (stable, as Firing orders them).
    private static readonly Dictionary<string, RemarkRule[]> BySection = All
        .SelectMany(rule => rule.Sections.Select(section => (section, rule)))
        .GroupBy(pair => pair.section, pair => pair.rule)
        .ToDictionary(group => group.Key, group => group.OrderByDescending(rule => rule.Priority).ToArray());

    /// <summary>A short stable key of a remark with its values ("ltv_cac_low:9f3a…"), to remember it was shown.</summary>
    public static string Fingerprint(Remark remark)
    {
        // FNV-1a: stable across processes, unlike string.GetHashCode.
        var hash = 14695981039346656037UL;
        foreach (var c in remark.Signature)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return $"{remark.Rule.Id}:{hash:x16}";
    }
}
