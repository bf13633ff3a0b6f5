using System.Globalization;
using Coach.Core.Parsing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Coach.Core.Tests.Parsing;

public class NumberParserTests
{
    [Theory]
    // Plain and grouped integers.
    [InlineData("0", "0", NumberUnit.None)]
    [InlineData("7", "7", NumberUnit.None)]
    [InlineData("90000", "90000", NumberUnit.None)]
    [InlineData("90 000", "90000", NumberUnit.None)]
    [InlineData("  90 000  ", "90000", NumberUnit.None)]
    [InlineData("1 000 000", "1000000", NumberUnit.None)]
    [InlineData("90\u00A0000", "90000", NumberUnit.None)]
    [InlineData("90\u202F000", "90000", NumberUnit.None)]
    [InlineData("90\u2009000", "90000", NumberUnit.None)]
    [InlineData("1\u00A0250\u00A0000", "1250000", NumberUnit.None)]
    [InlineData("1'000", "1000", NumberUnit.None)]
    [InlineData("1\u2019000\u2019000", "1000000", NumberUnit.None)]
    [InlineData("90,000", "90000", NumberUnit.None)]
    [InlineData("1,850", "1850", NumberUnit.None)]
    [InlineData("1,250,000", "1250000", NumberUnit.None)]
    [InlineData("1.250.000", "1250000", NumberUnit.None)]
    // Decimals with either mark.
    [InlineData("1,5", "1.5", NumberUnit.None)]
    [InlineData("1.5", "1.5", NumberUnit.None)]
    [InlineData("12,75", "12.75", NumberUnit.None)]
    [InlineData("0,5", "0.5", NumberUnit.None)]
    [InlineData("0,500", "0.5", NumberUnit.None)]
    [InlineData("0.93", "0.93", NumberUnit.None)]
    [InlineData("1.500", "1.5", NumberUnit.None)]
    [InlineData("1234,567", "1234.567", NumberUnit.None)]
    [InlineData("90 000,50", "90000.5", NumberUnit.None)]
    [InlineData("90 000.50", "90000.5", NumberUnit.None)]
    [InlineData("1,250.50", "1250.5", NumberUnit.None)]
    [InlineData("1.250,50", "1250.5", NumberUnit.None)]
    [InlineData("1,250,000.75", "1250000.75", NumberUnit.None)]
    [InlineData("1'000.5", "1000.5", NumberUnit.None)]
    // Multipliers.
    [InlineData("90k", "90000", NumberUnit.None)]
    [InlineData("90K", "90000", NumberUnit.None)]
    [InlineData("90к", "90000", NumberUnit.None)]
    [InlineData("90 к", "90000", NumberUnit.None)]
    [InlineData("90 К", "90000", NumberUnit.None)]
    [InlineData("90 тыс", "90000", NumberUnit.None)]
    [InlineData("90 тыс.", "90000", NumberUnit.None)]
    [InlineData("90 тысяч", "90000", NumberUnit.None)]
    [InlineData("2 thousand", "2000", NumberUnit.None)]
    [InlineData("1,5 млн", "1500000", NumberUnit.None)]
    [InlineData("1,5млн", "1500000", NumberUnit.None)]
    [InlineData("3 миллиона", "3000000", NumberUnit.None)]
    [InlineData("1,250 млн", "1250000", NumberUnit.None)]
    [InlineData("90к.", "90000", NumberUnit.None)]
    [InlineData("90 000.", "90000", NumberUnit.None)]
    [InlineData("1.5m", "1500000", NumberUnit.None)]
    [InlineData("1.5M", "1500000", NumberUnit.None)]
    [InlineData("1.5 mln", "1500000", NumberUnit.None)]
    [InlineData("2 млрд", "2000000000", NumberUnit.None)]
    [InlineData("1.2bn", "1200000000", NumberUnit.None)]
    // Roubles.
    [InlineData("₽90 000", "90000", NumberUnit.Rub)]
    [InlineData("90 000 ₽", "90000", NumberUnit.Rub)]
    [InlineData("90000₽", "90000", NumberUnit.Rub)]
    [InlineData("90000 руб", "90000", NumberUnit.Rub)]
    [InlineData("90000 руб.", "90000", NumberUnit.Rub)]
    [InlineData("90 000 рублей", "90000", NumberUnit.Rub)]
    [InlineData("1 рубль", "1", NumberUnit.Rub)]
    [InlineData("500 р.", "500", NumberUnit.Rub)]
    [InlineData("500р", "500", NumberUnit.Rub)]
    [InlineData("90 тыс. руб.", "90000", NumberUnit.Rub)]
    [InlineData("90 т.р.", "90000", NumberUnit.Rub)]
    [InlineData("90тр", "90000", NumberUnit.Rub)]
    [InlineData("1,5 млн ₽", "1500000", NumberUnit.Rub)]
    [InlineData("500 RUB", "500", NumberUnit.Rub)]
    // Dollars and euros.
    [InlineData("$1.2k", "1200", NumberUnit.Usd)]
    [InlineData("1.2k$", "1200", NumberUnit.Usd)]
    [InlineData("$1,125", "1125", NumberUnit.Usd)]
    [InlineData("$ 50", "50", NumberUnit.Usd)]
    [InlineData("50 usd", "50", NumberUnit.Usd)]
    [InlineData("50 USD", "50", NumberUnit.Usd)]
    [InlineData("50 долларов", "50", NumberUnit.Usd)]
    [InlineData("50 dollars", "50", NumberUnit.Usd)]
    [InlineData("€50", "50", NumberUnit.Eur)]
    [InlineData("50 EUR", "50", NumberUnit.Eur)]
    [InlineData("50 €", "50", NumberUnit.Eur)]
    [InlineData("50 евро", "50", NumberUnit.Eur)]
    [InlineData("1 125 €", "1125", NumberUnit.Eur)]
    // Percentages.
    [InlineData("20%", "20", NumberUnit.Percent)]
    [InlineData("20 %", "20", NumberUnit.Percent)]
    [InlineData("12,5%", "12.5", NumberUnit.Percent)]
    [InlineData("12.5 процентов", "12.5", NumberUnit.Percent)]
    [InlineData("3 процента", "3", NumberUnit.Percent)]
    [InlineData("40 percent", "40", NumberUnit.Percent)]
    // Negatives, when asked for.
    [InlineData("-5", "-5", NumberUnit.None, true)]
    [InlineData("\u22125", "-5", NumberUnit.None, true)]
    [InlineData("-1 250,5", "-1250.5", NumberUnit.None, true)]
    [InlineData("-$1,125", "-1125", NumberUnit.Usd, true)]
    [InlineData("-12,5%", "-12.5", NumberUnit.Percent, true)]
    [InlineData("+5", "5", NumberUnit.None)]
    [InlineData("1000000000000000", "1000000000000000", NumberUnit.None)]
    public void Accepted_inputs_parse_to_value_and_unit(string text, string expected, NumberUnit unit, bool allowNegative = false)
    {
        bool parsed = NumberParser.TryParse(text, out var number, out var error, allowNegative);

        Assert.True(parsed, $"error {error}");
        Assert.Equal(new ParsedNumber(decimal.Parse(expected, CultureInfo.InvariantCulture), unit), number);
    }

