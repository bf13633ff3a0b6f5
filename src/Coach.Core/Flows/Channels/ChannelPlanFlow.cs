using Coach.Core.Dialogue;
using Coach.Core.Domain.Channels;
using Coach.Core.Domain.Coverage;
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
        Complete);

    /// <summary>The plan for the session's answers, or null before they are all given.</summary>
    public static ChannelPlan? Plan(Session session)
    {
        var budget = NumberAnswer.Read(session.Answer(Key("budget")));
        var channels = MultiChoiceAnswer.Split(session.Answer(Key("list")));
        if (budget is null || channels.Count == 0 || !int.TryParse(session.Answer(Key("months")), out var months))
        {
            return null;
        }

        var limited = session.Coverage is not null && CoverageFlow.Profile(session).Budget == BudgetLevel.Limited;
        var last = session.KpiHistory.LastOrDefault(r => r.Metric == "cac");
        if (last is null)
        {
            return ChannelPlanner.Plan(budget.Value, months, channels, limited, cac: null);
        }

        // The budget is typed without a currency, so it is in the language's default one (roubles in RU).
        var budgetCurrency = KpiText.Currency(session.Language, NumberUnit.None);
        var cacCurrency = KpiText.Currency(session.Language, Enum.TryParse<NumberUnit>(last.Currency, out var typed) ? typed : NumberUnit.None);
        return ChannelPlanner.CacFitsBudget(cacCurrency, budgetCurrency)
            ? ChannelPlanner.Plan(budget.Value, months, channels, limited, last.Value)
            : ChannelPlanner.Plan(budget.Value, months, channels, limited, cac: null) with { SkippedCac = new SkippedCac(last.Value, cacCurrency, budgetCurrency) };
    }

    private static Reply? Suggestion(StepContext context)
    {
        var used = context.Session.Personas
            .SelectMany(p => MultiChoiceAnswer.Split(p.Fields.GetValueOrDefault("channels")))
            .GroupBy(c => c).OrderByDescending(g => g.Count()).Select(g => g.Key).ToList();
        if (used.Count == 0)
        {
            return null;
        }

        var names = string.Join(", ", used.Select(c => context.Texts[$"persona.channels.opt.{c}"]));
        return new Reply(context.Texts.Format("channels.suggestion", ("channels", names)));
    }

    private static FeatureResult Complete(StepContext context)
    {
        var plan = Plan(context.Session);
        return plan is null
            ? new FeatureResult([new Reply(context.Texts["error.internal"])])
            : new FeatureResult([ChannelPlanCards.Result(context.Texts, plan)]);
    }
}
