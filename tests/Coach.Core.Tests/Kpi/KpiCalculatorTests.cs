using Coach.Core.Domain.Kpi;
using Coach.Core.Parsing;

namespace Coach.Core.Tests.Kpi;

public class KpiCalculatorTests
{
    private static KpiResult Compute(string metric, params (string Key, KpiValue Value)[] inputs)
    {
        var outcome = KpiCalculator.Compute(KpiCatalog.Find(metric)!, inputs.ToDictionary(i => i.Key, i => i.Value));
        Assert.True(outcome.Ok, $"{outcome.Problem} missing: {string.Join(",", outcome.Missing.Select(m => m.Key))}");
        return outcome.Result!;
    }

    private static KpiValue V(decimal value) => KpiValue.Of(value);

    private static KpiValue Sum(params decimal[] parts) => KpiValue.Sum(parts);

    private static KpiValue Per(decimal amount, Period period) => new(amount, [amount], period);

    // The articles' worked examples, reproduced exactly (domain §6).
    [Fact]
    public void Reach_adds_the_channels_contacts() =>
        Assert.Equal(113_000m, Compute("reach", ("channels", Sum(15_000, 90_000, 8_000))).Value);

    [Fact]
    public void Traffic_growth_from_200_to_280_is_40_percent() =>
        Assert.Equal(40m, Compute("traffic_growth", ("old", V(200)), ("new", V(280))).Value);

    [Fact]
    public void Cac_of_the_bakery_is_1125() =>
        Assert.Equal(1_125m, Compute("cac", ("spend", Sum(30_000, 25_000, 15_000, 20_000)), ("customers", V(80))).Value);

    [Fact]
    public void Ltv_of_280_twice_a_week_for_a_year_is_29120()
    {
        var result = Compute("ltv", ("check", V(280)), ("frequency", Per(2, Period.Week)), ("period", Per(1, Period.Year)));

        Assert.Equal(29_120m, result.Value);
        Assert.Equal("revenue", result.Computation.Verdict);
    }

    [Fact]
    public void Ltv_with_a_margin_gives_the_profit_too()
    {
        var result = Compute("ltv", ("check", V(280)), ("frequency", Per(2, Period.Week)), ("period", Per(52, Period.Week)), ("margin", V(50)));

        Assert.Equal(29_120m, result.Value);
        Assert.Equal(14_560m, result.Computation.Extras["profit"]);
    }

    [Fact]
    public void Payback_of_the_bakery_is_about_0_93_months_within_a_month()
    {
        var result = Compute("payback", ("cac", V(1_125)), ("monthly_profit", V(14_500m / 12m)));

        Assert.Equal(0.93m, Math.Round(result.Value, 2));
        Assert.Equal("within_month", result.Computation.Verdict);
    }

    [Fact]
    public void Roi_of_the_bakery_is_20_percent_not_120()
    {
        var result = Compute("roi", ("profit", V(60_000)), ("spend", V(50_000)));

        Assert.Equal(20m, result.Value);
        Assert.Equal(1.2m, result.Computation.Extras["per_unit"]);
        Assert.Equal(120m, result.Computation.Extras["gross_percent"]);
        Assert.Equal("profit", result.Computation.Verdict);
    }

