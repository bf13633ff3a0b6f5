namespace Coach.Core.Domain.Channels;

/// <summary>How a goal's number reads over time.</summary>
public enum GoalPace
{
    /// <summary>A level to hold every month from the deadline on: "90 new customers a month by June 1".</summary>
    Monthly,

    /// <summary>A total to win by the deadline: "500 new customers by June".</summary>
    Cumulative,
}

/// <summary>How the goal's metric turns into the customers a CAC buys.</summary>
public enum CustomerRoute
{
    /// <summary>The goal counts customers (or subscribers at their own cost per action).</summary>
    Direct,

    /// <summary>Orders or sales: one order per new customer.</summary>
    OneOrderEach,

    /// <summary>Revenue: revenue / average check.</summary>
    ByAverageCheck,

    /// <summary>Leads: leads × conversion.</summary>
    ByConversion,
}

/// <summary>Whether the gap could be computed, or which number is missing.</summary>
public enum GoalGapStatus
{
    Computed,
    NeedsCost,
    NeedsAverageCheck,
    NeedsConversion,

    /// <summary>The goal moves a metric a budget does not buy (reach, average check, CAC itself…).</summary>
    NotCountable,
}

/// <summary>What the goal↔budget comparison starts from: the saved goal, today, the monthly budget and the last KPIs.</summary>
/// <param name="Metric">The goal's metric key (<c>GoalMetrics</c>).</param>
/// <param name="Baseline">Today's value.</param>
/// <param name="Target">The level a month (monthly) or the total of new ones (cumulative) the goal names.</param>
/// <param name="Pace">Monthly level or cumulative total.</param>
/// <param name="Today">The input's day.</param>
/// <param name="Due">The goal's deadline.</param>
/// <param name="MonthlyBudget">The plan's monthly marketing budget; null before there is a plan.</param>
public sealed record GoalPlanInputs(string Metric, decimal Baseline, decimal Target, GoalPace Pace, DateOnly Today, DateOnly Due, decimal? MonthlyBudget)
{
    /// <summary>The cost of one unit the budget buys: CAC (or CPA for subscribers), in the budget's currency.</summary>
    public decimal? UnitCost { get; init; }

    public decimal? AverageCheck { get; init; }

    /// <summary>Lead → customer conversion in percent.</summary>
    public decimal? ConversionPercent { get; init; }
}

/// <summary>
/// The goal against the budget (domain §5-§7), both ways: what the goal needs a month in its own metric and in customers,
/// what the budget buys at the last CAC, the monthly spend the goal needs (customers × CAC), and the three levers that
/// close a gap: the budget to raise to, the CAC to bring down to, and the deadline.
/// <para>
/// The deadline lever depends on how the goal reads. A <b>cumulative</b> total ("500 new customers by June") is a
/// matter of time: at what the budget buys a month, the total takes ⌈total / bought⌉ months, so the deadline moves to
/// today plus those months. A <b>monthly level</b> ("90 a month by June 1") is a rate: waiting does not raise it, since
/// the same budget buys the same customers a month on any date. Its deadline lever is therefore no date: a later date only
/// helps when the time is used to bring CAC down or raise the budget step by step; otherwise the honest goal for the
/// date is the level the budget holds (<see cref="BoughtPerMonth"/>).
/// </para>
/// </summary>
public sealed record GoalPlanGap(GoalGapStatus Status, GoalPlanInputs Inputs, CustomerRoute Route)
{
    /// <summary>Calendar months from today to the deadline, at least 1.</summary>
    public int HorizonMonths { get; init; }

    /// <summary>The total the goal asks for by the deadline (cumulative goals only, in the goal's metric).</summary>
    public decimal? Total { get; init; }

    /// <summary>The goal's metric a month: the level, or total / horizon months.</summary>
    public decimal MetricPerMonth { get; init; }

    /// <summary>New customers a month the goal needs, through the route; 0 unless computed.</summary>
    public decimal CustomersPerMonth { get; init; }

    /// <summary>Budget / unit cost: the customers the budget buys a month; null without a budget or cost.</summary>
    public decimal? BoughtPerMonth { get; init; }

    /// <summary>Customers a month × unit cost: the monthly spend the goal needs.</summary>
    public decimal? NeededBudget { get; init; }

    /// <summary>Needed budget − budget: positive when the budget falls short, zero or less when it covers the goal.</summary>
    public decimal? Shortfall { get; init; }

