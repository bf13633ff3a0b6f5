namespace Coach.Core.Parsing;

/// <summary>The unit a user attached to a number, by symbol ("₽", "$", "%") or by word ("руб", "usd").</summary>
public enum NumberUnit
{
    None,
    Percent,
    Rub,
    Usd,
    Eur,
}

/// <summary>Why <see cref="NumberParser.TryParse"/> refused a text; the dialogue picks its re-ask wording from it.</summary>
public enum NumberParseError
{
    /// <summary>The text parsed.</summary>
    None,

    /// <summary>Nothing but whitespace was typed.</summary>
    Empty,

    /// <summary>No number, a malformed one ("12 34 56") or a number buried in other words.</summary>
    NotANumber,

    /// <summary>A negative number where only non-negative ones make sense.</summary>
    Negative,

    /// <summary>The magnitude exceeds <see cref="NumberParser.MaxMagnitude"/>.</summary>
    TooLarge,

    /// <summary>Two or more numbers where one was asked for ("5 and 7").</summary>
    MoreThanOneNumber,
}

/// <summary>A number typed by a user: the value with every multiplier ("k", "млн") applied, and its unit.</summary>
/// <param name="Value">The value; "1,5 млн" gives 1 500 000.</param>
/// <param name="Unit">The unit written next to the number, or <see cref="NumberUnit.None"/>.</param>
public readonly record struct ParsedNumber(decimal Value, NumberUnit Unit);

/// <summary>A number found inside free text by <see cref="NumberParser.FindAll"/>.</summary>
/// <param name="Number">The parsed number.</param>
/// <param name="Start">Index of its first character (a sign or a currency prefix included).</param>
/// <param name="Length">Characters it covers, its multiplier and unit words included.</param>
public readonly record struct NumberMatch(ParsedNumber Number, int Start, int Length);