    // Hand-computed cases for every other metric.
    [Theory]
    [InlineData("roi", "profit=50000 spend=50000", 0, "breakeven")]
    [InlineData("roi", "profit=30000 spend=50000", -40, "loss")]
    [InlineData("romi", "profit=90000 spend=30000", 200, "profit")]
    [InlineData("roas", "ad_revenue=150000 spend=50000", 300, "covers")]
    [InlineData("roas", "ad_revenue=40000 spend=50000", 80, "below")]
    [InlineData("conversion", "purchases=37 visitors=1850", 2, "per_100")]
    [InlineData("average_check", "revenue=420000 purchases=1200", 350, "check")]
    [InlineData("ctr", "clicks=300 impressions=15000", 2, "per_100")]
    [InlineData("cpc", "spend=30000 clicks=1500", 20, "cost")]
    [InlineData("cpa", "spend=5000 actions=125", 40, "cost")]
    [InlineData("cpm", "spend=12000 impressions=400000", 30, "cost")]
    [InlineData("traffic_growth", "old=280 new=210", -25, "decline")]
    [InlineData("traffic_growth", "old=100 new=100", 0, "flat")]
    [InlineData("traffic_share", "source=450 total=3000", 15, "share")]
    [InlineData("leads", "calls=12 applications=20 registrations=15 subscriptions=30", 77, "sum")]
    [InlineData("repeat_rate", "returning=120 all_customers=400", 30, "share")]
    [InlineData("mql_sql", "sql=30 mql=100", 30, "per_100")]
    [InlineData("ltv_cac", "ltv=29120 cac=1125", 25.8844444444, "healthy")]
    [InlineData("ltv_cac", "ltv=2000 cac=1000", 2, "thin")]
    [InlineData("ltv_cac", "ltv=900 cac=1000", 0.9, "loss")]
    [InlineData("nps", "promoters=60 passives=25 detractors=15", 45, "positive")]
    [InlineData("nps", "promoters=70 passives=20 detractors=10", 60, "excellent")]
    [InlineData("nps", "promoters=10 passives=20 detractors=70", -60, "negative")]
    // Each step is judged against its own typical range: a 2% CTR and 20% lead-to-sale are normal, so nothing is the bottleneck.
    [InlineData("funnel", "impressions=100000 clicks=2000 leads=150 sales=30", 0.03, "within_ranges")]
    [InlineData("funnel", "impressions=100000 clicks=300 leads=15 sales=3", 0.003, "bottleneck_impressions_clicks")]
    [InlineData("funnel", "impressions=10000 clicks=2000 leads=20 sales=10", 0.1, "bottleneck_clicks_leads")]
    // The issue's case: a normal 1.4% CTR is the lowest rate, yet clicks → leads (1.4% against 2–5%) is the weak step.
    [InlineData("funnel", "impressions=100000 clicks=1400 leads=20 sales=5", 0.005, "bottleneck_clicks_leads")]
    [InlineData("funnel", "impressions=10000 clicks=2000 leads=400 sales=8", 0.08, "bottleneck_leads_sales")]
    public void Every_metric_computes_its_formula(string metric, string inputs, double expected, string verdict)
    {
        var values = inputs.Split(' ').Select(pair => pair.Split('=')).Select(p => (p[0], V(decimal.Parse(p[1])))).ToArray();

        var result = Compute(metric, values);

        Assert.Equal((decimal)expected, Math.Round(result.Value, 10));
        Assert.Equal(verdict, result.Computation.Verdict);
    }

    [Fact]
    public void The_funnel_names_each_steps_conversion()
    {
        var result = Compute("funnel", ("impressions", V(100_000)), ("clicks", V(2_000)), ("leads", V(150)), ("sales", V(30)));

        Assert.Equal(2m, result.Computation.Extras["impressions_clicks"]);
        Assert.Equal(7.5m, result.Computation.Extras["clicks_leads"]);
        Assert.Equal(20m, result.Computation.Extras["leads_sales"]);
    }

    [Fact]
    public void Payback_beyond_the_customer_lifetime_is_warned_about()
    {
        var result = Compute("payback", ("cac", V(6_000)), ("monthly_profit", V(500)), ("lifetime", Per(6, Period.Month)));

        Assert.Equal(12m, result.Value);
        Assert.Contains("beyond_lifetime", result.Computation.Warnings);
    }

    [Fact]
    public void An_roi_above_300_percent_asks_whether_revenue_was_typed_for_profit()
    {
        Assert.Contains("check_profit", Compute("roi", ("profit", V(500_000)), ("spend", V(50_000))).Computation.Warnings);
    }

    [Fact]
    public void Roas_always_says_it_is_not_profit()
    {
        Assert.Contains("roas_not_roi", Compute("roas", ("ad_revenue", V(1)), ("spend", V(1))).Computation.Warnings);
    }

