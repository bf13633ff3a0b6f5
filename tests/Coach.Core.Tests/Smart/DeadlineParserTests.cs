using Coach.Core.Domain.Smart;

namespace Coach.Core.Tests.Smart;

public class DeadlineParserTests
{
    // A Sunday in the first quarter.
    private static readonly DateOnly Today = new(2026, 3, 15);

    [Theory]
    [InlineData("за три месяца", 3)]
    [InlineData("за 3 месяца", 3)]
    [InlineData("в течение полугода", 6)]
    [InlineData("за полгода", 6)]
    [InlineData("в течение 3-х месяцев", 3)]
    [InlineData("в течение двух недель", 1)]
    [InlineData("за год", 12)]
    [InlineData("за 2 квартала", 6)]
    [InlineData("через полтора месяца", 2)]
    [InlineData("в ближайшие 90 дней", 3)]
    [InlineData("за двенадцать месяцев", 12)]
    [InlineData("in 6 weeks", 2)]
    [InlineData("in 4 weeks", 1)]
    [InlineData("within 3 months", 3)]
    [InlineData("within a year", 12)]
    [InlineData("in half a year", 6)]
    [InlineData("over the next two quarters", 6)]
    [InlineData("in 100 days", 4)]
    [InlineData("3 months from now", 3)]
    public void A_duration_resolves_to_whole_months_rounded_up(string text, int months)
    {
        var deadline = DeadlineParser.Parse(text, Today);

        Assert.NotNull(deadline);
        Assert.Null(deadline.Date);
        Assert.Equal(months, deadline.Months);
        Assert.Equal(months, deadline.HorizonMonths);
    }

    [Theory]
    [InlineData("до 1 марта", "2027-03-01")]
    [InlineData("к 1 июня", "2026-06-01")]
    [InlineData("до 1-го июня 2027 года", "2027-06-01")]
    [InlineData("к концу года", "2026-12-31")]
    [InlineData("до конца года", "2026-12-31")]
    [InlineData("в этом году", "2026-12-31")]
    [InlineData("до конца квартала", "2026-03-31")]
    [InlineData("в следующем квартале", "2026-06-30")]
    [InlineData("во втором квартале", "2026-06-30")]
    [InlineData("к концу 4 квартала 2027 года", "2027-12-31")]
    [InlineData("в следующем месяце", "2026-04-30")]
    [InlineData("к лету", "2026-06-01")]
    [InlineData("до конца лета", "2026-08-31")]
    [InlineData("до марта", "2027-03-01")]
    [InlineData("в мае", "2026-05-31")]
    [InlineData("к концу апреля", "2026-04-30")]
    [InlineData("в 2027 году", "2027-12-31")]
    [InlineData("к 2027 году", "2027-01-01")]
    [InlineData("до 31.12.2026", "2026-12-31")]
    [InlineData("к 30.06.27", "2027-06-30")]
    [InlineData("в первом полугодии", "2026-06-30")]
    [InlineData("к новому году", "2026-12-31")]
    [InlineData("by March 1", "2027-03-01")]
    [InlineData("by the 1st of June", "2026-06-01")]
    [InlineData("by Q2", "2026-06-30")]
    [InlineData("in Q1", "2026-03-31")]
    [InlineData("by the end of Q4 2027", "2027-12-31")]
    [InlineData("this year", "2026-12-31")]
    [InlineData("by the end of the year", "2026-12-31")]
    [InlineData("by year-end", "2026-12-31")]
    [InlineData("next year", "2027-12-31")]
    [InlineData("by the end of the month", "2026-03-31")]
    [InlineData("this week", "2026-03-15")]
    [InlineData("by 2027-06-30", "2027-06-30")]
    [InlineData("by the end of April 2027", "2027-04-30")]
    [InlineData("in 2027", "2027-12-31")]
    [InlineData("by summer", "2026-06-01")]
    [InlineData("this winter", "2027-02-28")]
    [InlineData("in H2", "2026-12-31")]
    public void A_date_or_period_resolves_to_a_calendar_day(string text, string date)
    {
        var deadline = DeadlineParser.Parse(text, Today);

        Assert.NotNull(deadline);
        Assert.Equal(DateOnly.Parse(date), deadline.Date);
        Assert.Null(deadline.Months);
        Assert.Equal(deadline.Date, deadline.Due);
    }

    [Theory]
    [InlineData("100 заказов в месяц")]
    [InlineData("300 orders a month")]
    [InlineData("2 раза в неделю")]
    [InlineData("3 times a week")]
    [InlineData("с 1 марта")]
    [InlineData("from May")]
    [InlineData("в 20 раз")]
    [InlineData("increase sales")]
    [InlineData("over the coming months")]
    [InlineData("we may grow")]
    [InlineData("на 20%")]
    [InlineData("")]
    public void Rates_starts_and_plain_numbers_are_not_deadlines(string text)
    {
        Assert.Null(DeadlineParser.Parse(text, Today));
    }

    [Fact]
    public void A_start_date_does_not_hide_the_deadline_after_it()
    {
        var deadline = DeadlineParser.Parse("с 1 апреля по 30 июня", Today);

        Assert.Equal(new DateOnly(2026, 6, 30), deadline?.Date);
    }

    [Fact]
    public void The_matched_words_are_quoted_as_typed()
    {
        var deadline = DeadlineParser.Parse("Увеличить продажи В Этом Году на 10%", Today);

        Assert.Equal("В Этом Году", deadline?.Matched);
    }

    [Theory]
    [InlineData("2026-03-31", 1)]
    [InlineData("2026-04-15", 1)]
    [InlineData("2026-04-16", 2)]
    [InlineData("2026-12-31", 10)]
    [InlineData("2027-03-01", 12)]
    [InlineData("2026-03-15", 1)]
    [InlineData("2026-03-14", 0)]
    public void The_horizon_counts_calendar_months_rounded_up(string date, int months)
    {
        Assert.Equal(months, DeadlineParser.MonthsUntil(Today, DateOnly.Parse(date)));
    }

    [Fact]
    public void A_duration_is_due_today_plus_its_length()
    {
        Assert.Equal(new DateOnly(2026, 6, 15), DeadlineParser.Parse("за 3 месяца", Today)?.Due);
        Assert.Equal(new DateOnly(2026, 4, 26), DeadlineParser.Parse("in 6 weeks", Today)?.Due);
    }

    [Fact]
    public void A_date_already_past_is_kept_and_marked()
    {
        var deadline = DeadlineParser.Parse("до 31.12.2025", Today);

        Assert.NotNull(deadline);
        Assert.True(deadline.HasPassed);
        Assert.Equal(0, deadline.HorizonMonths);
    }
}
