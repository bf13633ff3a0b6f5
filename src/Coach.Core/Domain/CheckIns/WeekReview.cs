namespace Coach.Core.Domain.CheckIns;

/// <summary>A channel as the plan has it, a week: its campaign money, the customers it should bring and at which CAC (null without one).</summary>
public sealed record PlannedChannel(string Channel, decimal Spend, decimal? Customers, decimal? Cac);

/// <summary>One channel's week, planned against actual.</summary>
public sealed record ChannelWeek(string Channel, decimal Spend, decimal Customers, PlannedChannel? Plan)
{
    /// <summary>Spend / new customers; null with no customer.</summary>
    public decimal? Cac => Customers > 0 ? Spend / Customers : null;
}

/// <summary>A channel that has spent money for two weeks or more without bringing a customer (domain §7: no result in two weeks, change course).</summary>
public sealed record Stalled(string Channel, int Weeks, decimal Spend);

/// <summary>
/// The weekly review: each reported channel against the plan, the totals, the goal's pace, the channel to feed (the
/// lowest CAC) and the one to cut (no customer, or the highest CAC), and the channels with no result for two weeks.
/// </summary>
public sealed record WeekReview(
    IReadOnlyList<ChannelWeek> Channels,
    decimal Spend,
    decimal Customers,
    decimal PlannedSpend,
    decimal? PlannedCustomers,
    decimal? GoalCustomers,
    ChannelWeek? Feed,
    ChannelWeek? Cut,
    IReadOnlyList<Stalled> Stalled)
{
    /// <summary>Weeks in a month on average (52 / 12): a monthly plan figure a week is it divided by this.</summary>
    public const decimal WeeksPerMonth = 52m / 12m;

    public decimal? Cac => Customers > 0 ? Spend / Customers : null;

    /// <summary>Reviews <paramref name="week"/> against the weekly plan; <paramref name="earlier"/> are the weeks answered before, oldest first.</summary>
    public static WeekReview Of(CheckInWeek week, IReadOnlyList<PlannedChannel> plan, decimal? goalCustomersPerWeek, IReadOnlyList<CheckInWeek> earlier)
    {
        var channels = week.Rows.Select(r => new ChannelWeek(r.Channel, r.Spend, r.Customers, plan.FirstOrDefault(p => p.Channel == r.Channel))).ToList();
        var planned = plan.Where(p => week.Rows.Any(r => r.Channel == p.Channel)).ToList();
        var spending = channels.Where(c => c.Spend > 0).ToList();

        // With two channels or more: feed the cheapest customers; cut what brought none, else the dearest.
        var feed = spending.Count < 2 ? null : spending.Where(c => c.Cac is not null).OrderBy(c => c.Cac).FirstOrDefault();
        var cut = spending.Count < 2 ? null : spending.OrderBy(c => c.Customers > 0 ? 1 : 0).ThenByDescending(c => c.Cac ?? 0).ThenByDescending(c => c.Spend).First();
        if (cut == feed)
        {
            cut = null;
        }

        return new WeekReview(
            channels,
            channels.Sum(c => c.Spend),
            channels.Sum(c => c.Customers),
            planned.Sum(p => p.Spend),
            planned.Count > 0 && planned.All(p => p.Customers is not null) ? planned.Sum(p => p.Customers!.Value) : null,
            goalCustomersPerWeek,
            feed,
            cut,
            StalledChannels(week, earlier));
    }

    // A channel stalls when every answered week from two weeks back to this one shows spend and no customer.
    private static List<Stalled> StalledChannels(CheckInWeek week, IReadOnlyList<CheckInWeek> earlier)
    {
        var start = CheckInCalendar.Day(week.Week);
        var stalled = new List<Stalled>();
        foreach (var row in week.Rows.Where(r => r.Spend > 0 && r.Customers == 0))
        {
            var run = new List<CheckInRow> { row };
            var first = start;
            foreach (var before in earlier.Where(w => CheckInCalendar.Day(w.Week) < start).OrderByDescending(w => w.Week, StringComparer.Ordinal))
            {
                var same = before.Rows.FirstOrDefault(r => r.Channel == row.Channel);
                if (same is null || same.Customers > 0 || same.Spend == 0)
                {
                    break;
                }

                run.Add(same);
                first = CheckInCalendar.Day(before.Week);
            }

            var weeks = (start.DayNumber - first.DayNumber) / 7 + 1;
            if (weeks >= 2)
            {
                stalled.Add(new Stalled(row.Channel, weeks, run.Sum(r => r.Spend)));
            }
        }

        return stalled;
    }
}