    [Theory]
    [InlineData("cac", "spend", -5, "negative")]
    [InlineData("cac", "customers", 0, "zero")]
    [InlineData("cac", "customers", 2.5, "whole")]
    [InlineData("roi", "spend", 0, "zero")]
    [InlineData("conversion", "visitors", 0, "zero")]
    public void A_bad_input_is_named_with_its_problem(string metric, string input, double value, string code)
    {
        var definition = KpiCatalog.Find(metric)!;
        var values = definition.Inputs.ToDictionary(i => i.Key, _ => V(10));
        values[input] = V((decimal)value);

        var outcome = KpiCalculator.Compute(definition, values);

        Assert.False(outcome.Ok);
        Assert.Equal(new KpiProblem(input, code), outcome.Problem);
    }

    [Fact]
    public void A_margin_above_100_percent_is_refused()
    {
        var outcome = KpiCalculator.Compute(KpiCatalog.Find("ltv")!, new Dictionary<string, KpiValue>
        {
            ["check"] = V(280), ["frequency"] = Per(2, Period.Week), ["period"] = Per(1, Period.Year), ["margin"] = V(150),
        });

        Assert.Equal(new KpiProblem("margin", "above_100"), outcome.Problem);
    }

    [Theory]
    [InlineData("conversion", "purchases=120 visitors=100", "purchases", "visitors")]
    [InlineData("ctr", "clicks=5000 impressions=1000", "clicks", "impressions")]
    [InlineData("funnel", "impressions=1000 clicks=100 leads=200 sales=10", "leads", "clicks")]
    [InlineData("mql_sql", "sql=50 mql=40", "sql", "mql")]
    public void A_part_larger_than_its_whole_is_refused(string metric, string inputs, string part, string whole)
    {
        var values = inputs.Split(' ').Select(pair => pair.Split('=')).ToDictionary(p => p[0], p => V(decimal.Parse(p[1])));

        var outcome = KpiCalculator.Compute(KpiCatalog.Find(metric)!, values);

        Assert.Equal(new KpiProblem(part, "part_above_whole", whole), outcome.Problem);
    }

    [Fact]
    public void Nps_without_any_answers_is_refused()
    {
        var outcome = KpiCalculator.Compute(KpiCatalog.Find("nps")!, new Dictionary<string, KpiValue> { ["promoters"] = V(0), ["passives"] = V(0), ["detractors"] = V(0) });

        Assert.Equal("no_answers", outcome.Problem!.Code);
    }

    [Fact]
    public void Absurd_products_of_capped_inputs_are_refused_instead_of_overflowing()
    {
        var outcome = KpiCalculator.Compute(KpiCatalog.Find("ltv")!, new Dictionary<string, KpiValue>
        {
            ["check"] = V(1e12m), ["frequency"] = Per(1e12m, Period.Day), ["period"] = Per(1e12m, Period.Year),
        });

        Assert.Equal("too_large", outcome.Problem!.Code);
    }

    [Fact]
    public void An_input_above_the_wizards_cap_is_refused_by_name()
    {
        var outcome = KpiCalculator.Compute(KpiCatalog.Find("ltv")!, new Dictionary<string, KpiValue>
        {
            ["check"] = V(1e15m), ["frequency"] = Per(2, Period.Week), ["period"] = Per(1, Period.Year),
        });

        Assert.Equal(new KpiProblem("check", "above_max"), outcome.Problem);
    }

    [Fact]
    public void Missing_inputs_are_listed_in_order()
    {
        var outcome = KpiCalculator.Compute(KpiCatalog.Find("funnel")!, new Dictionary<string, KpiValue> { ["clicks"] = V(10) });

        Assert.Equal(["impressions", "leads", "sales"], outcome.Missing.Select(m => m.Key));
    }

    [Fact]
    public void Every_metric_has_a_unique_id_and_aliases_that_name_only_it()
    {
        var aliases = KpiCatalog.All.SelectMany(m => m.Aliases.Select(a => (a, m.Id))).ToList();

        Assert.Equal(KpiCatalog.All.Count, KpiCatalog.All.Select(m => m.Id).Distinct().Count());
        Assert.Equal(aliases.Count, aliases.Select(x => x.a).Distinct().Count());
        Assert.All(KpiCatalog.All, m => Assert.Same(m, KpiCatalog.ByName(m.Id)));
    }
}
