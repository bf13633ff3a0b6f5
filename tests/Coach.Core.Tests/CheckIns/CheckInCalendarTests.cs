using Coach.Core.Domain.CheckIns;

namespace Coach.Core.Tests.CheckIns;

/// <summary>When check-ins fall due, in the user's time zone, and which week each asks about.</summary>
public class CheckInCalendarTests
{
    private static CheckInSettings Monday(int hour, int offset) => new() { On = true, Day = DayOfWeek.Monday, Hour = hour, OffsetMinutes = offset };

    [Theory]
    // Monday 10:00 in Moscow is 07:00 UTC.
    [InlineData(10, 180, "2026-12-02T09:00:00", "2026-12-07T07:00:00")]
    [InlineData(10, 180, "2026-12-07T06:59:00", "2026-12-07T07:00:00")]
    [InlineData(10, 180, "2026-12-07T07:00:00", "2026-12-14T07:00:00")]
    // Monday 01:00 in Moscow is still Sunday 22:00 UTC: the time zone's midnight lies between.
    [InlineData(1, 180, "2026-12-06T21:59:00", "2026-12-06T22:00:00")]
    [InlineData(1, 180, "2026-12-06T22:00:00", "2026-12-13T22:00:00")]
    // Monday 20:00 in New York (UTC−5) is Tuesday 01:00 UTC.
    [InlineData(20, -300, "2026-12-07T23:00:00", "2026-12-08T01:00:00")]
    public void The_next_check_in_falls_on_the_day_and_hour_of_the_users_zone(int hour, int offset, string now, string next)
    {
        Assert.Equal(DateTime.SpecifyKind(DateTime.Parse(next), DateTimeKind.Utc), CheckInCalendar.NextDue(Monday(hour, offset), DateTime.SpecifyKind(DateTime.Parse(now), DateTimeKind.Utc)));
    }

    [Fact]
    public void A_check_in_just_after_the_zones_midnight_asks_about_the_local_week_before_it()
    {
        var settings = Monday(1, 180);

        // Sunday 22:30 UTC is Monday 01:30 in Moscow: the check-in of 7 December asks about 30 November – 6 December.
        Assert.Equal("2026-11-30", CheckInCalendar.CurrentWeek(settings, new DateTime(2026, 12, 6, 22, 30, 0, DateTimeKind.Utc)));
        Assert.Equal("2026-11-23", CheckInCalendar.CurrentWeek(settings, new DateTime(2026, 12, 6, 21, 30, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public void A_due_week_already_sent_or_answered_is_not_asked_again()
    {
        var settings = Monday(10, 0);
        settings.NextDueUtc = new DateTime(2026, 12, 7, 10, 0, 0, DateTimeKind.Utc);
        var now = new DateTime(2026, 12, 7, 10, 5, 0, DateTimeKind.Utc);

        Assert.Equal((true, "2026-11-30"), CheckInCalendar.Tick(settings, now));
        settings.SentWeek = "2026-11-30";
        Assert.Equal((true, (string?)null), CheckInCalendar.Tick(settings, now));
        settings.SentWeek = null;
        settings.Weeks.Add(new CheckInWeek("2026-11-30", [], now));
        Assert.Equal((true, (string?)null), CheckInCalendar.Tick(settings, now));
        settings.On = false;
        Assert.Equal((false, (string?)null), CheckInCalendar.Tick(settings, now));
    }

    [Theory]
    [InlineData("UTC+3", 180)]
    [InlineData("utc -5", -300)]
    [InlineData("GMT+5:30", 330)]
    [InlineData("+7", 420)]
    [InlineData("−4", -240)]
    [InlineData("Москва", 180)]
    [InlineData("г. Новосибирск", 420)]
    [InlineData("мск", 180)]
    [InlineData("London", 0)]
    [InlineData("UTC", 0)]
    [InlineData("UTC+15", null)]
    [InlineData("Atlantis", null)]
    public void A_time_zone_is_read_from_an_offset_or_a_city(string typed, int? minutes)
    {
        Assert.Equal(minutes, TimeZoneReader.Read(typed));
    }
}
