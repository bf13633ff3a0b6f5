using Coach.Core.Parsing;

namespace Coach.Core.Domain.Kpi;

/// <summary>
/// Every metric of domain §6 as data: inputs, unit, rule and the words people name it by.
/// Rules are pure and work in decimal; cross-input checks (a part above its whole) live in
/// <see cref="KpiChecks"/> so that the calculator can name the field at fault.
/// </summary>
public static class KpiCatalog
{
    private static readonly KpiInput Spend = new("spend", KpiInputKind.Money) { Many = true };
    private static readonly KpiInput SpendDivisor = new("spend", KpiInputKind.Money) { Many = true, Positive = true };

    public static IReadOnlyList<KpiMetric> All { get; } =
    [
        new("cac", KpiUnit.Money, [Spend, Count("customers", positive: true)], a => new(a["spend"] / a["customers"], "cost"))
        {
            Aliases = Names("cac"),
        },
        new("roi", KpiUnit.Percent, [new KpiInput("profit", KpiInputKind.Money), SpendDivisor], a => Return(a["profit"], a["spend"]))
        {
            Aliases = Names("roi"),
        },
        new("romi", KpiUnit.Percent, [new KpiInput("profit", KpiInputKind.Money), SpendDivisor], a => Return(a["profit"], a["spend"]))
        {
            Aliases = Names("romi"),
        },
        new("roas", KpiUnit.Percent, [new KpiInput("ad_revenue", KpiInputKind.Money), SpendDivisor], Roas)
        {
            Aliases = Names("roas"),
        },
        new("ltv", KpiUnit.Money, [new KpiInput("check", KpiInputKind.Money), new KpiInput("frequency", KpiInputKind.Rate), new KpiInput("period", KpiInputKind.Duration), new KpiInput("margin", KpiInputKind.Percent) { Optional = true }], Ltv)
        {
            Aliases = Names("ltv"),
        },
        new("payback", KpiUnit.Months, [new KpiInput("cac", KpiInputKind.Money), new KpiInput("monthly_profit", KpiInputKind.MonthlyMoney) { Positive = true }, new KpiInput("lifetime", KpiInputKind.Duration) { Optional = true }], Payback)
        {
            Aliases = Names("payback"),
        },
        new("ltv_cac", KpiUnit.Ratio, [new KpiInput("ltv", KpiInputKind.Money), new KpiInput("cac", KpiInputKind.Money) { Positive = true }], LtvToCac)
        {
            Aliases = Names("ltv_cac"),
        },
        new("conversion", KpiUnit.Percent, [Count("purchases"), Count("visitors", positive: true)], a => new(Percent(a["purchases"], a["visitors"]), "per_100"))
        {
            Aliases = Names("conversion"),
        },
        new("average_check", KpiUnit.Money, [new KpiInput("revenue", KpiInputKind.Money), Count("purchases", positive: true)], a => new(a["revenue"] / a["purchases"], "check"))
        {
            Aliases = Names("average_check"),
        },
        // Customers are not purchases: one customer may buy several times, so revenue over customers is its own metric.
        new("revenue_per_customer", KpiUnit.Money, [new KpiInput("revenue", KpiInputKind.Money), Count("all_customers", positive: true)], a => new(a["revenue"] / a["all_customers"], "per_customer"))
        {
            Aliases = Names("revenue_per_customer"),
        },
        new("ctr", KpiUnit.Percent, [Count("clicks"), Count("impressions", positive: true)], a => new(Percent(a["clicks"], a["impressions"]), "per_100"))
        {
            Aliases = Names("ctr"),
        },
        new("cpc", KpiUnit.Money, [Spend, Count("clicks", positive: true)], a => new(a["spend"] / a["clicks"], "cost"))
        {
            Aliases = Names("cpc"),
        },
        new("cpa", KpiUnit.Money, [Spend, Count("actions", positive: true)], a => new(a["spend"] / a["actions"], "cost"))
        {
            Aliases = Names("cpa"),
        },
        new("cost_per_sale", KpiUnit.Money, [Spend, Count("sales", positive: true)], a => new(a["spend"] / a["sales"], "cost"))
        {
            Aliases = Names("cost_per_sale"),
        },
        new("cpm", KpiUnit.Money, [Spend, Count("impressions", positive: true)], a => new(a["spend"] / a["impressions"] * 1000m, "cost"))
        {
            Aliases = Names("cpm"),
        },
        new("reach", KpiUnit.Count, [new KpiInput("channels", KpiInputKind.Count) { Many = true }], a => new(a["channels"], "contacts"))
        {
            Aliases = Names("reach"),
        },
        new("traffic_growth", KpiUnit.Percent, [Count("old", positive: true), Count("new")], TrafficGrowth)
        {
            Aliases = Names("traffic_growth"),
        },
        new("traffic_share", KpiUnit.Percent, [Count("source"), Count("total", positive: true)], a => new(Percent(a["source"], a["total"]), "share"))
        {
            Aliases = Names("traffic_share"),
        },
        new("leads", KpiUnit.Count, [Count("calls"), Count("applications"), Count("registrations"), Count("subscriptions")], a => new(a["calls"] + a["applications"] + a["registrations"] + a["subscriptions"], "sum"))
        {
            Aliases = Names("leads"),
        },
        new("repeat_rate", KpiUnit.Percent, [Count("returning"), Count("all_customers", positive: true)], a => new(Percent(a["returning"], a["all_customers"]), "share"))
        {
            Aliases = Names("repeat_rate"),
        },
        new("mql_sql", KpiUnit.Percent, [Count("sql"), Count("mql", positive: true)], a => new(Percent(a["sql"], a["mql"]), "per_100"))
        {
            Aliases = Names("mql_sql"),
        },
        new("nps", KpiUnit.Points, [Count("promoters"), Count("passives"), Count("detractors")], Nps)
        {
            Aliases = Names("nps"),
        },
        new("funnel", KpiUnit.Percent, [Count("impressions", positive: true), Count("clicks"), Count("leads"), Count("sales")], Funnel.Compute)
        {
            Aliases = Names("funnel"),
        },
    ];

