using Coach.Core.Domain.Cjm;
using Coach.Core.Parsing;

namespace Coach.Core.Domain.Channels;

/// <summary>
/// A media plan row: channel, its roles (the first is its main job), launch month (1-based), monthly budget (0 for a
/// channel that costs no media money: it gets tasks), the customers it brings a month at the CAC, and the journey
/// stages whose growth points it works on.
/// </summary>
public sealed record MediaPlanRow(string Channel, IReadOnlyList<ChannelRole> Roles, int LaunchMonth, decimal MonthlyBudget, decimal? ExpectedCustomersPerMonth)
{
    /// <summary>The main role.</summary>
    public ChannelRole Role => Roles[0];

    /// <summary>No media money: word of mouth, the store itself.</summary>
    public bool Free => ChannelPlanner.IsFree(Channel);

    /// <summary>The weak journey stages (growth points) whose role this channel takes.</summary>
    public IReadOnlyList<string> GrowthStages { get; init; } = [];
}

/// <summary>
/// A budget scenario over the whole horizon: spend, the CAC it assumes (the pilot's CAC moved by media prices and
/// conversion), its conversion against the pilot's in percent, the customers it buys, and the goal's customers over the
/// same months when there is a goal.
/// </summary>
public sealed record BudgetScenario(string Name, decimal Budget, decimal? ExpectedCustomers)
{
    public decimal SpendFactor { get; init; } = 1m;

    /// <summary>Conversion against the pilot's: 1 = as in the pilot, 0.95 = 5% lower.</summary>
    public decimal ConversionFactor { get; init; } = 1m;

    public decimal? Cac { get; init; }

    /// <summary>Customers the goal needs over the horizon; null without a goal in customers.</summary>
    public decimal? GoalCustomers { get; init; }
}

/// <summary>What the planner plans from.</summary>
/// <param name="MonthlyBudget">The whole marketing budget a month.</param>
/// <param name="Months">The horizon.</param>
/// <param name="Channels">The channels chosen, in the order given.</param>
/// <param name="LimitedBudget">The coverage wizard's limited budget: keep the few channels where the personas are.</param>
public sealed record ChannelPlanRequest(decimal MonthlyBudget, int Months, IReadOnlyList<string> Channels, bool LimitedBudget)
{
    /// <summary>The last CAC in the budget's currency.</summary>
    public decimal? Cac { get; init; }

    /// <summary>How many personas picked each channel.</summary>
    public IReadOnlyDictionary<string, int> PersonaPicks { get; init; } = new Dictionary<string, int>();

    /// <summary>The journey stages that are growth points (negative emotion and a barrier), from every map.</summary>
    public IReadOnlyList<string> GrowthStages { get; init; } = [];

    /// <summary>New customers a month the goal needs (from <see cref="GoalPlanGap"/>), for each scenario's gap.</summary>
    public decimal? GoalCustomersPerMonth { get; init; }

    /// <summary>Each channel's own CAC from /kpi channels, by channel id, in the budget's currency.</summary>
    public IReadOnlyDictionary<string, decimal> ChannelCacs { get; init; } = new Dictionary<string, decimal>();

    /// <summary>
    /// Campaign money a month by channel, as a monthly review reallocated it; used instead of the split by media weight
    /// only while it covers exactly the paid channels kept and adds up to the campaign money (else the budget changed).
    /// </summary>
    public IReadOnlyDictionary<string, decimal> Budgets { get; init; } = new Dictionary<string, decimal>();
}

/// <summary>The plan: rows, the three budget blocks per month, three scenarios (base, moderate, risky, as domain §7 names them), and the channels left for later.</summary>
public sealed record ChannelPlan(
    IReadOnlyList<MediaPlanRow> Rows,
    decimal Infrastructure,
    decimal Campaigns,
    decimal Experiments,
    IReadOnlyList<BudgetScenario> Scenarios,
    int Months,
    bool Trimmed)
{
    /// <summary>The user's last CAC when the plan left it out because it is in another currency than the budget.</summary>
    public SkippedCac? SkippedCac { get; init; }

    /// <summary>Paid channels left for later with a limited budget, in the order they would be added.</summary>
    public IReadOnlyList<string> Deferred { get; init; } = [];

    /// <summary>Whether the rows were kept by the personas' picks (a limited budget with personas).</summary>
    public bool ByPersonas { get; init; }

    /// <summary>The step sums are rounded to.</summary>
    public decimal Step { get; init; }

    /// <summary>What the paid rows buy (the one definition the card, the gap and the export read); null without a CAC.</summary>
    public CustomerYield? Yield { get; init; }

    /// <summary>True when some chosen channel takes the conversion role.</summary>
    public bool HasConversion => Rows.Any(r => r.Roles.Contains(ChannelRole.Conversion));
}

/// <summary>A CAC the plan did not use: its value and currency, and the budget's currency.</summary>
public sealed record SkippedCac(decimal Value, NumberUnit Currency, NumberUnit BudgetCurrency);

