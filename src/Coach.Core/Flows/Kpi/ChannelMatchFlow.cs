using Coach.Core.Dialogue;
using Coach.Core.Domain.Channels;
using Coach.Core.Domain.Kpi;
using Coach.Core.Flows.Channels;
using Coach.Core.Flows.Persona;
using Coach.Core.Parsing;

namespace Coach.Core.Flows.Kpi;

/// <summary>
/// Keeps the CACs of /kpi channels for the channel plan: each typed name is read as a channel of the plan
/// (<see cref="ChannelNames"/>: "Яндекс Директ" is search); a name that is ambiguous, unknown or not a channel of the
/// plan is asked about with a button per channel, one name at a time, never guessed.
/// </summary>
public static class ChannelMatchFlow
{
    public const string Id = "kpi_match";

    public static readonly string State = DialogueStates.Of(Id, "channel");

    public static FlowDefinition Create() => new(
        Id,
        [
            new StepDefinition("channel", new ChoiceAnswer([.. PersonaFlow.Channels, ChannelCac.NotPlanned]) { Columns = 2 })
            {
                Intro = Intro,
                Reentry = Intro,
            },
        ],
        Complete)
    {
        Title = "kpi_match.name",
        InMenu = false,
        Aside = true,
    };

    /// <summary>
    /// Replaces the kept CACs with this comparison's channels that have customers, reading each name against the plan's
    /// channels (every channel before there is a plan); the names left unread wait for <see cref="State"/>.
    /// </summary>
    public static void Keep(Session session, IReadOnlyList<ChannelRow> rows, DateTime utc)
    {
        var planned = MultiChoiceAnswer.Split(session.Answer(ChannelPlanFlow.Key("list")));
        session.ChannelCacs = rows.Where(r => r.Customers > 0).Select(r => new ChannelCac
        {
            Name = r.Name,
            Channel = ChannelNames.Read(r.Name, planned.Count > 0 ? planned : null),
            Spend = r.Spend,
            Customers = r.Customers,
            Currency = r.Currency.ToString(),
            Utc = utc,
        }).ToList();
    }

    /// <summary>The first kept name Coach has not read yet, or null.</summary>
    public static ChannelCac? Pending(Session session) => session.ChannelCacs.FirstOrDefault(c => c.Channel is null);

    /// <summary>
    /// Each channel's own CAC by channel id, in the budget's currency (names meaning the same channel are summed:
    /// their spend over their customers); <paramref name="skipped"/> are the kept channels in another currency.
    /// </summary>
    public static IReadOnlyDictionary<string, decimal> Cacs(Session session, out IReadOnlyList<ChannelCac> skipped)
    {
        var budgetCurrency = KpiText.Currency(session.Language, NumberUnit.None);
        bool Fits(ChannelCac c) => ChannelPlanner.CacFitsBudget(KpiText.Currency(session.Language, Unit(c)), budgetCurrency);
        var read = session.ChannelCacs.Where(c => c.Channel is { } id && id != ChannelCac.NotPlanned && c.Customers > 0).ToList();
        skipped = read.Where(c => !Fits(c)).ToList();
        return read.Where(Fits).GroupBy(c => c.Channel!).ToDictionary(g => g.Key, g => g.Sum(c => c.Spend) / g.Sum(c => c.Customers));
    }

    /// <summary>The currency a kept CAC was typed in.</summary>
    public static NumberUnit Unit(ChannelCac cac) => Enum.TryParse<NumberUnit>(cac.Currency, out var unit) ? unit : NumberUnit.None;

    private static Reply? Intro(StepContext context)
    {
        if (Pending(context.Session) is not { } pending)
        {
            return null;
        }

        var t = context.Texts;
        var planned = MultiChoiceAnswer.Split(context.Session.Answer(ChannelPlanFlow.Key("list")));
        var candidates = ChannelNames.Candidates(pending.Name);
        var cac = KpiText.Money(t, pending.Spend / pending.Customers, Unit(pending));
        var key = candidates.Count switch
        {
            0 => "kpi_match.unknown",
            > 1 => "kpi_match.ambiguous",
            _ => "kpi_match.not_planned",
        };
        return new Reply(t.Format(
            key,
            ("name", pending.Name),
            ("cac", cac),
            ("channels", Either(t, candidates.Select(c => t[$"persona.channels.opt.{c}"]).ToList())),
            ("planned", string.Join(", ", planned.Select(c => t[$"persona.channels.opt.{c}"])))));
    }

    // "Search or Marketplaces", "VK, Telegram or Instagram".
    private static string Either(Texts.Texts t, IReadOnlyList<string> names) =>
        names.Count < 2 ? string.Join("", names) : string.Join(", ", names.Take(names.Count - 1)) + t["kpi_match.or"] + names[^1];

    private static FeatureResult Complete(StepContext context)
    {
        var session = context.Session;
        var answer = session.Answer(State);
        session.Answers.Remove(State);
        if (Pending(session) is { } pending && answer is not null)
        {
            pending.Channel = answer;
        }

        if (Pending(session) is not null)
        {
            return new FeatureResult([]) { ContinueAt = State };
        }

        return new FeatureResult([Read(context.Texts, session, context.Utc)]);
    }

    /// <summary>How the kept names were read: "Яндекс Директ → Поиск", and a way into the plan that uses them.</summary>
    public static Reply Read(Texts.Texts t, Session session, DateTime utc)
    {
        var lines = session.ChannelCacs.Select(c => t.Format(
            c.Channel == ChannelCac.NotPlanned ? "kpi_match.line_none" : "kpi_match.line",
            ("name", c.Name),
            ("channel", c.Channel is { } id && id != ChannelCac.NotPlanned ? t[$"persona.channels.opt.{id}"] : ""),
            ("cac", KpiText.Money(t, c.Spend / c.Customers, Unit(c)))));
        var text = string.Join("\n", [t["kpi_match.read"], .. lines]);
        // With a plan, the goal against it at once: what the new CACs change.
        var after = ChannelPlanFlow.Plan(session, utc) is not null && session.Goals.Count > 0
            ? GoalPlanLines.ForSession(session, t, utc).Text
            : t[ChannelPlanFlow.Plan(session, utc) is null ? "kpi_match.plan_will_use" : "kpi_match.plan_uses"];
        return new Reply(text + "\n\n" + after)
        {
            Buttons = [[new Button(t["channels.goal.button.channels"], ButtonData.Open(ChannelPlanFlow.Id)), new Button(t["button.menu"], ButtonData.Command("menu"))]],
        };
    }
}
