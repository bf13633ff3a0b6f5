using System.Globalization;
using Coach.Core.Dialogue;
using Coach.Core.Domain.CheckIns;
using Coach.Core.Domain.Words;
using Coach.Core.Flows.Channels;

namespace Coach.Core.Flows.CheckIns;

/// <summary>
/// Check-in settings (domain §7, the weekly review): the day, the hour and the time zone (asked once, Moscow time in a
/// Russian chat and UTC in an English one as the answer to keep, as practice counts days), and <c>/checkins</c>, which
/// shows, changes or stops them. Offered once after the channel plan is made.
/// </summary>
public static class CheckInsFlow
{
    public const string Id = "checkins";

    public const string Name = "checkins";

    public const string On = "on";

    public const string Stop = "stop";

    /// <summary>The clock's argument when Telegram refused a message (the user blocked the bot): check-ins stop, silently.</summary>
    public const string Blocked = "blocked";

    public static readonly string[] Days = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    public static readonly string[] Hours = ["8", "9", "10", "12", "15", "18", "20"];

    public static readonly CommandDefinition Definition = new(Name, Handle);

    public static string Key(string step) => DialogueStates.Of(Id, step);

    public static FlowDefinition Create() => new(
        Id,
        [
            new StepDefinition("day", new ChoiceAnswer(Days) { Columns = 4 }),
            new StepDefinition("hour", new ChoiceAnswer(Hours) { Columns = 4, TypedNumbersAreValues = true }),
            new StepDefinition("zone", new TimeZoneAnswer()),
        ],
        Complete)
    {
        InMenu = false,
        Aside = true,
    };

    /// <summary>Moscow time for a Russian chat, UTC for an English one: the default practice counts days in.</summary>
    public static int DefaultOffset(string language) => language == Languages.Russian ? 180 : 0;

    // The words for each argument, in both languages (Domain/CheckIns/Words/commands.json).
    private static readonly IReadOnlyDictionary<string, string> Arguments = WordFiles.Load<Dictionary<string, string[]>>("CheckIns", "commands")
        .SelectMany(argument => argument.Value.Select(word => (Word: word, Argument: argument.Key)))
        .ToDictionary(pair => pair.Word, pair => pair.Argument, StringComparer.Ordinal);