/// <summary>
/// Channels by role and by stage, and the budget (domain §7). Every channel has one or two roles (acquisition,
/// engagement, conversion, retention). The money follows the roles: each paid channel has a media weight (search and
/// TV cost most, email little), and a channel whose role a weak journey stage needs (a growth point) gets half as much
/// again and comes first. Word of mouth and the store cost no media money: they get tasks, not a budget. With a limited
/// budget only <see cref="LimitedChannels"/> paid channels stay: those the most personas use, then those at a growth
/// point, then in the order given. Launches follow the year plan: month 1 foundations, the pilot in month 2
/// (acquisition, engagement and conversion, with at least 3 creatives and 2 landing versions), retention from month 4.
/// Sums are rounded to a step by the budget's size, and the parts still add up to the whole. The three scenarios vary
/// spend, media prices and conversion: base as planned, moderate spends a quarter more at a slightly worse CAC, risky
/// spends 60% more at a clearly worse CAC; spend and customers rise in that order.
/// </summary>
public static class ChannelPlanner
{
    public const int LimitedChannels = 3;
    public const decimal InfrastructureShare = 0.20m;
    public const decimal ExperimentShare = 0.15m;
    public const decimal GrowthPointBoost = 1.5m;
    public const int PilotMonth = 2;
    public const int RetentionMonth = 4;

    /// <summary>Scenario name, spend factor, media-price factor, conversion factor (CAC = CAC × price / conversion).</summary>
    public static readonly IReadOnlyList<(string Name, decimal Spend, decimal Price, decimal Conversion)> ScenarioFactors =
    [
        ("base", 1m, 1m, 1m),
        ("moderate", 1.25m, 1.05m, 0.95m),
        ("risky", 1.6m, 1.10m, 0.85m),
    ];

    /// <summary>The channel's roles, the main one first.</summary>
    public static IReadOnlyList<ChannelRole> RolesOf(string channel) => channel switch
    {
        "search" => [ChannelRole.Acquisition, ChannelRole.Conversion],
        "outdoor" or "tv_radio" => [ChannelRole.Acquisition],
        "vk" => [ChannelRole.Acquisition, ChannelRole.Engagement],
        "instagram" or "blogs" => [ChannelRole.Engagement, ChannelRole.Acquisition],
        "telegram" => [ChannelRole.Engagement, ChannelRole.Retention],
        "youtube" => [ChannelRole.Engagement],
        "marketplaces" => [ChannelRole.Conversion, ChannelRole.Acquisition],
        "offline" => [ChannelRole.Conversion, ChannelRole.Retention],
        "word_of_mouth" => [ChannelRole.Retention, ChannelRole.Acquisition],
        _ => [ChannelRole.Retention, ChannelRole.Conversion],
    };

    /// <summary>The main role.</summary>
    public static ChannelRole RoleOf(string channel) => RolesOf(channel)[0];

    /// <summary>Channels that cost no media money: they get tasks, not a budget.</summary>
    public static bool IsFree(string channel) => channel is "word_of_mouth" or "offline";

    /// <summary>A paid channel's share of the campaign money relative to the others (media prices differ).</summary>
    public static decimal MediaWeight(string channel) => channel switch
    {
        "search" or "tv_radio" => 3m,
        "email" => 0.5m,
        _ when IsFree(channel) => 0m,
        _ => 2m,
    };

    /// <summary>The step sums are rounded to: 500 below 100 000 a month, 1 000 below a million, else 5 000.</summary>
    public static decimal StepFor(decimal monthlyBudget) => monthlyBudget switch
    {
        < 100_000m => 500m,
        < 1_000_000m => 1_000m,
        _ => 5_000m,
    };

    /// <summary>
    /// Whether a CAC can turn the budget into customers: only in the budget's currency. Both
    /// currencies come resolved (RU money without a sign is roubles); an amount still without one
    /// (EN, nothing typed) is taken to be in the user's own currency and matches either.
    /// </summary>
    public static bool CacFitsBudget(NumberUnit cacCurrency, NumberUnit budgetCurrency) =>
        cacCurrency == budgetCurrency || cacCurrency == NumberUnit.None || budgetCurrency == NumberUnit.None;

    /// <summary>The plan with only a budget, horizon, channels and maybe a CAC.</summary>
    public static ChannelPlan Plan(decimal monthlyBudget, int months, IReadOnlyList<string> channels, bool limitedBudget, decimal? cac) =>
        Plan(new ChannelPlanRequest(monthlyBudget, months, channels, limitedBudget) { Cac = cac });

