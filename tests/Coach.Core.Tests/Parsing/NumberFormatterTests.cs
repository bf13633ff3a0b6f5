using System.Globalization;
using Coach.Core.Parsing;

namespace Coach.Core.Tests.Parsing;

public class NumberFormatterTests
{
    [Theory]
    [InlineData("0", "ru", NumberUnit.None, 2, "0")]
    [InlineData("79228162514264337593543950335", "en", NumberUnit.Usd, 0, "$79,228,162,514,264,337,593,543,950,335")]
    [InlineData("-0.0000000000000000000000000001", "ru", NumberUnit.Rub, 28, "-0,0000000000000000000000000001 ₽")]
    [InlineData("0", "en", NumberUnit.None, 2, "0")]
    [InlineData("999", "ru", NumberUnit.None, 2, "999")]
    [InlineData("1125", "ru", NumberUnit.None, 2, "1 125")]
    [InlineData("1125", "en", NumberUnit.None, 2, "1,125")]
    [InlineData("29120", "ru", NumberUnit.None, 2, "29 120")]
    [InlineData("1000000", "ru", NumberUnit.None, 2, "1 000 000")]
    [InlineData("1000000", "en", NumberUnit.None, 2, "1,000,000")]
    [InlineData("0.93", "ru", NumberUnit.None, 2, "0,93")]
    [InlineData("0.93", "en", NumberUnit.None, 2, "0.93")]
    [InlineData("1125.00", "en", NumberUnit.None, 2, "1,125")]
    [InlineData("1125.50", "ru", NumberUnit.None, 2, "1 125,5")]
    [InlineData("1250.75", "en", NumberUnit.None, 2, "1,250.75")]
    [InlineData("2.345", "en", NumberUnit.None, 2, "2.35")]
    [InlineData("-2.345", "en", NumberUnit.None, 2, "-2.35")]
    [InlineData("2.344", "ru", NumberUnit.None, 2, "2,34")]
    [InlineData("0.5", "en", NumberUnit.None, 0, "1")]
    [InlineData("2.5", "ru", NumberUnit.None, 0, "3")]
    [InlineData("0.12345", "en", NumberUnit.None, 4, "0.1235")]
    [InlineData("-0.001", "en", NumberUnit.None, 2, "0")]
    [InlineData("-1250.5", "ru", NumberUnit.None, 2, "-1 250,5")]
    [InlineData("40", "ru", NumberUnit.Percent, 2, "40%")]
    [InlineData("40", "en", NumberUnit.Percent, 2, "40%")]
    [InlineData("12.5", "ru", NumberUnit.Percent, 2, "12,5%")]
    [InlineData("1125", "ru", NumberUnit.Rub, 2, "1 125 ₽")]
    [InlineData("1125", "en", NumberUnit.Rub, 2, "1,125 ₽")]
    [InlineData("1125", "ru", NumberUnit.Usd, 2, "$1 125")]
    [InlineData("1125", "en", NumberUnit.Usd, 2, "$1,125")]
    [InlineData("-1125", "en", NumberUnit.Usd, 2, "-$1,125")]
    [InlineData("1125", "en", NumberUnit.Eur, 2, "€1,125")]
    [InlineData("1125", "ru", NumberUnit.Eur, 2, "1 125 €")]
    [InlineData("7.5", "en", NumberUnit.Usd, 2, "$7.50")]
    [InlineData("687.5", "ru", NumberUnit.Rub, 2, "687,50 ₽")]
    [InlineData("-0.5", "en", NumberUnit.Eur, 2, "-€0.50")]
    [InlineData("1200.504", "en", NumberUnit.Rub, 2, "1,200.50 ₽")]
    [InlineData("7.5", "en", NumberUnit.Usd, 1, "$7.5")]
    [InlineData("7.999", "en", NumberUnit.Usd, 2, "$8")]
    [InlineData("7.5", "en", NumberUnit.None, 2, "7.5")]
    [InlineData("1125", "RU-ru", NumberUnit.None, 2, "1 125")]
    [InlineData("1125", "de", NumberUnit.None, 2, "1,125")]
    public void Values_are_written_in_the_chat_language(string value, string lang, NumberUnit unit, int maxDecimals, string expected)
    {
        decimal number = decimal.Parse(value, CultureInfo.InvariantCulture);

        Assert.Equal(expected, NumberFormatter.Format(number, lang, unit, maxDecimals));
    }

    [Theory]
    [InlineData("687.5", "en", NumberUnit.None, "687.50")]
    [InlineData("687.5", "ru", NumberUnit.None, "687,50")]
    [InlineData("687.5", "ru", NumberUnit.Rub, "687,50 ₽")]
    [InlineData("1125", "en", NumberUnit.None, "1,125")]
    [InlineData("0.126", "en", NumberUnit.Usd, "$0.13")]
    [InlineData("-12.3", "en", NumberUnit.None, "-12.30")]
    public void Money_keeps_its_cents_with_or_without_a_currency(string value, string lang, NumberUnit currency, string expected) =>
        Assert.Equal(expected, NumberFormatter.Money(decimal.Parse(value, CultureInfo.InvariantCulture), lang, currency));

    [Fact]
    public void Default_arguments_give_two_decimals_and_no_unit()
    {
        Assert.Equal("3,14", NumberFormatter.Format(3.14159m, "ru"));
    }

    [Fact]
    public void The_thousands_separator_is_a_plain_space_in_russian()
    {
        Assert.DoesNotContain('\u00A0', NumberFormatter.Format(1_000_000m, "ru", NumberUnit.Rub));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(29)]
    public void Impossible_decimal_counts_are_refused(int maxDecimals)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => NumberFormatter.Format(1m, "en", NumberUnit.None, maxDecimals));
    }
}
