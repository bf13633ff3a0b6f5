using System.Globalization;

namespace Coach.Core.Domain.CheckIns;

/// <summary>
/// When check-ins are due, as pure arithmetic over the settings and a UTC time: a check-in is due on the settings' day
/// and hour in the user's time zone (a fixed offset), and asks about the seven days before it.
/// </summary>
public static class CheckInCalendar
{
    /// <summary>The last scheduled moment at or before <paramref name="utc"/>, in UTC.</summary>
    public static DateTime LastDue(CheckInSettings settings, DateTime utc)
    {
        var local = utc.AddMinutes(settings.OffsetMinutes);
        var moment = local.Date.AddHours(settings.Hour);
        moment = moment.AddDays(-(((int)moment.DayOfWeek - (int)settings.Day + 7) % 7));
        if (moment > local)
        {
            moment = moment.AddDays(-7);
        }

        return DateTime.SpecifyKind(moment.AddMinutes(-settings.OffsetMinutes), DateTimeKind.Utc);
    }

    /// <summary>The first scheduled moment strictly after <paramref name="utc"/>, in UTC.</summary>
    public static DateTime NextDue(CheckInSettings settings, DateTime utc) => LastDue(settings, utc).AddDays(7);

    /// <summary>The week a check-in at <paramref name="dueUtc"/> asks about: the seven local days before it, named by the first.</summary>
    public static string WeekOf(CheckInSettings settings, DateTime dueUtc) =>
        Key(DateOnly.FromDateTime(dueUtc.AddMinutes(settings.OffsetMinutes).AddDays(-7)));

    /// <summary>The week the latest check-in (at or before <paramref name="utc"/>) asks about.</summary>
    public static string CurrentWeek(CheckInSettings settings, DateTime utc) => WeekOf(settings, LastDue(settings, utc));

    public static string Key(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly Day(string week) => DateOnly.ParseExact(week, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// What the schedule does at <paramref name="utc"/>: null when nothing is due; else the week to ask about, or
    /// null week when that week was already asked or answered (then only the next moment moves on). A downtime of
    /// several weeks gives one check-in, for the latest week.
    /// </summary>
    public static (bool Due, string? Week) Tick(CheckInSettings settings, DateTime utc)
    {
        if (!settings.On || settings.NextDueUtc is not { } next || next > utc)
        {
            return (false, null);
        }

        var week = CurrentWeek(settings, utc);
        var taken = settings.SentWeek == week || settings.Weeks.Any(w => w.Week == week);
        return (true, taken ? null : week);
    }
}
