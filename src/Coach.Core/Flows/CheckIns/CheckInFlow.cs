using Coach.Core.Dialogue;
using Coach.Core.Domain.CheckIns;
using Coach.Core.Domain.Channels;
using Coach.Core.Flows.Channels;

namespace Coach.Core.Flows.CheckIns;

/// <summary>
/// The weekly check-in: one message with the plan's channels and a line to type ("VK 12000 9; Search 8000 3": the
/// week's spend and new customers a channel), then the review, plan against actual. <c>/checkin</c> runs one now; the
/// schedule runs it as the clock's command (<see cref="FeatureContext.Scheduled"/>), at most once a week. A skipped
/// week is fine (/skip); a late answer counts for the week it was asked about.
/// </summary>
public static class CheckInFlow
{
    public const string Id = "checkin";

    public const string Name = "checkin";

    public static readonly CommandDefinition Definition = new(Name, Handle);

    public static string Key(string step) => DialogueStates.Of(Id, step);

    public static FlowDefinition Create() => new(
        Id,
        [
            new StepDefinition("report", new CheckInAnswer())
            {
                Optional = true,
                Prompt = Prompt,
            },
        ],
        Complete)
    {
        InMenu = false,
        Aside = true,
        FreshStart = true,
    };

    /// <summary>The plan's paid channels a week: campaign money, customers and CAC (null without a CAC to count at).</summary>
    public static IReadOnlyList<PlannedChannel> Weekly(ChannelPlan plan) =>
        plan.Rows.Where(r => !r.Free && r.MonthlyBudget > 0).Select(r =>
        {
            var bought = plan.Yield?.Rows.FirstOrDefault(y => y.Channel == r.Channel);
            return new PlannedChannel(r.Channel, r.MonthlyBudget / WeekReview.WeeksPerMonth, bought is null ? null : bought.PerMonth / WeekReview.WeeksPerMonth, bought?.Cac);
        }).ToList();

    public static FeatureResult Handle(FeatureContext context, string args)
    {
        var session = context.Session;
        var settings = session.CheckIns;
        var plan = ChannelPlanFlow.Plan(session, context.Utc);
        if (context.Scheduled)
        {
            var (due, week) = CheckInCalendar.Tick(settings, context.Utc);
            if (!due)
            {
                return new FeatureResult([]);
            }

            // Whatever happens, the next moment moves on: a downtime of weeks gives one check-in, never one a week missed.
            settings.NextDueUtc = CheckInCalendar.NextDue(settings, context.Utc);
            if (week is null || plan is null)
            {
                return new FeatureResult([]);
            }

            settings.SentWeek = week;
            if (AnsweringElsewhere(session))
            {
                // In the middle of another question: a note, and the question stays where it is (its buttons work,
                // a typed answer is still its answer); /checkin asks for the week once the user is ready.
                return new FeatureResult([new Reply(context.Texts.Format("checkin.later", ("week", WeekName(context.Texts, week))))]);
            }

            settings.AskedWeek = week;
            return new FeatureResult([]) { ContinueAt = Key("report") };
        }

        if (plan is null)
        {
            return new FeatureResult([CheckInsFlow.NoPlan(context.Texts)]);
        }

        settings.AskedWeek = CheckInCalendar.CurrentWeek(Clock(settings, context), context.Utc);
        return new FeatureResult([]) { ContinueAt = Key("report") };
    }

    /// <summary>
    /// The user is at a question of another flow (not the menu, not this check-in's own question): a scheduled
    /// check-in then only leaves a note rather than taking the question's place.
    /// </summary>
    public static bool AnsweringElsewhere(Session session) =>
        session.State != DialogueStates.Menu && DialogueStates.Split(session.State).Flow != Id;

    /// <summary>The week's seven days as shown: "23.11–29.11" or "Nov 23 – Nov 29".</summary>
    public static string WeekName(Texts.Texts t, string week)
    {
        var first = CheckInCalendar.Day(week);
        var format = t.Language == Languages.Russian ? "dd.MM" : "MMM d";
        return t.Format("checkin.week", ("from", first.ToString(format, System.Globalization.CultureInfo.InvariantCulture)), ("to", first.AddDays(6).ToString(format, System.Globalization.CultureInfo.InvariantCulture)));
    }

    // Without check-ins on, "this week" is the seven days up to today, in the chat's default time zone.
    private static CheckInSettings Clock(CheckInSettings settings, FeatureContext context)
    {
        if (settings.On)
        {
            return settings;
        }

        var offset = settings.NextDueUtc is null && settings.Weeks.Count == 0 ? CheckInsFlow.DefaultOffset(context.Texts.Language) : settings.OffsetMinutes;
        return new CheckInSettings { Day = context.Utc.AddMinutes(offset).DayOfWeek, Hour = 0, OffsetMinutes = offset };
    }

    private static string Prompt(StepContext context)
    {
        var t = context.Texts;
        var session = context.Session;
        var week = session.CheckIns.AskedWeek ?? CheckInCalendar.CurrentWeek(session.CheckIns, context.Utc);
        var plan = ChannelPlanFlow.Plan(session, context.Utc);
        var lines = new List<string> { t.Format("checkin.report.q", ("week", WeekName(t, week))) };
        if (plan is not null)
        {
            foreach (var channel in Weekly(plan))
            {
                lines.Add(channel.Customers is { } customers
                    ? t.Format("checkin.plan.line", ("channel", CheckInCards.ChannelName(t, channel.Channel)), ("spend", CheckInCards.Money(t, channel.Spend)), ("customers", CheckInCards.Count(t, customers)))
                    : t.Format("checkin.plan.line.spend", ("channel", CheckInCards.ChannelName(t, channel.Channel)), ("spend", CheckInCards.Money(t, channel.Spend))));
            }

            lines.Add(t.Format("checkin.report.type", ("line", CheckInCards.ExampleLine(t, Weekly(plan)))));
        }

        return string.Join("\n", lines);
    }

    private static FeatureResult Complete(StepContext context)
    {
        var t = context.Texts;
        var session = context.Session;
        var settings = session.CheckIns;
        var week = settings.AskedWeek ?? CheckInCalendar.CurrentWeek(settings, context.Utc);
        var plan = ChannelPlanFlow.Plan(session, context.Utc);
        var answer = session.Answer(Key("report"));
        settings.AskedWeek = null;
        if (answer is null || plan is null)
        {
            return new FeatureResult([CheckInCards.Skipped(t, settings, week)]);
        }

        var record = new CheckInWeek(week, CheckInAnswer.Decode(answer), context.Utc);
        settings.Weeks.RemoveAll(w => w.Week == week);
        settings.Weeks.Add(record);
        settings.Weeks.Sort((a, b) => string.CompareOrdinal(a.Week, b.Week));
        var gap = GoalPlanLines.GapFor(session, context.Utc, plan);
        var goal = gap is { Status: GoalGapStatus.Computed } ? gap.CustomersPerMonth / WeekReview.WeeksPerMonth : (decimal?)null;
        var review = WeekReview.Of(record, Weekly(plan), goal, settings.Weeks.Where(w => w.Week != week).ToList());
        return new FeatureResult([CheckInCards.Review(t, settings, week, review, gap), .. CheckInMonth.After(t, settings, plan, week, goal)]);
    }
}
