using Coach.Core.Domain.Cjm;

namespace Coach.Core.Domain.Channels;

/// <summary>A media plan row: channel, role, launch month (1-based), monthly budget.</summary>
public sealed record MediaPlanRow(string Channel, ChannelRole Role, int LaunchMonth, decimal MonthlyBudget, decimal? ExpectedCustomersPerMonth);

/// <summary>A budget scenario over the whole horizon.</summary>
public sealed record BudgetScenario(string Name, decimal Budget, decimal? ExpectedCustomers);

/// <summary>The plan: rows, the three budget blocks per month, three scenarios, and whether channels were cut for a limited budget.</summary>
public sealed record ChannelPlan(
    IReadOnlyList<MediaPlanRow> Rows,
    decimal Infrastructure,
    decimal Campaigns,
    decimal Experiments,
    IReadOnlyList<BudgetScenario> Scenarios,
    int Months,
    bool Trimmed);

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
        decimal? customers = cac > 0 ? Math.Round(active / cac.Value, 0) : null;
        var scenarios = new List<BudgetScenario>
        {
            new("moderate", Math.Round(total * 0.8m, 0), customers is { } c1 ? Math.Round(c1 * 0.8m, 0) : null),
            new("base", Math.Round(total, 0), customers),
            new("risky", Math.Round(total * 1.3m, 0), customers is { } c3 ? Math.Round(c3 * 1.2m, 0) : null),
        };
        return new ChannelPlan(rows, infrastructure, campaigns, experiments, scenarios, months, chosen.Count < channels.Count);
    }
}
