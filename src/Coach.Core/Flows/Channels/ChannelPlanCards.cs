using System.Globalization;
using Coach.Core.Dialogue;
using Coach.Core.Domain.Channels;
using Coach.Core.Flows.Kpi;
using Coach.Core.Texts;

namespace Coach.Core.Flows.Channels;

/// <summary>The channel plan card and its tables, shared with the strategy document.</summary>
public static class ChannelPlanCards
{
    /// <summary>The card: the goal against the budget first, then the media plan, blocks, scenarios and months.</summary>
    public static Reply Result(Texts.Texts t, ChannelPlan plan, GoalPlanSummary goal, ChannelCacNotes? notes = null)
    {
        var lines = new List<string> { t["channels.result.title"], goal.Text };
        lines.AddRange(RowLines(t, plan));
        if (plan.Yield is { } yield)
        {
            lines.Add(Total(t, plan, yield));
            if (Cheaper(t, yield) is { } cheaper)
            {
                lines.Add(cheaper);
            }
        }

        lines.AddRange(notes?.Lines ?? []);
        if (plan.Rows.SelectMany(r => r.GrowthStages).Distinct().ToList() is { Count: > 0 } stages)
        {
            lines.Add(t.Format("channels.result.growth", ("stages", Stages(t, stages))));
        }

        if (!plan.HasConversion)
        {
            lines.Add(t["channels.result.no_conversion"]);
        }

        if (plan.SkippedCac is { } skipped)
        {
            lines.Add(t.Format(
                "channels.result.cac_skipped",
                ("cac", KpiText.Money(t, skipped.Value, skipped.Currency)),
                ("budget_currency", t.Html($"channels.currency.{skipped.BudgetCurrency.ToString().ToLowerInvariant()}"))));
        }

        if (plan.Trimmed)
        {
            var later = string.Join(", ", plan.Deferred.Select(c => t[$"persona.channels.opt.{c}"]));
            lines.Add(t.Format(plan.ByPersonas ? "channels.result.trimmed_personas" : "channels.result.trimmed", ("n", ChannelPlanner.LimitedChannels), ("later", later)));
        }

        lines.Add(t.Format(
            "channels.result.blocks",
            ("infrastructure", Money(t, plan.Infrastructure)),
            ("campaigns", Money(t, plan.Campaigns)),
            ("experiments", Money(t, plan.Experiments))));
        if (plan.Rows.All(r => r.Free))
        {
            lines.Add(t.Format("channels.result.no_paid", ("campaigns", Money(t, plan.Campaigns))));
        }

        lines.Add(t["channels.result.scenarios"] + "\n" + string.Join("\n", plan.Scenarios.Select(s => Scenario(t, s, plan.Months))));
        lines.Add(t["channels.result.year"] + "\n" + string.Join("\n", YearPlan(t, plan.Months)));
        lines.Add(t["channels.result.rules"]);
        var rows = goal.Buttons.Concat(notes?.Buttons ?? []).Select(b => (IReadOnlyList<Button>)[b]).ToList();
        rows.Add([new Button(t["button.menu"], ButtonData.Command("menu"))]);
        return new Reply(string.Join("\n\n", lines)) { Buttons = rows };
    }

    /// <summary>The card's media-plan lines, one a row (the document shows them as a table instead).</summary>
    public static IEnumerable<string> RowLines(Texts.Texts t, ChannelPlan plan) => plan.Rows.Select(r => Row(t, r, RowResult(t, plan, r)));

    /// <summary>
    /// What a row buys a month as shown (the rows as shown add up to the total as shown) and at which CAC: "≈ 20
    /// customers at the CAC of 1,125", "≈ 13 customers at its own CAC of 750"; "set after the pilot" without a CAC.
    /// </summary>
    public static string RowResult(Texts.Texts t, ChannelPlan plan, MediaPlanRow row)
    {
        if (plan.Yield is not { } yield || yield.Rows.ToList().FindIndex(y => y.Channel == row.Channel) is not (>= 0 and var i))
        {
            return t.Html("channels.result.after_pilot").Html;
        }

        var shown = yield.Shown()[i];
        var customers = Customers(t, shown, CustomerYield.DecimalsFor(yield.PerMonth)).Html;
        return t.Format(yield.Rows[i].Source == CacSource.Channel ? "channels.result.yield.channel" : "channels.result.yield.blended", ("customers", new Markup(customers)), ("cac", Money(t, Math.Round(yield.Rows[i].Cac, 0, MidpointRounding.AwayFromZero))));
    }

    /// <summary>The rows' sum a month once every channel runs, and over the horizon with each channel from its launch month.</summary>
    public static string Total(Texts.Texts t, ChannelPlan plan, CustomerYield yield) => t.Format(
        "channels.result.total",
        ("per_month", Customers(t, CustomerYield.Round(yield.PerMonth), CustomerYield.DecimalsFor(yield.PerMonth))),
        ("from", yield.Rows.Max(r => r.LaunchMonth)),
        ("months", plan.Months),
        ("total", Customers(t, Math.Round(yield.OverHorizon, 0, MidpointRounding.AwayFromZero), 0)));

    /// <summary>Their own CACs differ by half again or more: the pilot should move money to the cheaper channel, as a consultant would say.</summary>
    public const decimal CacSpread = 1.5m;

