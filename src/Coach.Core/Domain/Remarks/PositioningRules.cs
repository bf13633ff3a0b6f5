using System.Text.RegularExpressions;
using Coach.Core.Domain.Channels;
using Coach.Core.Domain.Coverage;
using Coach.Core.Domain.Tov;
using Coach.Core.Domain.Words;

namespace Coach.Core.Domain.Remarks;

/// <summary>
/// Remarks on how the strategy's choices fit together: coverage, the mix's price, personas, the
/// channel plan and the voice. Each check is a pure function of <see cref="StrategyFacts"/>.
/// </summary>
public static class PositioningRules
{
    // The words are data, one file per language (Domain/Remarks/Words), read as phrases of lower-cased text.
    private static readonly List<RemarkWords> Words = WordFiles.Languages("Remarks").Select(language => WordFiles.Load<RemarkWords>("Remarks", language)).ToList();

    private static readonly Regex DiscountPattern = PhrasePattern.Compile(Words.SelectMany(w => w.Discount));

    private static readonly Regex PremiumPattern = PhrasePattern.Compile(Words.SelectMany(w => w.Premium));

    private sealed record RemarkWords(List<string> Discount, List<string> Premium);

    private static bool IsDiscount(string text) => DiscountPattern.IsMatch(Lower(text));

    private static bool IsPremium(string text) => PremiumPattern.IsMatch(Lower(text));

    // The word files are written lower-case with "ё" as "е".
    private static string Lower(string text) => text.ToLowerInvariant().Replace('ё', 'е');

    /// <summary>The price plan leans on discounts while the voice forbids the word.</summary>
    public static RemarkHit? DiscountWordAvoided(StrategyFacts f) =>
        f.MixPrice is { } price && IsDiscount(price) && f.Tone?.WordsToAvoid.FirstOrDefault(IsDiscount) is { } word
            ? RemarkHit.Of(("word", RemarkArg.User(word)))
            : null;

    /// <summary>Mass coverage on a limited budget: one message for everyone spread thin.</summary>
    public static RemarkHit? MassOnLimitedBudget(StrategyFacts f) =>
        f.Coverage?.Chosen == CoverageStrategy.Mass && f.Budget == BudgetLevel.Limited ? RemarkHit.Of() : null;

    /// <summary>A niche strategy whose plan buys mass media (TV, radio, outdoor).</summary>
    public static RemarkHit? NicheWithMassMedia(StrategyFacts f)
    {
        var mass = f.Plan?.Channels.Where(c => c is "tv_radio" or "outdoor").ToList() ?? [];
        return f.Coverage?.Chosen == CoverageStrategy.Concentrated && mass.Count > 0
            ? RemarkHit.Of(("channels", Channels(mass)))
            : null;
    }

    /// <summary>Several segments, and one brand message: the offer must differ per segment or the strategy is mass again.</summary>
    public static RemarkHit? SegmentsWithOneMessage(StrategyFacts f) =>
        f.Coverage is { Chosen: CoverageStrategy.Differentiated, Segments.Count: >= 2 } coverage && !string.IsNullOrWhiteSpace(f.Tone?.BrandMessage)
            ? RemarkHit.Of(("segments", RemarkArg.User(string.Join(", ", coverage.Segments))))
            : null;

    /// <summary>A persona on a low income while the price is premium.</summary>
    public static RemarkHit? LowIncomePremium(StrategyFacts f) =>
        f.MixPrice is { } price && IsPremium(price) && f.Personas.FirstOrDefault(p => p.Fields.GetValueOrDefault("income") == "low") is { } persona
            ? RemarkHit.Of(("persona", RemarkArg.User(persona.Name)))
            : null;

    /// <summary>A persona none of whose channels is in the plan: the plan does not reach them.</summary>
    public static RemarkHit? PersonaOutsidePlan(StrategyFacts f)
    {
        if (f.Plan is not { } plan)
        {
            return null;
        }

        var missed = f.Personas
            .Select(p => (Persona: p, Channels: ChannelsOf(p)))
            .FirstOrDefault(p => p.Channels.Count > 0 && !p.Channels.Intersect(plan.Channels).Any());
        return missed.Persona is { } persona
            ? RemarkHit.Of(("persona", RemarkArg.User(persona.Name)), ("channels", Channels(missed.Channels)))
            : null;
    }

    /// <summary>Email in the plan while no persona reads it: a retention tool with no list yet.</summary>
    public static RemarkHit? EmailWithoutReaders(StrategyFacts f) =>
        f.Plan?.Channels.Contains("email") == true && f.Personas.Count > 0 && f.Personas.All(p => !ChannelsOf(p).Contains("email"))
            ? RemarkHit.Of()
            : null;

    /// <summary>A casual «ты» voice for a persona who decides through a committee (B2B).</summary>
    public static RemarkHit? CasualWithCommittee(StrategyFacts f) =>
        f.Tone?.Address == Address.Casual && f.Personas.FirstOrDefault(p => p.Fields.GetValueOrDefault("decision") == "committee") is { } persona
            ? RemarkHit.Of(("persona", RemarkArg.User(persona.Name)))
            : null;

    /// <summary>A growth point of a journey (negative emotion and a barrier) whose channel role the plan lacks.</summary>
    public static RemarkHit? GrowthPointWithoutChannel(StrategyFacts f)
    {
        if (f.Plan is not { } plan)
        {
            return null;
        }

        var roles = plan.Channels.SelectMany(ChannelPlanner.RolesOf).ToHashSet();
        foreach (var map in f.Cjms)
        {
            if (map.Steps.FirstOrDefault(s => s.IsGrowthPoint && !roles.Contains(Cjm.CjmMap.RoleOf(s.Stage))) is { } stage)
            {
                var role = Cjm.CjmMap.RoleOf(stage.Stage).ToString().ToLowerInvariant();
                return RemarkHit.Of(("stage", RemarkArg.Labels($"cjm.stage.{stage.Stage}")), ("persona", RemarkArg.User(map.PersonaName)), ("role", RemarkArg.Labels($"cjm.role.{role}")));
            }
        }

        return null;
    }

    internal static IReadOnlyList<string> ChannelsOf(Persona.Persona persona) =>
        (persona.Fields.GetValueOrDefault("channels") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static RemarkArg Channels(IEnumerable<string> channels) => RemarkArg.Labels(channels.Select(c => $"persona.channels.opt.{c}"));
}
