using System.Globalization;

namespace Coach.Core.Parsing;

/// <summary>
/// Reads money, counts and percentages the way people type them on a phone, in Russian or English:
/// "90 000", "90,000", "1,5 млн", "$1.2k", "12,5%", "90 тыс. руб.". Never throws and never uses double.
/// </summary>
/// <remarks>
/// Separators: spaces (ordinary, non-breaking, thin) and apostrophes only ever group thousands, and only
/// when every group after them has exactly 3 digits, so "90 000 на рекламу, пришло 80" stays two numbers.
/// When both "," and "." appear, the last one is the decimal mark. A lone comma followed by exactly
/// 3 digits is a thousands separator ("1,850"), otherwise a decimal mark ("1,5", "12,75", "0,500"), and
/// so is any lone comma before a multiplier ("1,250 млн" is 1.25 million).
/// A lone dot is a decimal mark in English ("1.125" is 1.125). In Russian, where the decimal mark is the
/// comma, a lone dot followed by exactly 3 digits groups thousands like the comma does ("90.000" is 90 000),
/// so callers that know the conversation's language pass it; without one the English reading is used.
/// </remarks>
public static class NumberParser
{
    /// <summary>Larger magnitudes are typos or mischief; staying below keeps decimal arithmetic far from overflow.</summary>
    public const decimal MaxMagnitude = 1_000_000_000_000_000m;

    // More integer digits than this cannot be under MaxMagnitude even before a multiplier.
    private const int MaxIntegerDigits = 16;

    // The words come from Parsing/Words/numbers_*.json; every language's are read, as people mix them ("90k руб").
    private static readonly (string Token, decimal Value)[] Multipliers = WordTables.Numbers.Values
        .SelectMany(t => t.Multipliers.SelectMany(m => m.Value.Select(w => (w, decimal.Parse(m.Key, CultureInfo.InvariantCulture)))))
        .Distinct().ToArray();

    private static readonly (string Token, NumberUnit Value)[] Units = WordTables.Numbers.Values
        .SelectMany(t => t.Units.SelectMany(u => u.Value.Select(w => (w, u.Key))))
        .Distinct().ToArray();

