using Coach.Core.Domain.Cjm;
using Coach.Core.Parsing;

namespace Coach.Core.Domain.Channels;

/// <summary>A media plan row: channel, role, launch month (1-based), monthly budget.</summary>
public sealed record MediaPlanRow(string Channel, ChannelRole Role, int LaunchMonth, decimal MonthlyBudget, decimal? ExpectedCustomersPerMonth);

/// <summary>A budget scenario over the whole horizon.</summary>
public sealed record BudgetScenario(string Name, decimal Budget, decimal? ExpectedCustomers);

/// <summary>The plan: rows, the three budget blocks per month, three scenarios (base first, then moderate and risky, as domain §7 names them), and whether channels were cut for a limited budget.</summary>
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
}

/// <summary>A CAC the plan did not use: its value and currency, and the budget's currency.</summary>
public sealed record SkippedCac(decimal Value, NumberUnit Currency, NumberUnit BudgetCurrency);

/// <summary>
/// Channels by role and budget (domain §7): three blocks (infrastructure, campaigns,
/// experiments); with a limited budget only the channels where the audience is most active
/// (the first ones given) and at most <see cref="LimitedChannels"/>; launches follow the year
/// plan (acquisition and engagement in the pilot month 2, conversion from month 3, retention
/// from month 4); expected customers from the user's CAC when one is known.
/// </summary>
public static class ChannelPlanner
{
    public const int LimitedChannels = 3;
    public const decimal InfrastructureShare = 0.20m;
    public const decimal ExperimentShare = 0.15m;

    public static ChannelRole RoleOf(string channel) => channel switch
    {
        "search" or "outdoor" or "tv_radio" => ChannelRole.Acquisition,
        "vk" or "telegram" or "instagram" or "youtube" or "blogs" => ChannelRole.Engagement,
        "marketplaces" or "offline" => ChannelRole.Conversion,
        _ => ChannelRole.Retention,
    };

    /// <summary>
    /// Whether a CAC can turn the budget into customers: only in the budget's currency. Both
    /// currencies come resolved (RU money without a sign is roubles); an amount still without one
    /// (EN, nothing typed) is taken to be in the user's own currency and matches either.
    /// </summary>
    public static bool CacFitsBudget(NumberUnit cacCurrency, NumberUnit budgetCurrency) =>
        cacCurrency == budgetCurrency || cacCurrency == NumberUnit.None || budgetCurrency == NumberUnit.None;

    public static ChannelPlan Plan(decimal monthlyBudget, int months, IReadOnlyList<string> channels, bool limitedBudget, decimal? cac)
    {
        var chosen = limitedBudget ? channels.Take(LimitedChannels).ToList() : channels.ToList();
        var infrastructure = Math.Round(monthlyBudget * InfrastructureShare, 2);
        var experiments = Math.Round(monthlyBudget * ExperimentShare, 2);
        var campaigns = monthlyBudget - infrastructure - experiments;
        var perChannel = chosen.Count == 0 ? 0 : Math.Round(campaigns / chosen.Count, 2);
        var rows = chosen.Select(channel =>
        {
            var role = RoleOf(channel);
            var launch = role switch { ChannelRole.Conversion => 3, ChannelRole.Retention => 4, _ => 2 };
            return new MediaPlanRow(channel, role, Math.Min(launch, months), perChannel, cac > 0 ? Math.Round(perChannel / cac.Value, 1) : null);
        }).ToList();

        var active = rows.Sum(r => r.MonthlyBudget * (months - r.LaunchMonth + 1));
        var total = (infrastructure + experiments) * months + active;
        // Each scenario rounds its own exact figure once, half away from zero: rounding the base first would turn
        // 433.3 × 0.8 = 346.7 into 346.
        decimal? customers = cac > 0 ? active / cac.Value : null;
        decimal? Customers(decimal share) => customers is { } c ? Whole(c * share) : null;
        var scenarios = new List<BudgetScenario>
        {
            new("base", Whole(total), Customers(1m)),
            new("moderate", Whole(total * 0.8m), Customers(0.8m)),
            new("risky", Whole(total * 1.3m), Customers(1.2m)),
        };
        return new ChannelPlan(rows, infrastructure, campaigns, experiments, scenarios, months, chosen.Count < channels.Count);
    }

    private static decimal Whole(decimal value) => Math.Round(value, 0, MidpointRounding.AwayFromZero);
}