    [Theory]
    [InlineData(null, NumberParseError.Empty)]
    [InlineData("", NumberParseError.Empty)]
    [InlineData("   ", NumberParseError.Empty)]
    [InlineData("\u00A0\n", NumberParseError.Empty)]
    [InlineData("abc", NumberParseError.NotANumber)]
    [InlineData("сто", NumberParseError.NotANumber)]
    [InlineData("NaN", NumberParseError.NotANumber)]
    [InlineData("Infinity", NumberParseError.NotANumber)]
    [InlineData("-Infinity", NumberParseError.NotANumber)]
    [InlineData("1e309", NumberParseError.NotANumber)]
    [InlineData("1e5", NumberParseError.NotANumber)]
    [InlineData("12 34 56", NumberParseError.NotANumber)]
    [InlineData("1 2345", NumberParseError.NotANumber)]
    [InlineData("1234 567", NumberParseError.NotANumber)]
    [InlineData("1,2,3", NumberParseError.NotANumber)]
    [InlineData("1 000,000.5", NumberParseError.NotANumber)]
    [InlineData("5 kg", NumberParseError.NotANumber)]
    [InlineData("1000 trillion", NumberParseError.NotANumber)]
    [InlineData("$", NumberParseError.NotANumber)]
    [InlineData("-", NumberParseError.NotANumber)]
    [InlineData("90 000 рублей в день", NumberParseError.NotANumber)]
    [InlineData("-5", NumberParseError.Negative)]
    [InlineData("-0,5%", NumberParseError.Negative)]
    [InlineData("1000000000000000000000000000000000000000", NumberParseError.TooLarge)]
    [InlineData("1000000000000001", NumberParseError.TooLarge)]
    [InlineData("2000000 млрд", NumberParseError.TooLarge)]
    [InlineData("99999999999999999999999999999999.5", NumberParseError.TooLarge)]
    [InlineData("5 and 7", NumberParseError.MoreThanOneNumber)]
    [InlineData("5 или 7", NumberParseError.MoreThanOneNumber)]
    [InlineData("от 100 до 200 тыс", NumberParseError.MoreThanOneNumber)]
    [InlineData("90 000 на рекламу, 80 клиентов", NumberParseError.MoreThanOneNumber)]
    [InlineData("1-2", NumberParseError.MoreThanOneNumber)]
    public void Rejected_inputs_report_a_clear_error(string? text, NumberParseError expected)
    {
        bool parsed = NumberParser.TryParse(text, out var number, out var error);

        Assert.False(parsed);
        Assert.Equal(expected, error);
        Assert.Equal(default, number);
    }