    // "к" is "thousand" in "90к" and "90 к", and "by" in "480 к июню".
    private static readonly Dictionary<string, string[]> PrepositionMultipliers = WordTables.Numbers.Values
        .SelectMany(t => t.PrepositionMultipliers ?? []).ToDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase);

    // "90 т.р." and "90тр" are the usual Russian shorthand for "thousand roubles".
    private static readonly (string Token, decimal Value)[] ThousandRoubles = WordTables.Numbers.Values
        .SelectMany(t => t.ThousandRoubles.Select(w => (w, 1e3m))).Distinct().ToArray();

    // "тысяч 5", "миллиона 2": a multiplier said first, as people give a rough figure.
    private static readonly (string Token, decimal Value)[] MultipliersFirst = WordTables.Numbers.Values
        .SelectMany(t => t.MultipliersFirst.Select(w => (w, t.Multipliers.First(m => m.Value.Contains(w)).Key)))
        .Select(x => (x.w, decimal.Parse(x.Key, CultureInfo.InvariantCulture)))
        .Distinct().ToArray();

    private enum Status { Ok, BadLiteral, TooLarge }

    private readonly record struct Literal(List<string> Groups, List<int> GroupStarts, List<char> Separators, int End);

    private readonly record struct Candidate(Status Status, decimal Value, NumberUnit Unit, int Start, int End, Literal Literal);

    /// <summary>Parses the whole text as one number; surrounding whitespace is ignored.</summary>
    /// <param name="text">What the user typed.</param>
    /// <param name="number">The number when the text parsed, otherwise default.</param>
    /// <param name="error">Why the text did not parse, or <see cref="NumberParseError.None"/>.</param>
    /// <param name="allowNegative">When false, "-5" is refused with <see cref="NumberParseError.Negative"/>.</param>
    /// <param name="language">The conversation's language (<see cref="Dialogue.Languages"/>); Russian reads "90.000" as 90 000.</param>
    /// <returns>True when the text is exactly one number.</returns>
    public static bool TryParse(string? text, out ParsedNumber number, out NumberParseError error, bool allowNegative = false, string? language = null)
    {
        number = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = NumberParseError.Empty;
            return false;
        }

        try
        {
            error = ParseWhole(text.Trim(), allowNegative, language, out number);
        }
        catch (OverflowException)
        {
            (number, error) = (default, NumberParseError.TooLarge);
        }

        return error == NumberParseError.None;
    }

    /// <summary>
    /// Finds every number in free text, in order, with its span. Numbers over <see cref="MaxMagnitude"/> are skipped.
    /// </summary>
    /// <param name="text">A sentence such as "потратили 90 000 на рекламу, пришло 80 клиентов".</param>
    /// <param name="language">The conversation's language; Russian reads "90.000" as 90 000.</param>
    /// <returns>The numbers found; empty for null or number-free text.</returns>
    public static IReadOnlyList<NumberMatch> FindAll(string? text, string? language = null)
    {
        var found = new List<NumberMatch>();
        if (string.IsNullOrEmpty(text))
        {
            return found;
        }

        bool dotGroups = DotGroups(language);
        try
        {
            for (int i = 0; i < text.Length; i++)
            {
                if (!CanStartAt(text, i) || MatchAt(text, i, dotGroups) is not { } candidate)
                {
                    continue;
                }

                if (candidate.Status == Status.Ok)
                {
                    found.Add(new(new(candidate.Value, candidate.Unit), candidate.Start, candidate.End - candidate.Start));
                }
                else if (candidate.Status == Status.BadLiteral)
                {
                    AddGroupsSeparately(candidate.Literal, found);
                }

                i = candidate.End - 1;
            }
        }
        catch (OverflowException)
        {
            // Unreachable with the magnitude cap, but a partial answer beats an exception in a chat.
        }

        return found;
    }

    private static NumberParseError ParseWhole(string text, bool allowNegative, string? language, out ParsedNumber number)
    {
        number = default;
        if (MatchAt(text, 0, DotGroups(language)) is not { } candidate)
        {
            return FindAll(text, language).Count >= 2 ? NumberParseError.MoreThanOneNumber : NumberParseError.NotANumber;
        }

        // People end a reply with a full stop ("90 тыс. руб.", "90к.") without it being part of the number.
        if (candidate.End == text.Length - 1 && text[^1] == '.')
        {
            candidate = candidate with { End = text.Length };
        }

        if (candidate.End < text.Length)
        {
            // "12 34 56": digits that only failed to group are one malformed number, not several.
            bool badGrouping = IsGroupSpace(text[candidate.End])
                && candidate.End + 1 < text.Length && char.IsAsciiDigit(text[candidate.End + 1]);
            return !badGrouping && FindAll(text, language).Count >= 2 ? NumberParseError.MoreThanOneNumber : NumberParseError.NotANumber;
        }

        var error = candidate.Status switch
        {
            Status.BadLiteral => NumberParseError.NotANumber,
            Status.TooLarge => NumberParseError.TooLarge,
            _ when candidate.Value < 0 && !allowNegative => NumberParseError.Negative,
            _ => NumberParseError.None,
        };
        number = error == NumberParseError.None ? new ParsedNumber(candidate.Value, candidate.Unit) : default;
        return error;
    }

    private static bool DotGroups(string? language) => language == Dialogue.Languages.Russian;

    private static Candidate? MatchAt(string s, int start, bool dotGroups)
    {
        int i = start;
        bool negative = ReadSign(s, ref i);
        NumberUnit unit = i < s.Length ? PrefixUnit(s[i]) : NumberUnit.None;
        if (unit != NumberUnit.None)
        {
            // The sign may sit on either side of the currency: "-$5" and "$-5".
            i = Skip(s, i + 1, IsInlineSpace);
            negative = negative || ReadSign(s, ref i);
        }

        if (i >= s.Length || !char.IsAsciiDigit(s[i]))
        {
            return null;
        }

        var literal = ScanLiteral(s, i);
        int end = literal.End;
        decimal factor = 1m;
        int next = Skip(s, end, IsInlineSpace);
        if (unit == NumberUnit.None && MatchToken(s, next, ThousandRoubles) is { } thousandRoubles)
        {
            (factor, unit, end) = (thousandRoubles.Value, NumberUnit.Rub, next + thousandRoubles.Length);
        }
        else
        {
            if (MultiplierAfter(s, end) is var (multiplied, multiplierEnd))
            {
                (factor, end) = (multiplied, multiplierEnd);
                next = Skip(s, end, IsInlineSpace);
            }

            if (MatchToken(s, next, Units) is { } suffix && (unit == NumberUnit.None || unit == suffix.Value))
            {
                (unit, end) = (suffix.Value, next + suffix.Length);
            }
        }

        if (factor == 1m && MultiplierFirst(s, start) is { } first)
        {
            factor = first;
        }

        var (status, value) = Evaluate(literal, factor, dotGroups);
        return new Candidate(status, negative ? -value : value, unit, start, end, literal);
    }

    /// <summary>
    /// The multiplier word after a number that ends at <paramref name="end"/> ("90к", "5 тысяч", "полтора ляма" for the
    /// phrase reader's number words): its factor and where it ends; null when there is none or it is the preposition
    /// ("480 к июню").
    /// </summary>
    internal static (decimal Factor, int End)? MultiplierAfter(string s, int end)
    {
        int next = Skip(s, end, IsInlineSpace);
        return MatchToken(s, next, Multipliers) is { } multiplier && !IsPreposition(s, end, next, multiplier.Length)
            ? (multiplier.Value, next + multiplier.Length)
            : null;
    }

    // A multiplier that is also a preposition, apart from the number and followed by a number or a word it takes:
    // "480 к июню", "300 к 1 марта" ("480к", "480 к." and "5 к человек" stay thousands).
    private static bool IsPreposition(string s, int end, int at, int length)
    {
        if (at == end || !PrepositionMultipliers.TryGetValue(s.Substring(at, length), out var takes))
        {
            return false;
        }

        int after = Skip(s, at + length, IsInlineSpace);
        if (after == at + length || after >= s.Length)
        {
            return false;
        }

        var rest = s.AsSpan(after);
        if (char.IsAsciiDigit(rest[0]))
        {
            return true;
        }

        foreach (var word in takes)
        {
            if (rest.StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // The multiplier word right before the number ("тысяч 5"), when no number comes before that word ("5 тысяч 300" is
    // 5 000 and 300).
    private static decimal? MultiplierFirst(string s, int start)
    {
        int end = start;
        while (end > 0 && IsInlineSpace(s[end - 1]))
        {
            end--;
        }

        int begin = end;
        while (begin > 0 && char.IsLetter(s[begin - 1]))
        {
            begin--;
        }

        if (begin == end || end == start)
        {
            return null;
        }

        string word = s[begin..end].ToLowerInvariant();
        int before = begin;
        while (before > 0 && IsInlineSpace(s[before - 1]))
        {
            before--;
        }

        return before > 0 && char.IsAsciiDigit(s[before - 1]) ? null
            : MultipliersFirst.Where(m => m.Token == word).Select(m => (decimal?)m.Value).FirstOrDefault();
    }

    private static Literal ScanLiteral(string s, int i)
    {
        int end = Skip(s, i, char.IsAsciiDigit);
        var groups = new List<string> { s[i..end] };
        var starts = new List<int> { i };
        var separators = new List<char>();
        bool sawMark = false;
        while (end + 1 < s.Length && IsSeparator(s[end]) && char.IsAsciiDigit(s[end + 1]))
        {
            char separator = s[end];
            int groupEnd = Skip(s, end + 1, char.IsAsciiDigit);
            // Nobody writes a leading zero before a thousands group: "0 280" is two numbers, not 280.
            if (!IsMark(separator) && (groupEnd - end - 1 != 3 || sawMark || groups[0].Length > 3 || groups[0][0] == '0'))
            {
                break;
            }

            sawMark |= IsMark(separator);
            separators.Add(IsMark(separator) ? separator : IsGroupSpace(separator) ? ' ' : '\'');
            groups.Add(s[(end + 1)..groupEnd]);
            starts.Add(end + 1);
            end = groupEnd;
        }

        return new Literal(groups, starts, separators, end);
    }

    // Decides which separator, if any, is the decimal mark, then checks the thousands grouping.
    private static (Status Status, decimal Value) Evaluate(Literal literal, decimal factor, bool dotGroups)
    {
        var groups = literal.Groups;
        var separators = literal.Separators;
        char? decimalMark = null;
        if (separators.Count > 0 && IsMark(separators[^1]) && separators.IndexOf(separators[^1]) == separators.Count - 1)
        {
            // A multiplier is how people avoid writing thousands groups, so "1,250 млн" is 1.25 million.
            bool lonelyThousands = separators.Count == 1 && (separators[0] == ',' || (dotGroups && separators[0] == '.')) && factor == 1m
                && groups[1].Length == 3 && groups[0].Length <= 3 && groups[0][0] != '0';
            decimalMark = lonelyThousands ? null : separators[^1];
        }

        int thousands = decimalMark is null ? separators.Count : separators.Count - 1;
        if (!WellGrouped(groups, separators, thousands))
        {
            return (Status.BadLiteral, 0m);
        }

        // The digits of the groups, then the fraction, in one buffer (this runs for every number of every message).
        var length = decimalMark is null ? 0 : groups[^1].Length + 1;
        for (var g = 0; g <= thousands; g++)
        {
            length += groups[g].Length;
        }

        Span<char> buffer = length <= 128 ? stackalloc char[128] : new char[length];
        var at = 0;
        for (var g = 0; g <= thousands; g++)
        {
            groups[g].CopyTo(buffer[at..]);
            at += groups[g].Length;
        }

        // Leading zeros do not count as digits; all zeros read as one "0".
        var start = buffer[..at].IndexOfAnyExcept('0');
        start = start < 0 ? at - 1 : start;
        if (at - start > MaxIntegerDigits)
        {
            return (Status.TooLarge, 0m);
        }

        if (decimalMark is not null)
        {
            buffer[at++] = '.';
            groups[^1].CopyTo(buffer[at..]);
            at += groups[^1].Length;
        }

        if (!decimal.TryParse(buffer[start..at], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal value))
        {
            return (Status.BadLiteral, 0m);
        }

        value *= factor;
        return Math.Abs(value) > MaxMagnitude ? (Status.TooLarge, 0m) : (Status.Ok, value);
    }

    // Thousands groups: the same separator each time, at most three digits first, then exactly three.
    private static bool WellGrouped(List<string> groups, List<char> separators, int thousands)
    {
        if (thousands == 0)
        {
            return true;
        }

        if (groups[0].Length > 3)
        {
            return false;
        }

        for (var g = 1; g <= thousands; g++)
        {
            if (separators[g - 1] != separators[0] || groups[g].Length != 3)
            {
                return false;
            }
        }

        return true;
    }

    // A list such as "1,2,3" is not one malformed number inside a sentence but three small ones.
    private static void AddGroupsSeparately(Literal literal, List<NumberMatch> found)
    {
        for (int g = 0; g < literal.Groups.Count; g++)
        {
            string group = literal.Groups[g];
            if (group.TrimStart('0').Length <= MaxIntegerDigits
                && decimal.TryParse(group, NumberStyles.None, CultureInfo.InvariantCulture, out decimal value))
            {
                found.Add(new(new(value, NumberUnit.None), literal.GroupStarts[g], group.Length));
            }
        }
    }

    // Longest token wins so "тыс." beats "тыс"; a word token must end at a word boundary so "5 kg" is not 5000.
    private static (T Value, int Length)? MatchToken<T>(string s, int at, (string Token, T Value)[] tokens)
    {
        (T Value, int Length)? best = null;
        foreach (var (token, value) in tokens)
        {
            int after = at + token.Length;
            bool matches = after <= s.Length
                && s.AsSpan(at, token.Length).Equals(token, StringComparison.OrdinalIgnoreCase)
                && (!char.IsLetter(token[^1]) || after == s.Length || !char.IsLetterOrDigit(s[after]));
            if (matches && token.Length > (best?.Length ?? 0))
            {
                best = (value, token.Length);
            }
        }

        return best;
    }

    // Inside a sentence a number must not start mid-word ("covid19", "v1.2") or mid-range ("1-2" is not -2).
    private static bool CanStartAt(string s, int i)
    {
        char c = s[i];
        bool opens = char.IsAsciiDigit(c) || IsSign(c) || PrefixUnit(c) != NumberUnit.None;
        return opens && (i == 0 || (!char.IsLetterOrDigit(s[i - 1])
            && !(char.IsAsciiDigit(c) && IsMark(s[i - 1]) && i >= 2 && char.IsLetterOrDigit(s[i - 2]))));
    }

    private static NumberUnit PrefixUnit(char c) =>
        c switch { '₽' => NumberUnit.Rub, '$' => NumberUnit.Usd, '€' => NumberUnit.Eur, _ => NumberUnit.None };

    private static bool ReadSign(string s, ref int i) => i < s.Length && IsSign(s[i]) && s[i++] != '+';

    private static int Skip(string s, int i, Func<char, bool> skipped)
    {
        while (i < s.Length && skipped(s[i]))
        {
            i++;
        }

        return i;
    }

    private static bool IsInlineSpace(char c) => char.IsWhiteSpace(c) && c is not ('\n' or '\r');

    private static bool IsSign(char c) => c is '-' or '+' or '\u2212';

    private static bool IsMark(char c) => c is ',' or '.';

    private static bool IsGroupSpace(char c) => c is ' ' or '\u00A0' or '\u2007' or '\u2008' or '\u2009' or '\u200A' or '\u202F';

    private static bool IsSeparator(char c) => IsMark(c) || IsGroupSpace(c) || c is '\'' or '\u2019';
}