    public static ChannelPlan Plan(ChannelPlanRequest request)
    {
        var months = request.Months;
        var growthRoles = request.GrowthStages.Select(CjmMap.RoleOf).ToHashSet();
        bool AtGrowthPoint(string channel) => RolesOf(channel).Any(growthRoles.Contains);
        int Picks(string channel) => request.PersonaPicks.GetValueOrDefault(channel);

        var distinct = request.Channels.Distinct().ToList();
        var paid = distinct.Where(c => !IsFree(c))
            .OrderByDescending(Picks).ThenByDescending(AtGrowthPoint).ThenBy(distinct.IndexOf).ToList();
        var kept = request.LimitedBudget ? paid.Take(LimitedChannels).ToList() : paid;
        var deferred = paid.Skip(kept.Count).ToList();

        var step = StepFor(request.MonthlyBudget);
        var infrastructure = RoundTo(request.MonthlyBudget * InfrastructureShare, step);
        var experiments = RoundTo(request.MonthlyBudget * ExperimentShare, step);
        var campaigns = request.MonthlyBudget - infrastructure - experiments;
        var weights = kept.Select(c => MediaWeight(c) * (AtGrowthPoint(c) ? GrowthPointBoost : 1m)).ToList();
        var budgets = kept.Count > 0 && kept.All(request.Budgets.ContainsKey) && request.Budgets.Count == kept.Count && kept.Sum(c => request.Budgets[c]) == campaigns
            ? kept.Select(c => request.Budgets[c]).ToList()
            : Apportion(campaigns, weights, step);

        var rows = kept.Select((c, i) => Row(c, budgets[i])).Concat(distinct.Where(IsFree).Select(c => Row(c, 0)))
            .OrderBy(r => r.LaunchMonth).ThenBy(r => r.Free).ThenByDescending(r => r.MonthlyBudget).ToList();

        // CAC is all marketing spend / new customers, so the whole budget buys budget / CAC a month; each paid channel
        // buys its share of the budget at its own CAC when /kpi channels gave one.
        var yield = CustomerYield.Of(request.MonthlyBudget, months, rows, request.Cac > 0 ? request.Cac : null, request.ChannelCacs);
        if (yield is not null)
        {
            var byChannel = yield.Rows.ToDictionary(y => y.Channel, y => y.PerMonth);
            rows = rows.Select(r => byChannel.TryGetValue(r.Channel, out var bought) ? r with { ExpectedCustomersPerMonth = bought } : r).ToList();
        }

        // Month 1 lays the foundations (infrastructure and experiments are paid every month); each channel's money
        // runs from its launch month, and so do its customers.
        var spend = (infrastructure + experiments) * months + rows.Sum(r => r.MonthlyBudget * (months - r.LaunchMonth + 1));
        var scenarios = ScenarioFactors.Select(f =>
        {
            var cac = yield?.AverageCac is { } average ? average * f.Price / f.Conversion : (decimal?)null;
            var customers = yield is null ? (decimal?)null : Whole(yield.OverHorizon * f.Spend * f.Conversion / f.Price);
            return new BudgetScenario(f.Name, RoundTo(spend * f.Spend, step), customers)
            {
                SpendFactor = f.Spend,
                ConversionFactor = f.Conversion,
                Cac = cac is { } exact ? Math.Round(exact, 0, MidpointRounding.AwayFromZero) : null,
                GoalCustomers = request.GoalCustomersPerMonth is { } goal ? Whole(goal * (months - PilotMonth + 1)) : null,
            };
        }).ToList();

        return new ChannelPlan(rows, infrastructure, campaigns, experiments, scenarios, months, deferred.Count > 0)
        {
            Deferred = deferred,
            ByPersonas = request.LimitedBudget && request.PersonaPicks.Count > 0,
            Step = step,
            Yield = yield,
        };

        MediaPlanRow Row(string channel, decimal budget)
        {
            var roles = RolesOf(channel);
            var launch = roles[0] == ChannelRole.Retention ? RetentionMonth : PilotMonth;
            var stages = request.GrowthStages.Where(s => roles.Contains(CjmMap.RoleOf(s))).Distinct().ToList();
            return new MediaPlanRow(channel, roles, Math.Min(launch, months), budget, null) { GrowthStages = stages };
        }
    }

    /// <summary>
    /// Splits <paramref name="total"/> by weights into multiples of <paramref name="step"/> (largest remainders get the
    /// spare steps), then gives what is left below one step to the largest part, so the parts add up to the total.
    /// </summary>
    public static IReadOnlyList<decimal> Apportion(decimal total, IReadOnlyList<decimal> weights, decimal step)
    {
        var sum = weights.Sum();
        if (weights.Count == 0 || sum <= 0 || total <= 0)
        {
            return weights.Select(_ => 0m).ToList();
        }

        var exact = weights.Select(w => total * w / sum).ToList();
        var parts = exact.Select(e => Math.Floor(e / step) * step).ToList();
        var spare = (int)Math.Floor((total - parts.Sum()) / step);
        foreach (var i in Enumerable.Range(0, parts.Count).OrderByDescending(i => exact[i] - parts[i]).ThenBy(i => i).Take(spare))
        {
            parts[i] += step;
        }

        var largest = Enumerable.Range(0, parts.Count).OrderByDescending(i => parts[i]).ThenBy(i => i).First();
        parts[largest] += total - parts.Sum();
        return parts;
    }

    /// <summary>Rounds to the nearest multiple of the step, halves away from zero.</summary>
    public static decimal RoundTo(decimal value, decimal step) => Math.Round(value / step, 0, MidpointRounding.AwayFromZero) * step;

    private static decimal Whole(decimal value) => Math.Round(value, 0, MidpointRounding.AwayFromZero);
}
