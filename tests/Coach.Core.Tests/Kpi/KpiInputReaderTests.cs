using Coach.Core.Domain.Kpi;
using Coach.Core.Parsing;

namespace Coach.Core.Tests.Kpi;

public class KpiInputReaderTests
{
    private static readonly KpiInput Spend = new("spend", KpiInputKind.Money) { Many = true };
    private static readonly KpiInput Customers = new("customers", KpiInputKind.Count) { Positive = true };

    [Theory]
    [InlineData("30 000 + 25 000 + 15 000 + 20 000", 90_000, 4)]
    [InlineData("30k, 25k; 15k", 70_000, 3)]
    [InlineData("90 000", 90_000, 1)]
    [InlineData("1,5 млн", 1_500_000, 1)]
    [InlineData("90 000,50", 90_000.50, 1)]
    public void Several_amounts_are_added_up(string text, double total, int parts)
    {
        Assert.True(KpiInputReader.TryRead(Spend, text, out var value, out _));
        Assert.Equal((decimal)total, value.Amount);
        Assert.Equal(parts, value.Parts.Count);
    }

    [Fact]
    public void A_currency_typed_with_money_is_kept()
    {
        KpiInputReader.TryRead(Spend, "$1.2k", out var value, out _);

        Assert.Equal(NumberUnit.Usd, value.Currency);
        Assert.Equal(1200m, value.Amount);
    }

    [Theory]
    [InlineData("-5", "negative")]
    [InlineData("0", "zero")]
    [InlineData("2.5", "whole")]
    [InlineData("abc", "notanumber")]
    [InlineData("1e309", "notanumber")]
    [InlineData("1234567890123456789012345678901234567890", "toolarge")]
    [InlineData("5 and 7", "one_number")]
    public void A_bad_count_gives_a_problem_code(string text, string code)
    {
        Assert.False(KpiInputReader.TryRead(Customers, text, out _, out var problem));
        Assert.Equal(code, problem);
    }

    [Theory]
    [InlineData("2/week", 2, Period.Week)]
    [InlineData("2 a week", 2, Period.Week)]
    [InlineData("2 раза в неделю", 2, Period.Week)]
    [InlineData("раз в месяц", 1, Period.Month)]
    [InlineData("twice a month", 2, Period.Month)]
    [InlineData("24 в год", 24, Period.Year)]
    [InlineData("3 per day", 3, Period.Day)]
    [InlineData("1,5/мес", 1.5, Period.Month)]
    public void Frequencies_are_read_in_both_languages(string text, double amount, Period period)
    {
        Assert.True(KpiInputReader.TryRead(new KpiInput("frequency", KpiInputKind.Rate), text, out var value, out _), text);
        Assert.Equal((decimal)amount, value.Amount);
        Assert.Equal(period, value.Per);
    }

    [Theory]
    [InlineData("1y", 1, Period.Year)]
    [InlineData("1 year", 1, Period.Year)]
    [InlineData("год", 1, Period.Year)]
    [InlineData("2 года", 2, Period.Year)]
    [InlineData("12 месяцев", 12, Period.Month)]
    [InlineData("52 weeks", 52, Period.Week)]
    [InlineData("6 mo", 6, Period.Month)]
    [InlineData("a quarter", 1, Period.Quarter)]
    public void Durations_are_read_in_both_languages(string text, double amount, Period period)
    {
        Assert.True(KpiInputReader.TryRead(new KpiInput("period", KpiInputKind.Duration), text, out var value, out _), text);
        Assert.Equal((decimal)amount, value.Amount);
        Assert.Equal(period, value.Per);
    }

    [Theory]
    [InlineData("every blue moon")]
    [InlineData("2")]
    [InlineData("0/week")]
    public void Nonsense_frequencies_are_refused(string text)
    {
        Assert.False(KpiInputReader.TryRead(new KpiInput("frequency", KpiInputKind.Rate), text, out _, out _));
    }

    [Theory]
    [InlineData("1208.33", 1208.33)]
    [InlineData("14 500 a year", 1208.3333333333333333333333333)]
    [InlineData("14 500 в год", 1208.3333333333333333333333333)]
    [InlineData("3 000 в квартал", 1000)]
    public void Profit_per_month_accepts_a_yearly_or_quarterly_figure(string text, double monthly)
    {
        Assert.True(KpiInputReader.TryRead(new KpiInput("monthly_profit", KpiInputKind.MonthlyMoney) { Positive = true }, text, out var value, out _), text);
        Assert.Equal(Math.Round((decimal)monthly, 6), Math.Round(value.Amount, 6));
    }

    [Theory]
    [InlineData(1, "one")]
    [InlineData(2, "few")]
    [InlineData(5, "many")]
    [InlineData(11, "many")]
    [InlineData(21, "one")]
    [InlineData(22, "few")]
    [InlineData(52, "few")]
    [InlineData(112, "many")]
    [InlineData(1.5, "few")]
    public void Russian_period_words_take_the_right_plural(double amount, string form)
    {
        Assert.Equal(form, Coach.Core.Flows.Kpi.KpiText.PluralForm((decimal)amount, "ru"));
    }
}