    /// <summary>The argument typed after /checkins as the command knows it ("стоп" → stop); unknown words as typed.</summary>
    public static string Argument(string typed)
    {
        var word = string.Join(' ', typed.Trim().ToLowerInvariant().Replace('ё', 'е').Trim('.', '!', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return Arguments.TryGetValue(word, out var argument) ? argument : word;
    }

    public static FeatureResult Handle(FeatureContext context, string args)
    {
        var t = context.Texts;
        var settings = context.Session.CheckIns;
        switch (Argument(args))
        {
            case Blocked when context.Scheduled:
                settings.On = false;
                settings.NextDueUtc = null;
                return new FeatureResult([]);
            case CheckInMonth.Accept:
                return new FeatureResult([CheckInMonth.Accepted(context)]);
            case Stop:
                settings.On = false;
                settings.NextDueUtc = null;
                return new FeatureResult([Card(context, t["checkins.stopped"])]);
            case On when ChannelPlanFlow.Plan(context.Session, context.Utc) is null:
                return new FeatureResult([NoPlan(t)]);
            case On:
                // The time zone is asked once: until answered, the default is offered as the answer to keep.
                context.Session.Answers.TryAdd(Key("zone"), DefaultOffset(t.Language).ToString(CultureInfo.InvariantCulture));
                return new FeatureResult([]) { ContinueAt = Key("day") };
            case "":
                return new FeatureResult([Card(context, null)]);
            default:
                // Not a word the command knows: the card, with what it does know.
                return new FeatureResult([Card(context, t.Format("checkins.unknown", ("text", args.Trim())))]);
        }
    }

    /// <summary>"Make the channel plan first", with a button into it.</summary>
    public static Reply NoPlan(Texts.Texts t) => new(t["checkins.noplan"])
    {
        Buttons = [[new Button(t["channels.title"], ButtonData.Open(ChannelPlanFlow.Id))], [new Button(t["button.menu"], ButtonData.Command("menu"))]],
    };

    /// <summary>After the channel plan, once: the offer to come back every week, as a note on the plan's card.</summary>
    public static Reply? FollowUp(FeatureContext context, string flowId)
    {
        var settings = context.Session.CheckIns;
        if (flowId != ChannelPlanFlow.Id || settings.On || settings.Offered)
        {
            return null;
        }

        settings.Offered = true;
        var t = context.Texts;
        // A note on the plan's card (text alone joins it, so the card keeps its buttons): one command away.
        return new Reply(t["checkins.offer"]);
    }

    /// <summary>"Every Monday at 10:00 (UTC+3)".</summary>
    public static string When(Texts.Texts t, CheckInSettings settings) =>
        t.Format("checkins.when", ("day", t[$"checkins.every.{Days[((int)settings.Day + 6) % 7]}"]), ("hour", Hour(settings.Hour)), ("zone", TimeZoneReader.Show(settings.OffsetMinutes)));

    /// <summary>A scheduled moment in the user's time zone: "07.12 10:00" or "Dec 7, 10:00".</summary>
    public static string Moment(Texts.Texts t, CheckInSettings settings, DateTime utc)
    {
        var local = utc.AddMinutes(settings.OffsetMinutes);
        return local.ToString(t.Language == Languages.Russian ? "dd.MM, HH:mm" : "MMM d, HH:mm", CultureInfo.InvariantCulture);
    }

    private static string Hour(int hour) => string.Create(CultureInfo.InvariantCulture, $"{hour:00}:00");

    private static FeatureResult Complete(StepContext context)
    {
        var session = context.Session;
        var settings = session.CheckIns;
        var day = Array.IndexOf(Days, session.Answer(Key("day")));
        settings.Day = (DayOfWeek)((day + 1) % 7);
        settings.Hour = int.Parse(session.Answer(Key("hour")) ?? "10", CultureInfo.InvariantCulture);
        settings.OffsetMinutes = int.Parse(session.Answer(Key("zone")) ?? "0", CultureInfo.InvariantCulture);
        settings.On = true;
        settings.Offered = true;
        settings.NextDueUtc = CheckInCalendar.NextDue(settings, context.Utc);
        return new FeatureResult([Card(new FeatureContext(session, context.Texts) { Utc = context.Utc }, context.Texts["checkins.saved"])]);
    }

    private static Reply Card(FeatureContext context, string? lead)
    {
        var t = context.Texts;
        var settings = context.Session.CheckIns;
        var lines = new List<string>();
        if (lead is not null)
        {
            lines.Add(lead);
        }

        var menu = new Button(t["button.menu"], ButtonData.Command("menu"));
        if (!settings.On)
        {
            if (lead is null)
            {
                lines.Add(t["checkins.off"]);
            }

            return new Reply(string.Join("\n\n", lines)) { Buttons = [[new Button(t["checkins.button.on"], ButtonData.Command(Name, On))], [menu]] };
        }

        lines.Add(t.Format("checkins.card", ("when", When(t, settings)), ("next", Moment(t, settings, settings.NextDueUtc ?? context.Utc)), ("weeks", settings.Weeks.Count)));
        return new Reply(string.Join("\n\n", lines))
        {
            Buttons =
            [
                [new Button(t["checkins.button.now"], ButtonData.Command(CheckInFlow.Name))],
                [new Button(t["checkins.button.change"], ButtonData.Command(Name, On)), new Button(t["checkins.button.stop"], ButtonData.Command(Name, Stop))],
                [menu],
            ],
        };
    }
}

/// <summary>A time zone: a city or an offset from UTC, kept as minutes; shown as "UTC+3".</summary>
public sealed class TimeZoneAnswer : AnswerKind
{
    public override AnswerCheck Check(string text, Texts.Texts texts) =>
        TimeZoneReader.Read(text) is { } offset
            ? AnswerCheck.Accept(offset.ToString(CultureInfo.InvariantCulture))
            : AnswerCheck.Reject(texts.Format("checkins.zone.problem", ("text", text.Trim())));

    public override string Display(string value, StepDefinition step, Texts.Texts texts) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var offset) ? TimeZoneReader.Show(offset) : value;
}