    /// <summary>Budget / customers needed a month: the CAC at which the budget reaches the goal.</summary>
    public decimal? CostToHit { get; init; }

    /// <summary>Cumulative goals: ⌈total customers / bought a month⌉, the months the budget takes.</summary>
    public int? MonthsToHit { get; init; }

    /// <summary>Cumulative goals: today plus <see cref="MonthsToHit"/>.</summary>
    public DateOnly? DeadlineToHit { get; init; }

    /// <summary>True when a computed gap is positive: the budget does not reach the goal.</summary>
    public bool FallsShort => Shortfall > 0;

    /// <summary>The route from the goal's metric to customers, or null when a budget does not buy the metric.</summary>
    public static CustomerRoute? RouteOf(string metric) => metric switch
    {
        "customers" or "subscribers" => CustomerRoute.Direct,
        "orders" or "sales" => CustomerRoute.OneOrderEach,
        "revenue" => CustomerRoute.ByAverageCheck,
        "leads" => CustomerRoute.ByConversion,
        _ => null,
    };

    /// <summary>The KPI whose last value is the unit cost: CPA for subscribers, CAC for the rest.</summary>
    public static string CostMetricOf(string metric) => metric == "subscribers" ? "cpa" : "cac";

    /// <summary>
    /// How a goal reads over time: a rate in its words ("a month", "per month", "monthly", "в месяц", "ежемесячно") or a
    /// percent change of today's level (the baseline question asks for a month's value) reads monthly; a number without a
    /// rate reads as a total when the goal counts new ones ("500 new customers by June", "500 новых клиентов к июню").
    /// </summary>
    public static GoalPace PaceOf(string goal)
    {
        var text = goal.ToLowerInvariant().Replace('ё', 'е');
        if (Smart.SmartWords.PlanMonthly.IsMatch(text))
        {
            return GoalPace.Monthly;
        }

        // "increase customers by 20%", "grow to 300 orders": a change of today's level, read monthly, since the baseline
        // question asks for a month's value.
        return Smart.SmartWords.PlanNew.IsMatch(text) ? GoalPace.Cumulative : GoalPace.Monthly;
    }

    /// <summary>The goal against the budget; every figure is kept exact (decimal) for the lines to round once.</summary>
    public static GoalPlanGap Compute(GoalPlanInputs inputs)
    {
        var horizon = Math.Max(Smart.DeadlineParser.MonthsUntil(inputs.Today, inputs.Due), 1);
        if (RouteOf(inputs.Metric) is not { } route)
        {
            return new GoalPlanGap(GoalGapStatus.NotCountable, inputs, CustomerRoute.Direct) { HorizonMonths = horizon };
        }

        decimal? total = inputs.Pace == GoalPace.Cumulative ? inputs.Target : null;
        var perMonth = total is { } sum ? sum / horizon : inputs.Target;
        var gap = new GoalPlanGap(GoalGapStatus.Computed, inputs, route) { HorizonMonths = horizon, Total = total, MetricPerMonth = perMonth };

        decimal customers;
        switch (route)
        {
            case CustomerRoute.ByAverageCheck when inputs.AverageCheck is not > 0:
                return gap with { Status = GoalGapStatus.NeedsAverageCheck };
            case CustomerRoute.ByAverageCheck:
                customers = perMonth / inputs.AverageCheck!.Value;
                break;
            case CustomerRoute.ByConversion when inputs.ConversionPercent is not > 0:
                return gap with { Status = GoalGapStatus.NeedsConversion };
            case CustomerRoute.ByConversion:
                customers = perMonth * inputs.ConversionPercent!.Value / 100m;
                break;
            default:
                customers = perMonth;
                break;
        }

        gap = gap with { CustomersPerMonth = customers };
        if (inputs.UnitCost is not > 0)
        {
            return gap with { Status = GoalGapStatus.NeedsCost };
        }

        var cost = inputs.UnitCost.Value;
        var needed = customers * cost;
        gap = gap with { NeededBudget = needed };
        if (inputs.MonthlyBudget is not { } budget)
        {
            return gap;
        }

        var bought = budget / cost;
        gap = gap with
        {
            BoughtPerMonth = bought,
            Shortfall = needed - budget,
            CostToHit = customers > 0 ? budget / customers : null,
        };
        if (total is null || bought <= 0 || customers <= 0)
        {
            return gap;
        }

        var months = (int)Math.Ceiling(customers * horizon / bought);
        return gap with { MonthsToHit = months, DeadlineToHit = inputs.Today.AddMonths(months) };
    }
}
