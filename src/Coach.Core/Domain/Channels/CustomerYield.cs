namespace Coach.Core.Domain.Channels;

/// <summary>Which CAC a row's customers are counted at.</summary>
public enum CacSource
{
    /// <summary>The last CAC for the whole business (/kpi cac, or the blended CAC of /kpi channels).</summary>
    Blended,

    /// <summary>The channel's own CAC from /kpi channels.</summary>
    Channel,
}

/// <summary>
/// A paid row's share of what the budget buys: <paramref name="Money"/> is its share of the whole monthly budget (its
/// campaign money plus its part of infrastructure and experiments, which serve every channel), bought at
/// <paramref name="Cac"/>; <paramref name="PerMonth"/> = money / CAC, exact.
/// </summary>
public sealed record RowYield(string Channel, decimal Money, decimal Cac, CacSource Source, decimal PerMonth, int LaunchMonth);

/// <summary>
/// The one definition of "the customers the budget buys" (domain §7: CAC is all marketing spend / new customers, so the
/// whole budget buys budget / CAC): every paid row buys its share of the budget at its CAC, the channel's own when
/// /kpi channels gave one, else the blended CAC. The card's "≈ N a month", the rows, the gap, the base scenario and
/// the export all read this record.
/// <para>
/// <see cref="PerMonth"/> is the monthly rate once every channel runs; <see cref="OverHorizon"/> counts each row from
/// its launch month (month 1 lays the foundations and buys none), so it is the base scenario's customers.
/// <see cref="Shown"/> rounds the rows so that the rows as shown add up to the total as shown.
/// </para>
/// </summary>
public sealed record CustomerYield(IReadOnlyList<RowYield> Rows, decimal MonthlyBudget, int Months)
{
    /// <summary>Customers a month once every row runs: the sum of the rows, exact.</summary>
    public decimal PerMonth => Rows.Sum(r => r.PerMonth);

    /// <summary>Customers over the horizon: each row from its launch month to the last, exact.</summary>
    public decimal OverHorizon => Rows.Sum(r => r.PerMonth * Math.Max(Months - r.LaunchMonth + 1, 0));

    /// <summary>Budget / customers a month: the CAC of the plan as a whole (the blended CAC when every row uses it).</summary>
    public decimal? AverageCac => PerMonth > 0 ? MonthlyBudget / PerMonth : null;

    /// <summary>True when some row is counted at its channel's own CAC.</summary>
    public bool UsesChannelCacs => Rows.Any(r => r.Source == CacSource.Channel);

    /// <summary>The decimals counts are shown with: whole from 10 up, one decimal below.</summary>
    public static int DecimalsFor(decimal total) => total >= 10 ? 0 : 1;

    /// <summary>A count as shown ("≈ 44", "≈ 4.4"): whole from 10 up, one decimal below, halves away from zero.</summary>
    public static decimal Round(decimal value) => Math.Round(value, DecimalsFor(value), MidpointRounding.AwayFromZero);

    /// <summary>The rows' monthly customers as shown, at the total's precision, adding up to the total as shown (largest remainders).</summary>
    public IReadOnlyList<decimal> Shown()
    {
        var decimals = DecimalsFor(PerMonth);
        var unit = decimals == 0 ? 1m : 0.1m;
        var total = Round(PerMonth);
        var parts = Rows.Select(r => Math.Floor(r.PerMonth / unit) * unit).ToList();
        var spare = (int)Math.Round((total - parts.Sum()) / unit);
        foreach (var i in Enumerable.Range(0, parts.Count).OrderByDescending(i => Rows[i].PerMonth - parts[i]).ThenBy(i => i).Take(Math.Max(spare, 0)))
        {
            parts[i] += unit;
        }

        return parts;
    }

    /// <summary>
    /// What the plan's paid rows buy: each row's share of <paramref name="monthlyBudget"/> (its budget / all campaign
    /// money) at its channel's CAC or <paramref name="blendedCac"/>; null when a paid row has no CAC to count at or
    /// there is no paid row.
    /// </summary>
    public static CustomerYield? Of(decimal monthlyBudget, int months, IReadOnlyList<MediaPlanRow> rows, decimal? blendedCac, IReadOnlyDictionary<string, decimal> channelCacs)
    {
        var paid = rows.Where(r => !r.Free && r.MonthlyBudget > 0).ToList();
        var campaigns = paid.Sum(r => r.MonthlyBudget);
        if (paid.Count == 0 || campaigns <= 0)
        {
            return null;
        }

        var yields = new List<RowYield>();
        foreach (var row in paid)
        {
            var own = channelCacs.TryGetValue(row.Channel, out var c) && c > 0 ? c : (decimal?)null;
            if ((own ?? blendedCac) is not > 0)
            {
                return null;
            }

            var cac = own ?? blendedCac!.Value;
            var money = monthlyBudget * row.MonthlyBudget / campaigns;
            yields.Add(new RowYield(row.Channel, money, cac, own is null ? CacSource.Blended : CacSource.Channel, money / cac, row.LaunchMonth));
        }

        return new CustomerYield(yields, monthlyBudget, months);
    }
}
