using Coach.Core.Domain.Coverage;
using Coach.Core.Domain.Remarks;
using Coach.Core.Domain.Smart;
using Coach.Core.Domain.Tov;
using Coach.Core.Flows.Remarks;
using Coach.Core.Texts;
using static Coach.Core.Tests.Remarks.RemarkFixtures;

namespace Coach.Core.Tests.Remarks;

/// <summary>Every rule: a case where it fires (with its text and numbers), one where it does not, and an edge.</summary>
public class ConsultantRulesTests
{
    private static readonly DateTime Dec1 = new(2026, 12, 1, 10, 0, 0, DateTimeKind.Utc);

    /// <summary>Rule id, case, facts, and a fragment of the English text when it fires (null: it does not).</summary>
    public static readonly TheoryData<string, string, StrategyFacts, string?> Cases = new()
    {
        { "ltv_cac_low", "profit LTV 14,560 over CAC 7,000", new() { Kpis = [Ltv(29_120, 50), Record("cac", 7_000)] }, "LTV/CAC is 2.1: below 3, each customer barely returns" },
        { "ltv_cac_low", "on revenue without a margin", new() { Kpis = [Ltv(6_000), Record("cac", 3_000)] }, "LTV/CAC is 2, and that is on revenue" },
        { "ltv_cac_low", "a healthy 12.9", new() { Kpis = [Ltv(29_120, 50), Record("cac", 1_125)] }, null },
        { "ltv_cac_low", "the ratio card itself is being shown", new() { Kpis = [Ltv(29_120, 50), Record("cac", 7_000)], JustComputed = "ltv_cac" }, null },
        { "ltv_cac_low", "LTV and CAC in different currencies", new() { Kpis = [Ltv(29_120, 50), new() { Metric = "cac", Value = 7_000, Currency = "Usd" }] }, null },
        { "ltv_cac_high", "12.9 on profit", new() { Kpis = [Ltv(29_120, 50), Record("cac", 1_125)] }, "LTV/CAC is 12.9: above 5" },
        { "ltv_cac_high", "4.2 is neither", new() { Kpis = [Ltv(29_120, 50), Record("cac", 3_500)] }, null },
        { "ltv_cac_high", "exactly 5", new() { Kpis = [Ltv(10_000, 50), Record("cac", 1_000)] }, null },
        { "ltv_cac_high", "10 on revenue only, profit unknown", new() { Kpis = [Ltv(10_000), Record("cac", 1_000)] }, null },
        { "roas_below_break_even", "250% at a 30% margin", new() { Kpis = [Ltv(10_000, 30), Record("roas", 250)] }, "ROAS is 250%, but at a 30% margin ads break even only at a ROAS of 333.3% (1 ÷ margin)" },
        { "roas_below_break_even", "400% at a 30% margin", new() { Kpis = [Ltv(10_000, 30), Record("roas", 400)] }, null },
        { "roas_below_break_even", "exactly the break-even 400% at 25%", new() { Kpis = [Ltv(10_000, 25), Record("roas", 400)] }, null },
        { "roas_below_break_even", "no margin known", new() { Kpis = [Ltv(10_000), Record("roas", 150)] }, null },
        { "discount_word_avoided", "a standing discount, 'discount' avoided", new() { MixPrice = "Premium, with a standing 10% discount for regulars", Tone = Tone(avoid: ["cheap", "Discount"]) }, "yet “Discount” is on the voice's list of words to avoid" },
        { "discount_word_avoided", "Russian stems", new() { MixPrice = "Скидка 10% постоянным покупателям", Tone = Tone(avoid: ["скидки"]) }, "“скидки”" },
        { "discount_word_avoided", "other words avoided", new() { MixPrice = "a standing discount", Tone = Tone(avoid: ["cheap"]) }, null },
        { "discount_word_avoided", "no voice yet", new() { MixPrice = "a standing discount" }, null },
        { "mass_limited_budget", "mass on a limited budget", new() { Coverage = Coverage(CoverageStrategy.Mass), Budget = BudgetLevel.Limited }, "You chose mass coverage with a limited budget" },
        { "mass_limited_budget", "mass on a moderate budget", new() { Coverage = Coverage(CoverageStrategy.Mass), Budget = BudgetLevel.Moderate }, null },
        { "mass_limited_budget", "a niche on a limited budget", new() { Coverage = Coverage(CoverageStrategy.Concentrated), Budget = BudgetLevel.Limited }, null },
        { "payback_beyond_horizon", "14 months against a 12-month plan", new() { Kpis = [Record("payback", 14)], Plan = Plan(12, "search") }, "pays back in 14 months, longer than the plan's 12 months" },
        { "payback_beyond_horizon", "8 months", new() { Kpis = [Record("payback", 8)], Plan = Plan(12, "search") }, null },
        { "payback_beyond_horizon", "exactly the horizon", new() { Kpis = [Record("payback", 12)], Plan = Plan(12, "search") }, null },
        { "payback_beyond_horizon", "no plan", new() { Kpis = [Record("payback", 14)] }, null },
        { "payback_beyond_horizon", "10 months on its own card against a 6-month plan", new() { Kpis = [Record("payback", 10)], Plan = Plan(6, "search"), JustComputed = "payback" }, "pays back in 10 months, longer than the plan's 6 months" },
        { "payback_beyond_horizon", "14 months on its own card, which already warns past a year", new() { Kpis = [Record("payback", 14)], Plan = Plan(12, "search"), JustComputed = "payback" }, null },
        { "persona_outside_plan", "Anna's channels are not planned", new() { Personas = [Portrait("Anna", channels: "instagram,blogs")], Plan = Plan("search", "vk") }, "None of Anna's channels (Instagram, Blogs) is in the channel plan" },
        { "persona_outside_plan", "one channel shared", new() { Personas = [Portrait("Anna", channels: "instagram,vk")], Plan = Plan("search", "vk") }, null },
        { "persona_outside_plan", "a persona without channels", new() { Personas = [Portrait("Anna", channels: "")], Plan = Plan("search") }, null },
        { "goal_before_pilot", "due in 45 days", new() { Goals = [Goal(GoalType.Sales, Dec1, new DateTime(2027, 1, 15))] }, "The goal is due by Jan 15, 2027, less than two months after it was set" },
        { "goal_before_pilot", "due in four months", new() { Goals = [Goal(GoalType.Sales, Dec1, new DateTime(2027, 3, 31))] }, null },
        { "goal_before_pilot", "61 days: the pilot is over", new() { Goals = [Goal(GoalType.Sales, Dec1, new DateTime(2027, 1, 31))] }, null },
        { "goal_before_pilot", "60 days", new() { Goals = [Goal(GoalType.Sales, Dec1, new DateTime(2027, 1, 30))] }, "due by Jan 30, 2027" },
        { "niche_share_high", "25% of the niche", new() { Niche = NichePotential.Compute(2_000, 12, 500, 3_000_000) }, "The revenue target needs 25% of everything the niche spends" },
        { "niche_share_high", "10% of the niche", new() { Niche = NichePotential.Compute(2_000, 12, 500, 1_200_000) }, null },
        { "niche_share_high", "exactly 15%", new() { Niche = NichePotential.Compute(2_000, 12, 500, 1_800_000) }, null },
        { "niche_share_high", "60%: the card warns itself", new() { Niche = NichePotential.Compute(2_000, 12, 500, 7_200_000) }, null },
        { "niche_share_high", "above the whole niche: the card warns itself", new() { Niche = NichePotential.Compute(2_000, 12, 500, 20_000_000) }, null },
        { "niche_mass_media", "a niche with outdoor ads", new() { Coverage = Coverage(CoverageStrategy.Concentrated), Plan = Plan("outdoor", "vk", "tv_radio") }, "yet the plan pays for Outdoor, TV and radio" },
        { "niche_mass_media", "a niche with community channels", new() { Coverage = Coverage(CoverageStrategy.Concentrated), Plan = Plan("vk", "blogs") }, null },
        { "niche_mass_media", "differentiated with TV", new() { Coverage = Coverage(CoverageStrategy.Differentiated, "a", "b"), Plan = Plan("tv_radio") }, null },
        { "low_income_premium", "a premium price for a low income", new() { MixPrice = "Premium, above the market", Personas = [Portrait("Oleg, 19", income: "low")] }, "Oleg, 19 has a low income, while the price is premium" },
        { "low_income_premium", "a high income", new() { MixPrice = "Premium", Personas = [Portrait("Oleg", income: "high")] }, null },
        { "low_income_premium", "an affordable price", new() { MixPrice = "Affordable, like the supermarket", Personas = [Portrait("Oleg", income: "low")] }, null },
        { "funnel_leak", "the landing leaks while the plan buys search", new() { Kpis = [Funnel(100_000, 1_400, 20, 5)], Plan = Plan("search") }, "clicks → leads is 1.43% against a typical 2%–5%" },
        { "funnel_leak", "leads do not buy", new() { Kpis = [Funnel(10_000, 2_000, 400, 8)], Plan = Plan("search") }, "leads → sales is 2% against a typical 10%–30%" },
        { "funnel_leak", "every step within range", new() { Kpis = [Funnel(100_000, 2_000, 150, 30)], Plan = Plan("search") }, null },
        { "funnel_leak", "the weak step is the ad itself", new() { Kpis = [Funnel(100_000, 300, 15, 3)], Plan = Plan("search") }, null },
        { "funnel_leak", "the plan buys no traffic", new() { Kpis = [Funnel(100_000, 1_400, 20, 5)], Plan = Plan("telegram") }, null },
        { "growth_point_without_channel", "a painful Ask without engagement", new() { Cjms = [Journey("Anna", "ask", -1, "no reviews")], Plan = Plan("search") }, "The “Ask” stage of Anna's journey is a growth point" },
        { "growth_point_without_channel", "engagement planned", new() { Cjms = [Journey("Anna", "ask", -1, "no reviews")], Plan = Plan("search", "vk") }, null },
        { "growth_point_without_channel", "negative but no barrier", new() { Cjms = [Journey("Anna", "ask", -1, null)], Plan = Plan("search") }, null },
        { "casual_committee", "casual for a committee", new() { Tone = Tone(Address.Casual), Personas = [Portrait("Procurement Pavel", decision: "committee")] }, "The voice is casual, while Procurement Pavel decides together with other people" },
        { "casual_committee", "polite for a committee", new() { Tone = Tone(Address.Polite), Personas = [Portrait("Pavel", decision: "committee")] }, null },
        { "casual_committee", "casual for an impulse buyer", new() { Tone = Tone(Address.Casual), Personas = [Portrait("Pavel", decision: "impulse")] }, null },
        { "segments_one_message", "two segments, one message", new() { Coverage = Coverage(CoverageStrategy.Differentiated, "commuters", "families"), Tone = Tone() }, "You work with several segments (commuters, families)" },
        { "segments_one_message", "mass coverage", new() { Coverage = Coverage(CoverageStrategy.Mass), Tone = Tone() }, null },
        { "segments_one_message", "no brand message yet", new() { Coverage = Coverage(CoverageStrategy.Differentiated, "commuters", "families"), Tone = Tone(message: "") }, null },
        { "awareness_without_reach", "an awareness goal measured by CAC and ROI", new() { Goals = [Goal(GoalType.Awareness, Dec1, Dec1.AddMonths(6))], Kpis = [Record("cac", 1_125), Record("roi", 20)] }, "The goal is about awareness, yet the KPIs computed so far (CAC (customer acquisition cost), ROI" },
        { "awareness_without_reach", "reach computed", new() { Goals = [Goal(GoalType.Awareness, Dec1, Dec1.AddMonths(6))], Kpis = [Record("cac", 1_125), Record("reach", 113_000)] }, null },
        { "awareness_without_reach", "nothing computed yet", new() { Goals = [Goal(GoalType.Awareness, Dec1, Dec1.AddMonths(6))] }, null },
        { "awareness_without_reach", "a sales goal", new() { Goals = [Goal(GoalType.Sales, Dec1, Dec1.AddMonths(6))], Kpis = [Record("cac", 1_125)] }, null },
        { "email_without_readers", "email planned, nobody reads it", new() { Plan = Plan("email", "vk"), Personas = [Portrait("Anna", channels: "vk")] }, "Email is in the plan, but none of the personas named it" },
        { "email_without_readers", "a persona reads email", new() { Plan = Plan("email", "vk"), Personas = [Portrait("Anna", channels: "vk,email")] }, null },
        { "email_without_readers", "no personas yet", new() { Plan = Plan("email") }, null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_rule_fires_with_its_numbers_only_when_the_strategy_contradicts_itself(string rule, string @case, StrategyFacts facts, string? fragment)
    {
        var declared = Assert.Single(ConsultantRules.All, r => r.Id == rule);

        var hit = declared.Check(facts);

        if (fragment is null)
        {
            Assert.True(hit is null, $"{rule} fired for '{@case}'.");
            return;
        }

        Assert.NotNull(hit);
        var text = ConsultantRemarks.Text(new Coach.Core.Texts.Texts(TextCatalog.Default, "en"), new Remark(declared, hit));
        Assert.Contains(fragment, text);
    }

    [Fact]
    public void Every_rule_is_in_the_table_and_there_are_at_least_fifteen()
    {
        var tested = Cases.Select(row => (string)row[0]).ToHashSet();

        Assert.True(ConsultantRules.All.Count >= 15);
        Assert.All(ConsultantRules.All, rule => Assert.Contains(rule.Id, tested));
        Assert.Equal(ConsultantRules.All.Count, ConsultantRules.All.Select(r => r.Id).Distinct().Count());
    }

    [Fact]
    public void No_rule_fires_on_an_empty_strategy()
    {
        Assert.Empty(ConsultantRules.Firing(None));
    }

    [Theory]
    [InlineData("ru", "LTV/CAC = 2,1: ниже 3 клиент едва возвращает")]
    [InlineData("en", "💬 <b>Consultant's remark.</b> LTV/CAC is 2.1")]
    public void A_remark_reads_in_the_chats_language_with_its_numbers(string language, string expected)
    {
        var session = new Coach.Core.Dialogue.Session { Language = language, KpiHistory = [Ltv(29_120, 50), Record("cac", 7_000)] };

        var lines = ConsultantRemarks.ForKpi(session, new Coach.Core.Texts.Texts(TextCatalog.Default, language), "cac");

        Assert.Contains(expected, Assert.Single(lines));
    }
}
