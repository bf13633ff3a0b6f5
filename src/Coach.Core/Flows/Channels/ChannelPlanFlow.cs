using Coach.Core.Dialogue;
using Coach.Core.Domain.Channels;
using Coach.Core.Domain.Coverage;
using Coach.Core.Flows.Coverage;
using Coach.Core.Flows.Kpi;
using Coach.Core.Flows.Persona;
using Coach.Core.Parsing;

namespace Coach.Core.Flows.Channels;

/// <summary>
/// The channel plan and budget (domain §7): the monthly budget, the horizon, the channels (the
/// personas' channels are suggested), then channels by role, the media plan, the three budget
/// blocks, three scenarios and the year plan by months.
/// </summary>
public static class ChannelPlanFlow
{
    public const string Id = "channels";

    public static string Key(string step) => DialogueStates.Of(Id, step);

    public static FlowDefinition Create() => new(
        Id,
        [
            new StepDefinition("budget", new NumberAnswer(1, 1_000_000_000_000) { Asks = NumberKind.Money, Per = Period.Month }),
            new StepDefinition("months", new ChoiceAnswer("6", "9", "12") { Columns = 3, TypedNumbersAreValues = true }),
            new StepDefinition("list", new MultiChoiceAnswer(1, PersonaFlow.Channels.Length, PersonaFlow.Channels))
            {
                TextPrefix = "channels.list",
                Intro = context => Suggestion(context),
            },
        ],
        Complete)
    {
        Summary = Summary,
    };

    // "100 000 ₽ a month for 6 months: Telegram, Search" on /status.
    private static string? Summary(FlowDefinition flow, FeatureContext context)
    {
        var t = context.Texts;
        var shown = new[] { "budget", "months", "list" }.Select(key => flow.Shown(key, context.Session, t)).ToList();
        return shown.Any(s => s is null) || NumberAnswer.Read(context.Session.Answer(Key("budget"))) is not { } budget
            ? null
            : t.Format("status.channels", ("budget", ChannelPlanCards.Money(t, budget)), ("months", shown[1]), ("channels", shown[2]));
    }

    /// <summary>The plan for the session's answers at the input's time, or null before they are all given.</summary>
    public static ChannelPlan? Plan(Session session, DateTime utc)
    {
        var budget = NumberAnswer.Read(session.Answer(Key("budget")));
        var channels = MultiChoiceAnswer.Split(session.Answer(Key("list")));
        if (budget is null || channels.Count == 0 || !int.TryParse(session.Answer(Key("months")), out var months))
        {
            return null;
        }

        // The customers the goal needs do not depend on the plan, so the gap is read here without it.
        var gap = GoalPlanLines.GapFor(session, utc, plan: null);
        var request = new ChannelPlanRequest(budget.Value, months, channels, session.Coverage is not null && CoverageFlow.Profile(session).Budget == BudgetLevel.Limited)
        {
            PersonaPicks = PersonaPicks(session),
            GrowthStages = session.Cjms.SelectMany(m => m.Steps).Where(s => s.IsGrowthPoint).Select(s => s.Stage).Distinct().ToList(),
            GoalCustomersPerMonth = gap is { Status: GoalGapStatus.Computed } ? gap.CustomersPerMonth : null,
            ChannelCacs = ChannelMatchFlow.Cacs(session, out _),
            Budgets = session.CheckIns.Budgets,
        };
        if (Cost(session, "cac") is not { } last)
        {
            return ChannelPlanner.Plan(request);
        }

        return last.Fits
            ? ChannelPlanner.Plan(request with { Cac = last.Value })
            : ChannelPlanner.Plan(request) with { SkippedCac = new SkippedCac(last.Value, last.Currency, last.BudgetCurrency) };
    }

    /// <summary>
    /// The last unit cost in the budget's currency: CAC (from /kpi cac or the blended CAC of /kpi channels) or CPA;
    /// null when there is none or it is in another currency.
    /// </summary>
    public static decimal? LastCost(Session session, string metric) => Cost(session, metric) is { Fits: true } cost ? cost.Value : null;

    private static (decimal Value, NumberUnit Currency, NumberUnit BudgetCurrency, bool Fits)? Cost(Session session, string metric)
    {
        var last = session.KpiHistory.LastOrDefault(r => r.Metric == metric || (metric == "cac" && r.Metric == KpiFlow.Channels && r.Value > 0));
        if (last is null)
        {
            return null;
        }

        // The budget is typed without a currency, so it is in the language's default one (roubles in RU).
        var budgetCurrency = KpiText.Currency(session.Language, NumberUnit.None);
        var cacCurrency = KpiText.Currency(session.Language, Enum.TryParse<NumberUnit>(last.Currency, out var typed) ? typed : NumberUnit.None);
        return (last.Value, cacCurrency, budgetCurrency, ChannelPlanner.CacFitsBudget(cacCurrency, budgetCurrency));
    }

    /// <summary>How many personas picked each channel.</summary>
    public static IReadOnlyDictionary<string, int> PersonaPicks(Session session) =>
        session.Personas
            .SelectMany(p => MultiChoiceAnswer.Split(p.Fields.GetValueOrDefault("channels")).Distinct())
            .GroupBy(c => c).ToDictionary(g => g.Key, g => g.Count());

    private static Reply? Suggestion(StepContext context)
    {
        var used = PersonaPicks(context.Session).OrderByDescending(p => p.Value).Select(p => p.Key).ToList();
        if (used.Count == 0)
        {
            return null;
        }

        var names = string.Join(", ", used.Select(c => context.Texts[$"persona.channels.opt.{c}"]));
        return new Reply(context.Texts.Format("channels.suggestion", ("channels", names)));
    }

    private static FeatureResult Complete(StepContext context)
    {
        var plan = Plan(context.Session, context.Utc);
        return plan is null
            ? new FeatureResult([new Reply(context.Texts["error.internal"])])
            : new FeatureResult([ChannelPlanCards.Result(context.Texts, plan, GoalPlanLines.ForSession(context.Session, context.Texts, context.Utc), ChannelCacNotes.For(context.Session, context.Texts))]);
    }
}
