using System.Globalization;

namespace Coach.Core.Parsing;

/// <summary>
/// Writes numbers back to the user in the conventions of the chat language: "1 125 ₽" and "0,93" in Russian,
/// "1,125 ₽" and "0.93" in English. Whatever it writes, <see cref="NumberParser.TryParse"/> reads back
/// as the same value when at most 2 decimals are shown.
/// </summary>
public static class NumberFormatter
{
    // A plain space rather than the typographic non-breaking one: tests, logs and terminals show it as is.
    private static readonly NumberFormatInfo Russian = NumberFormatInfo.ReadOnly(new NumberFormatInfo
    {
        NumberGroupSeparator = " ",
        NumberDecimalSeparator = ",",
    });

    private static readonly NumberFormatInfo English = NumberFormatInfo.ReadOnly(new NumberFormatInfo
    {
        NumberGroupSeparator = ",",
        NumberDecimalSeparator = ".",
    });

    /// <summary>Formats a value with thousands groups, up to <paramref name="maxDecimals"/> decimals and the unit symbol.</summary>
    /// <param name="value">The value; rounded half away from zero, trailing zero decimals dropped (money with a fraction keeps two: "$7.50").</param>
    /// <param name="lang">"ru" for Russian conventions; anything else (usually "en") gets English ones.</param>
    /// <param name="unit">Adds "%", "₽", "$" or "€" where each language puts it.</param>
    /// <param name="maxDecimals">From 0 to 28.</param>
    /// <returns>For example "1 125 ₽", "$1,125", "€1,125", "40%", "-0,5".</returns>
    public static string Format(decimal value, string lang, NumberUnit unit = NumberUnit.None, int maxDecimals = 2) =>
        Format(value, lang, unit, maxDecimals, money: unit is NumberUnit.Rub or NumberUnit.Usd or NumberUnit.Eur);

    /// <summary>
    /// An amount of money: as <see cref="Format(decimal, string, NumberUnit, int)"/> with two decimals, and a fraction
    /// shown with its cents in full ("$7.50", "687,50 ₽", "687.50" when no currency was written), as a price is written.
    /// </summary>
    public static string Money(decimal value, string lang, NumberUnit currency = NumberUnit.None) => Format(value, lang, currency, 2, money: true);

    private static string Format(decimal value, string lang, NumberUnit unit, int maxDecimals, bool money)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxDecimals);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxDecimals, 28);

        bool russian = lang is not null && lang.StartsWith("ru", StringComparison.OrdinalIgnoreCase);
        decimal rounded = Math.Round(value, maxDecimals, MidpointRounding.AwayFromZero);

        // The sign goes before a currency prefix ("-$5"), so digits are formatted without it; into a buffer on the
        // stack, so a card's every number costs one string (at most 29 digits, their group separators and 28 decimals).
        ReadOnlySpan<char> sign = rounded < 0 ? "-" : "";
        Span<char> buffer = stackalloc char[96];
        var culture = russian ? Russian : English;
        var magnitude = Math.Abs(rounded);

        // Money with a fraction shows its cents in full ("$7.50", "687,50 ₽"), as a price is written; whole sums stay whole.
        var pattern = money && maxDecimals == 2 && magnitude != decimal.Truncate(magnitude) ? Cents : Patterns[maxDecimals];
        ReadOnlySpan<char> digits = magnitude.TryFormat(buffer, out var length, pattern, culture)
            ? buffer[..length]
            : magnitude.ToString(pattern, culture);

        return unit switch
        {
            NumberUnit.Percent => string.Concat(sign, digits, "%"),
            NumberUnit.Rub => string.Concat(sign, digits, " ₽"),
            NumberUnit.Usd => string.Concat(sign, "$", digits),
            NumberUnit.Eur when russian => string.Concat(sign, digits, " €"),
            NumberUnit.Eur => string.Concat(sign, "€", digits),
            _ => string.Concat(sign, digits),
        };
    }

    private const string Cents = "#,0.00";

    // "#,0", "#,0.#", "#,0.##", …: grouped digits and up to that many decimals, trailing zeros dropped.
    private static readonly string[] Patterns = [.. Enumerable.Range(0, 29).Select(decimals => decimals == 0 ? "#,0" : "#,0." + new string('#', decimals))];
}
