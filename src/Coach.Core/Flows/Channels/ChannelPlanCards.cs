using System.Globalization;
using Coach.Core.Dialogue;
using Coach.Core.Domain.Channels;
using Coach.Core.Flows.Kpi;
using Coach.Core.Texts;

namespace Coach.Core.Flows.Channels;

/// <summary>The channel plan card and its tables, shared with the strategy document.</summary>
public static class ChannelPlanCards
{
    public static Reply Result(Texts.Texts t, ChannelPlan plan)
    {
        var lines = new List<string> { t["channels.result.title"] };
        lines.AddRange(plan.Rows.Select(r => t.Format(
            "channels.result.row",
            ("channel", t.Html($"persona.channels.opt.{r.Channel}")),
            ("role", t.Html($"cjm.role.{r.Role.ToString().ToLowerInvariant()}")),
            ("month", r.LaunchMonth),
            ("budget", Money(t, r.MonthlyBudget)),
            ("activities", t.Html($"channels.activities.{r.Role.ToString().ToLowerInvariant()}")),
            ("result", r.ExpectedCustomersPerMonth is { } c ? Customers(t, c, 1) : t.Html("channels.result.after_pilot")))));
        if (plan.SkippedCac is { } skipped)
        {
            lines.Add(t.Format(
                "channels.result.cac_skipped",
                ("cac", KpiText.Money(t, skipped.Value, skipped.Currency)),
                ("budget_currency", t.Html($"channels.currency.{skipped.BudgetCurrency.ToString().ToLowerInvariant()}"))));
        }

        if (plan.Trimmed)
        {
            lines.Add(t.Format("channels.result.trimmed", ("n", ChannelPlanner.LimitedChannels)));
        }

        lines.Add(t.Format(
            "channels.result.blocks",
            ("infrastructure", Money(t, plan.Infrastructure)),
            ("campaigns", Money(t, plan.Campaigns)),
            ("experiments", Money(t, plan.Experiments))));
        lines.Add(t["channels.result.scenarios"] + "\n" + string.Join("\n", plan.Scenarios.Select(s => Scenario(t, s, plan.Months))));
        lines.Add(t["channels.result.year"] + "\n" + string.Join("\n", YearPlan(t, plan.Months)));
        lines.Add(t["channels.result.rules"]);
        return new Reply(string.Join("\n\n", lines)) { Buttons = [[new Button(t["button.menu"], ButtonData.Command("menu"))]] };
    }

    public static string Scenario(Texts.Texts t, BudgetScenario s, int months) => t.Format(
        "channels.result.scenario",
        ("name", t.Html($"channels.scenario.{s.Name}")),
        ("months", months),
        ("budget", Money(t, s.Budget)),
        ("customers", s.ExpectedCustomers is { } c ? Customers(t, c, 0) : t.Html("channels.result.after_pilot")));

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

    public static string Money(Texts.Texts t, decimal value) => KpiText.Money(t, value, Parsing.NumberUnit.None);

    public static string Plain(string html) => TextCatalog.Plain(html);

    internal static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
