using Coach.Core.Domain.Channels;

namespace Coach.Core.Domain.CheckIns;

/// <summary>A channel over the weeks of a month reported: spend, new customers and CAC.</summary>
public sealed record ChannelMonth(string Channel, decimal Spend, decimal Customers)
{
    public decimal? Cac => Customers > 0 ? Spend / Customers : null;
}

/// <summary>Money moved for next month: from the dearest channel (or one with no customer) to the cheapest, and the campaign money a month by channel after it.</summary>
public sealed record Reallocation(string From, string To, decimal Amount, IReadOnlyDictionary<string, decimal> Budgets);

/// <summary>
/// The monthly review (domain §7: shift money to what over-performs): the month's weeks added up per channel, and a
/// quarter of the weaker channel's campaign money moved to the one whose customers came cheapest, in the plan's steps.
/// </summary>
public sealed record MonthlyReview(IReadOnlyList<CheckInWeek> Weeks, IReadOnlyList<ChannelMonth> Channels, Reallocation? Move)
{
    /// <summary>The share of the weaker channel's money a review moves.</summary>
    public const decimal MovedShare = 0.25m;

    public decimal Spend => Channels.Sum(c => c.Spend);

    public decimal Customers => Channels.Sum(c => c.Customers);

    public decimal? Cac => Customers > 0 ? Spend / Customers : null;

    /// <param name="weeks">The month's weeks answered.</param>
    /// <param name="plan">The plan's paid rows with their campaign money a month.</param>
    /// <param name="step">The step the plan's sums are rounded to.</param>
    public static MonthlyReview Of(IReadOnlyList<CheckInWeek> weeks, IReadOnlyList<MediaPlanRow> plan, decimal step)
    {
        var paid = plan.Where(r => !r.Free && r.MonthlyBudget > 0).ToList();
        var channels = paid
            .Select(r => new ChannelMonth(r.Channel, weeks.Sum(w => w.Rows.Where(x => x.Channel == r.Channel).Sum(x => x.Spend)), weeks.Sum(w => w.Rows.Where(x => x.Channel == r.Channel).Sum(x => x.Customers))))
            .Where(c => c.Spend > 0)
            .ToList();
        if (channels.Count < 2)
        {
            return new MonthlyReview(weeks, channels, null);
        }

        var best = channels.Where(c => c.Cac is not null).OrderBy(c => c.Cac).FirstOrDefault();
        var worst = channels.OrderBy(c => c.Customers > 0 ? 1 : 0).ThenByDescending(c => c.Cac ?? 0).First();
        if (best is null || best == worst)
        {
            return new MonthlyReview(weeks, channels, null);
        }

        var from = paid.First(r => r.Channel == worst.Channel).MonthlyBudget;
        var amount = Math.Min(Math.Max(ChannelPlanner.RoundTo(from * MovedShare, step), step), from);
        var budgets = paid.ToDictionary(r => r.Channel, r => r.MonthlyBudget);
        budgets[worst.Channel] -= amount;
        budgets[best.Channel] += amount;
        return new MonthlyReview(weeks, channels, new Reallocation(worst.Channel, best.Channel, amount, budgets));
    }
}