    [Fact]
    public void Negative_numbers_parse_only_when_allowed()
    {
        Assert.False(NumberParser.TryParse("-5", out _, out var refused));
        Assert.True(NumberParser.TryParse("-5", out var number, out var accepted, allowNegative: true));

        Assert.Equal(NumberParseError.Negative, refused);
        Assert.Equal(NumberParseError.None, accepted);
        Assert.Equal(-5m, number.Value);
    }

    [Theory]
    [InlineData("spent $1.2k on ads, 37 sales from 1,850 visitors", "1200 Usd; 37; 1850")]
    [InlineData("потратили 90 000 на рекламу, пришло 80 клиентов", "90000; 80")]
    [InlineData("конверсия 2,5% из 1 000 000 показов", "2.5 Percent; 1000000")]
    [InlineData("за 3 месяца", "3")]
    [InlineData("средний чек 1 125 ₽, маржа 40%", "1125 Rub; 40 Percent")]
    [InlineData("бюджет 1,5 млн руб. в месяц", "1500000 Rub")]
    [InlineData("CAC was €50 and LTV 1.2k EUR", "50 Eur; 1200 Eur")]
    [InlineData("в 2024 100 заявок", "2024; 100")]
    [InlineData("цены 1,2,3 рубля", "1; 2; 3")]
    [InlineData("прибыль упала на -5%, было 12.5", "-5 Percent; 12.5")]
    [InlineData("covid19 and v1.2 are not numbers, 7 is", "7")]
    [InlineData("от 100 до 200 тыс", "100; 200000")]
    [InlineData("5 kg of 10 items", "5; 10")]
    [InlineData("10-20 клиентов в день", "10; 20")]
    [InlineData("ничего", "")]
    [InlineData("", "")]
    public void Sentences_yield_every_number_in_order(string sentence, string expected)
    {
        var found = NumberParser.FindAll(sentence).Select(m => m.Number).ToList();

        var wanted = expected.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(item => item.Split(' '))
            .Select(parts => new ParsedNumber(
                decimal.Parse(parts[0], CultureInfo.InvariantCulture),
                parts.Length > 1 ? Enum.Parse<NumberUnit>(parts[1]) : NumberUnit.None))
            .ToList();
        Assert.Equal(wanted, found);
    }

    [Fact]
    public void Matches_report_their_character_span()
    {
        const string sentence = "spent $1.2k on ads, 37 sales from 1,850 visitors, 90 000 ₽ total";

        var spans = NumberParser.FindAll(sentence).Select(m => sentence.Substring(m.Start, m.Length));

        Assert.Equal(["$1.2k", "37", "1,850", "90 000 ₽"], spans);
    }

    [Fact]
    public void Null_text_finds_nothing()
    {
        Assert.Empty(NumberParser.FindAll(null));
    }

    // Magnitudes up to 1e12 with 0, 1 or 2 decimals, spread over every digit count so small values appear too.
    private static readonly Gen<decimal> Amounts =
        from high in Gen.Choose(0, 999_999)
        from low in Gen.Choose(0, 999_999)
        from digits in Gen.Choose(0, 12)
        from cents in Gen.Choose(0, 99)
        from scale in Gen.Elements(0, 1, 2)
        from negative in Gen.Elements(false, true)
        let whole = (high * 1_000_000m + low) / Pow10(12 - digits)
        let value = decimal.Truncate(whole) + decimal.Round(cents / 100m, scale, MidpointRounding.ToZero)
        select negative ? -value : value;

    [Property(MaxTest = 500)]
    public Property Formatted_numbers_parse_back_to_the_same_value() =>
        Prop.ForAll(Amounts.ToArbitrary(), value =>
            RoundTrips(value, "ru", NumberUnit.None) && RoundTrips(value, "en", NumberUnit.None));

    [Property(MaxTest = 300)]
    public Property Formatted_amounts_keep_their_unit_when_parsed_back() =>
        Prop.ForAll(Amounts.ToArbitrary(), Gen.Elements(Enum.GetValues<NumberUnit>()).ToArbitrary(), (value, unit) =>
            RoundTrips(value, "ru", unit) && RoundTrips(value, "en", unit));

    [Property]
    public bool Parsing_never_throws_on_any_text(string? text)
    {
        NumberParser.TryParse(text, out _, out _, allowNegative: true);
        NumberParser.FindAll(text);
        return true;
    }

    [Property]
    public bool Non_negative_formatted_numbers_parse_without_allow_negative(decimal value)
    {
        decimal amount = decimal.Round(Math.Abs(value) % 1_000_000_000_000m, 2);
        return NumberParser.TryParse(NumberFormatter.Format(amount, "ru"), out var number, out _)
            && number.Value == amount;
    }

    private static bool RoundTrips(decimal value, string lang, NumberUnit unit)
    {
        string text = NumberFormatter.Format(value, lang, unit);
        return NumberParser.TryParse(text, out var number, out var error, allowNegative: true)
            && error == NumberParseError.None
            && number == new ParsedNumber(value, unit);
    }

    private static decimal Pow10(int exponent)
    {
        decimal result = 1m;
        for (int i = 0; i < exponent; i++)
        {
            result *= 10m;
        }

        return result;
    }
}