    private static string? Cheaper(Texts.Texts t, CustomerYield yield)
    {
        var own = yield.Rows.Where(r => r.Source == CacSource.Channel).OrderBy(r => r.Cac).ToList();
        if (own.Count < 2 || own[^1].Cac < own[0].Cac * CacSpread)
        {
            return null;
        }

        return t.Format(
            "channels.result.cheaper",
            ("cheap", t[$"persona.channels.opt.{own[0].Channel}"]),
            ("cheap_cac", Money(t, Math.Round(own[0].Cac, 0, MidpointRounding.AwayFromZero))),
            ("dear", t[$"persona.channels.opt.{own[^1].Channel}"]),
            ("dear_cac", Money(t, Math.Round(own[^1].Cac, 0, MidpointRounding.AwayFromZero))));
    }

    private static string Row(Texts.Texts t, MediaPlanRow r, string result)
    {
        var roles = string.Join(" + ", r.Roles.Select(role => t[$"cjm.role.{role.ToString().ToLowerInvariant()}"]));
        var channel = t.Html($"persona.channels.opt.{r.Channel}");
        if (r.Free)
        {
            return t.Format("channels.result.row_free", ("channel", channel), ("role", roles), ("month", r.LaunchMonth), ("tasks", t.Html($"channels.tasks.{r.Channel}")));
        }

        (string, object?)[] args =
        [
            ("channel", channel),
            ("role", roles),
            ("month", r.LaunchMonth),
            ("budget", Money(t, r.MonthlyBudget)),
            ("activities", t.Html(ActivitiesKey(t, r))),
            ("result", new Markup(result)),
        ];
        return r.GrowthStages.Count == 0
            ? t.Format("channels.result.row", args)
            : t.Format("channels.result.row_growth", [.. args, ("stages", Stages(t, r.GrowthStages))]);
    }

    private static string Stages(Texts.Texts t, IEnumerable<string> stages) => string.Join(", ", stages.Select(s => t[$"cjm.stage.{s}"]));

    /// <summary>A scenario's line: spend, the CAC and conversion it assumes, its customers and its gap to the goal.</summary>
    public static string Scenario(Texts.Texts t, BudgetScenario s, int months)
    {
        var name = t.Html($"channels.scenario.{s.Name}");
        if (s.Cac is not { } cac || s.ExpectedCustomers is not { } customers)
        {
            return t.Format("channels.result.scenario", ("name", name), ("months", months), ("budget", Money(t, s.Budget)), ("customers", t.Html("channels.result.after_pilot")));
        }

        (string, object?)[] args =
        [
            ("name", name),
            ("months", months),
            ("budget", Money(t, s.Budget)),
            ("cac", Money(t, cac)),
            ("conversion", t.Html($"channels.scenario.conversion.{s.Name}")),
            ("customers", Customers(t, customers, 0)),
        ];
        if (s.GoalCustomers is not { } goal)
        {
            return t.Format("channels.result.scenario_cac", args);
        }

        return customers >= goal
            ? t.Format("channels.result.scenario_met", [.. args, ("goal", KpiText.Number(t, goal, 0))])
            : t.Format("channels.result.scenario_short", [.. args, ("goal", KpiText.Number(t, goal, 0)), ("gap", KpiText.Number(t, goal - customers, 0)), ("first", ChannelPlanner.PilotMonth)]);
    }

    // "≈ 433 клиента", "≈ 28,9 клиента", "≈ 5 клиентов": the form agrees with the number as shown.
    public static Markup Customers(Texts.Texts t, decimal count, int decimals)
    {
        var shown = Math.Round(count, decimals, MidpointRounding.AwayFromZero);
        return t.Html($"channels.result.customers.{KpiText.PluralForm(shown, t.Language)}", ("n", KpiText.Number(t, shown, decimals)));
    }

    /// <summary>Month 1 foundations, 2 pilot, 3-4 scale, then a steady rhythm, the last month review (domain §7).</summary>
    public static IEnumerable<string> YearPlan(Texts.Texts t, int months) =>
        Phases(months).Select((phase, i) => t.Format("channels.year.line", ("month", i + 1), ("phase", t.Html($"channels.phase.{phase}"))));

    /// <summary>The phase of each month of the horizon, in order ("foundations", "pilot", …).</summary>
    public static IEnumerable<string> Phases(int months)
    {
        for (var month = 1; month <= months; month++)
        {
            yield return month switch
            {
                1 => "foundations",
                2 => "pilot",
                3 or 4 => "scale",
                _ when month == months => "review",
                _ => "rhythm",
            };
        }
    }

    /// <summary>The text key of what the money buys in the channel: its own activities, else what its role calls for.</summary>
    [return: TextKey]
    public static string ActivitiesKey(Texts.Texts t, MediaPlanRow r) =>
        t.Has($"channels.activities.channel.{r.Channel}")
            ? $"channels.activities.channel.{r.Channel}"
            : $"channels.activities.{r.Role.ToString().ToLowerInvariant()}";

    public static string Money(Texts.Texts t, decimal value) => KpiText.Money(t, value, Parsing.NumberUnit.None);

    public static string Plain(string html) => TextCatalog.Plain(html);

    internal static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
