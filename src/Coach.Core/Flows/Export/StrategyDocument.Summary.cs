using Coach.Core.Dialogue;
using Coach.Core.Flows.Channels;
using Coach.Core.Flows.Coverage;
using Coach.Core.Flows.Kpi;
using Coach.Core.Flows.Smart;

namespace Coach.Core.Flows.Export;

/// <summary>The document's first page: the strategy, the goal, the plan's numbers and the next actions by month.</summary>
public static partial class StrategyDocument
{
    private const int SummaryActions = 5;

    private static List<DocumentBlock> Summary(Session session, Texts.Texts t, IReadOnlyList<string> notDone, DateTime now)
    {
        var blocks = new List<DocumentBlock> { new DocumentHeading(1, P(t["export.summary.title"])) };
        var lines = new List<string>
        {
            session.Coverage is { } coverage
                ? P(t.Format("export.summary.strategy", ("strategy", t.Html($"coverage.name.{CoverageCards.Name(coverage.Chosen)}")), ("product", coverage.Product)))
                : P(t["export.summary.no_strategy"]),
            session.Goals.LastOrDefault() is { } goal
                ? P(t.Format("export.summary.goal", ("goal", new Texts.Markup(SmartCards.Restated(t, goal)))))
                : P(t["export.summary.no_goal"]),
        };
        lines.AddRange(SummaryPlanLines(session, t, now));
        blocks.Add(new DocumentBullets(lines));

        var actions = NextActions(session, t, notDone, now);
        if (actions.Count > 0)
        {
            blocks.Add(new DocumentHeading(2, P(t["export.summary.actions"])));
            blocks.Add(new DocumentBullets(actions));
        }

        blocks.Add(new DocumentPageBreak());
        return blocks;
    }

    /// <summary>
    /// The summary's plan lines: the budget a month and over the horizon, and the customers it should bring
    /// (the base scenario at the user's CAC), or why they are not known yet; then the goal against the budget
    /// (what the goal needs, what the budget buys, the gap and its levers), the lines the channel card shows.
    /// </summary>
    public static IReadOnlyList<string> SummaryPlanLines(Session session, Texts.Texts t, DateTime now)
    {
        var goalLines = session.Goals.Count == 0 ? [] : GoalPlanLines.ForSession(session, t, now).Lines.Select(P).Where(line => line.Length > 0).ToList();
        if (ChannelPlanFlow.Plan(session, now) is not { } plan || NumberAnswer.Read(session.Answer(ChannelPlanFlow.Key("budget"))) is not { } budget)
        {
            return [P(t["export.summary.no_plan"]), .. goalLines];
        }

        var baseScenario = plan.Scenarios[0];
        var lines = new List<string>
        {
            P(t.Format("export.summary.budget", ("budget", ChannelPlanCards.Money(t, budget)), ("months", plan.Months), ("total", ChannelPlanCards.Money(t, baseScenario.Budget)))),
        };
        // The same numbers as the card: the rows' sum a month and the base scenario over the horizon (CustomerYield).
        lines.Add(baseScenario.ExpectedCustomers is { } customers && plan.Yield is { } yield
            ? P(t.Format(
                yield.UsesChannelCacs ? "export.summary.customers_channels" : "export.summary.customers",
                ("per_month", ChannelPlanCards.Customers(t, Domain.Channels.CustomerYield.Round(yield.PerMonth), Domain.Channels.CustomerYield.DecimalsFor(yield.PerMonth))),
                ("customers", ChannelPlanCards.Customers(t, customers, 0)),
                ("months", plan.Months),
                ("cac", ChannelPlanCards.Money(t, Math.Round(yield.AverageCac!.Value, 0, MidpointRounding.AwayFromZero)))))
            : P(t["export.summary.no_cac"]));
        lines.AddRange(goalLines);
        return lines;
    }

    // What is not done yet comes first (month 1), then the year plan month by month with the channels it launches.
    private static List<string> NextActions(Session session, Texts.Texts t, IReadOnlyList<string> notDone, DateTime now)
    {
        var actions = notDone.Select(step => P(t.Format("export.summary.action", ("month", 1), ("action", step)))).ToList();
        if (ChannelPlanFlow.Plan(session, now) is { } plan && session.CompletedFlows.Contains(ChannelPlanFlow.Id))
        {
            var phases = ChannelPlanCards.Phases(plan.Months).ToList();
            for (var month = 1; month <= plan.Months && actions.Count < SummaryActions; month++)
            {
                var phase = t.Html($"channels.phase.{phases[month - 1]}");
                var launches = plan.Rows.Where(r => r.LaunchMonth == month).Select(r => t[$"persona.channels.opt.{r.Channel}"]).ToList();
                actions.Add(P(launches.Count == 0
                    ? t.Format("export.summary.phase", ("month", month), ("phase", phase))
                    : t.Format("export.summary.launch", ("month", month), ("phase", phase), ("channels", string.Join(", ", launches)))));
            }
        }

        return actions.Take(SummaryActions).ToList();
    }
}