    private static readonly Dictionary<string, KpiMetric> ById = All.ToDictionary(m => m.Id);

    public static KpiMetric? Find(string id) => ById.GetValueOrDefault(id);

    /// <summary>The metric named by an id or alias ("cac", "цена клиента"), ignoring case.</summary>
    public static KpiMetric? ByName(string name)
    {
        var key = name.Trim().ToLowerInvariant().Replace('ё', 'е');
        return ById.GetValueOrDefault(key) ?? All.FirstOrDefault(m => m.Aliases.Contains(key));
    }

    internal static decimal Percent(decimal part, decimal whole) => part / whole * 100m;

    // The words people name a metric by, every language's (Parsing/Words/kpi_words_*.json): "цена клиента", "cost per sale".
    private static string[] Names(string id) => WordTables.Kpi.Values.SelectMany(t => t.MetricNames.GetValueOrDefault(id, [])).ToArray();

    private static KpiInput Count(string key, bool positive = false) => new(key, KpiInputKind.Count) { Positive = positive };

    // ROI and ROMI: (profit − spend) / spend. The gross return per unit of spend is kept too,
    // because article 000 reads it as "120%" where its own formula gives 20%.
    private static KpiComputation Return(decimal profit, decimal spend)
    {
        var roi = (profit - spend) / spend * 100m;
        var perUnit = profit / spend;
        var warnings = roi > 300m ? new[] { "check_profit" } : [];
        return new KpiComputation(roi, roi > 0 ? "profit" : roi == 0 ? "breakeven" : "loss")
        {
            Extras = new Dictionary<string, decimal> { ["per_unit"] = perUnit, ["gross_percent"] = perUnit * 100m },
            Warnings = warnings,
        };
    }

    private static KpiComputation Roas(KpiArguments a)
    {
        var roas = Percent(a["ad_revenue"], a["spend"]);
        return new KpiComputation(roas, roas >= 100m ? "covers" : "below") { Warnings = ["roas_not_roi"] };
    }

    private static KpiComputation Ltv(KpiArguments a)
    {
        var frequency = a.Value("frequency").AsPeriod;
        var periods = a.Value("period").AsPeriod.In(frequency.Period);
        var ltv = a["check"] * frequency.Amount * periods;
        if (!a.Has("margin"))
        {
            return new KpiComputation(ltv, "revenue");
        }

        return new KpiComputation(ltv, "profit") { Extras = new Dictionary<string, decimal> { ["profit"] = ltv * a["margin"] / 100m } };
    }

    private static KpiComputation Payback(KpiArguments a)
    {
        var months = a["cac"] / a["monthly_profit"];
        var warnings = a.Has("lifetime") && months > a.Value("lifetime").AsPeriod.In(Parsing.Period.Month) ? new[] { "beyond_lifetime" } : [];
        return new KpiComputation(months, months <= 1m ? "within_month" : months <= 12m ? "within_year" : "long") { Warnings = warnings };
    }

    private static KpiComputation LtvToCac(KpiArguments a)
    {
        var ratio = a["ltv"] / a["cac"];
        return new KpiComputation(ratio, ratio < 1m ? "loss" : ratio < 3m ? "thin" : "healthy");
    }

    private static KpiComputation TrafficGrowth(KpiArguments a)
    {
        var growth = (a["new"] - a["old"]) / a["old"] * 100m;
        return new KpiComputation(growth, growth > 0 ? "growth" : growth == 0 ? "flat" : "decline");
    }

    private static KpiComputation Nps(KpiArguments a)
    {
        var total = a["promoters"] + a["passives"] + a["detractors"];
        var nps = (a["promoters"] - a["detractors"]) / total * 100m;
        return new KpiComputation(nps, nps >= 50 ? "excellent" : nps > 0 ? "positive" : nps == 0 ? "neutral" : "negative")
        {
            Extras = new Dictionary<string, decimal>
            {
                ["promoters_share"] = Percent(a["promoters"], total),
                ["detractors_share"] = Percent(a["detractors"], total),
            },
        };
    }
}
