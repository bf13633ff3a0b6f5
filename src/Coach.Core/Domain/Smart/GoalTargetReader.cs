using System.Text.RegularExpressions;
using Coach.Core.Parsing;

namespace Coach.Core.Domain.Smart;

/// <summary>The number a goal aims at, as <see cref="GoalTargetReader"/> read it.</summary>
/// <param name="Value">The magnitude written, or the percent change a multiplier means ("в 2 раза" → 100).</param>
/// <param name="IsPercent">The value is in percent.</param>
/// <param name="Kind">A value to reach or a change.</param>
/// <param name="TextBaseline">The goal's own starting point, "с 200 до 300" / "from 200 to 300" → 200.</param>
/// <param name="Span">Where the number stands (null for a multiplier word such as "вдвое").</param>
internal sealed record GoalTarget(decimal Value, bool IsPercent, TargetKind Kind, decimal? TextBaseline, TextSpan? Span = null);

/// <summary>What the reader found: the target (or null), the direction, and every span holding a goal number.</summary>
internal sealed record TargetReading(GoalTarget? Target, GoalDirection Direction, IReadOnlyList<TextSpan> NumberSpans);

/// <summary>
/// Reads the target of a goal from its numbers, ignoring every number inside a time expression ("за 3 месяца",
/// "в 2027 году", "до 1 марта"). Which number is the target, in order of preference: a percent change ("на 20%",
/// "by 20%", "+20%", "20% more"), a multiplier ("в 2 раза", "вдвое", "double", "3x"), a value after "до"/"to",
/// any other percent, an absolute change ("на 50 заказов", "50 more leads"), then the first remaining number.
/// A number after "с"/"from" followed by a "до"/"to" value is the goal's own baseline, not its target.
/// A percent is a level ("конверсию до 3%") only for metrics that are themselves percentages; otherwise a change.
/// </summary>
internal static partial class GoalTargetReader
{
    private enum Hint { None, Change, Level, From }

    private sealed record Candidate(decimal Value, bool IsPercent, Hint Hint, TextSpan Span);

    public static TargetReading Read(string normalized, IReadOnlyList<TextSpan> timeSpans, string? metric)
    {
        var direction = SmartWords.Decrease.IsMatch(normalized) ? GoalDirection.Decrease : GoalDirection.Increase;
        var spans = new List<TextSpan>();

        // Time expressions are blanked out first, so a number cannot run into one: "до 60 к сентябрю" is 60, not "60 к"
        // (60 thousand) swallowed by the deadline.
        var blank = normalized.ToCharArray();
        foreach (var time in timeSpans)
        {
            Array.Fill(blank, ' ', time.Start, time.End - time.Start);
        }

        normalized = new string(blank);

        var multiplier = Multiplier().Matches(normalized).FirstOrDefault(m => !new TextSpan(m.Index, m.Index + m.Length).OverlapsAny(timeSpans));
        if (multiplier is not null)
        {
            spans.Add(new TextSpan(multiplier.Index, multiplier.Index + multiplier.Length));
        }

        var candidates = new List<Candidate>();
        foreach (var number in NumberParser.FindAll(normalized))
        {
            var span = new TextSpan(number.Start, number.Start + number.Length);
            if (span.OverlapsAny(timeSpans) || span.OverlapsAny(spans))
            {
                continue;
            }

            bool negative = number.Number.Value < 0;
            var hint = negative || normalized[number.Start] == '+' ? Hint.Change : HintAround(normalized, span);
            candidates.Add(new Candidate(Math.Abs(number.Number.Value), number.Number.Unit == NumberUnit.Percent, hint, span));
            direction = negative ? GoalDirection.Decrease : direction;
        }

        spans.AddRange(candidates.Select(c => c.Span));
        var pick = candidates.FirstOrDefault(c => c.IsPercent && c.Hint == Hint.Change);
        if (pick is null && multiplier is not null && MultiplierValue(multiplier) is { } factor)
        {
            if (factor < 1m)
            {
                direction = GoalDirection.Decrease;
            }

            decimal change = direction == GoalDirection.Decrease
                ? (factor < 1m ? 1m - factor : 1m - (1m / factor)) * 100m
                : (factor - 1m) * 100m;
            return new TargetReading(new GoalTarget(GoalText.Round2(change), true, TargetKind.Change, null), direction, spans);
        }

        pick ??= candidates.FirstOrDefault(c => c.Hint == Hint.Level)
            ?? candidates.FirstOrDefault(c => c.IsPercent && c.Hint != Hint.From)
            ?? candidates.FirstOrDefault(c => c.Hint == Hint.Change)
            ?? candidates.FirstOrDefault(c => c.Hint != Hint.From)
            ?? candidates.FirstOrDefault();
        if (pick is null)
        {
            return new TargetReading(null, direction, spans);
        }

        bool percentMetric = metric is not null && GoalMetrics.IsPercent(metric);
        var kind = pick.Hint == Hint.Change || (pick.IsPercent && !percentMetric) ? TargetKind.Change : TargetKind.Level;
        decimal? textBaseline = kind == TargetKind.Level
            ? candidates.LastOrDefault(c => c.Hint == Hint.From && c.Span.End <= pick.Span.Start && c.IsPercent == pick.IsPercent)?.Value
            : null;
        return new TargetReading(new GoalTarget(pick.Value, pick.IsPercent, kind, Scaled(textBaseline, pick.Value), pick.Span), direction, spans);
    }

    // "с 300 до 360 тыс.", "from 1.2 to 1.5 million": the target's multiplier is written once for both ends. A start
    // a thousand or a million times smaller than the target takes that multiplier when it then lies within ten times of it.
    private static decimal? Scaled(decimal? start, decimal target)
    {
        if (start is not > 0m || target / start.Value < 500m)
        {
            return start;
        }

        foreach (var multiplier in new[] { 1_000m, 1_000_000m })
        {
            decimal scaled = start.Value * multiplier;
            if (scaled * 10m >= target && scaled <= target * 10m)
            {
                return scaled;
            }
        }

        return start;
    }

    // The words around a number, from the vocabulary: "на 20%", "150 новых", "by 50", "50 more" are changes;
    // "до 300", "выйти на 480", "reach 1,000" are levels; "с 200", "from 200" the goal's own start.
    private static Hint HintAround(string s, TextSpan span)
    {
        if (SmartWords.ChangeAfter.IsMatch(s[span.End..]))
        {
            return Hint.Change;
        }

        // "150 new customers" adds to today; "90 new customers a month" is the level of a monthly flow.
        if (SmartWords.NewAfter.Match(s[span.End..]) is { Success: true } added)
        {
            return SmartWords.RateAfter.IsMatch(s[(span.End + added.Length)..]) ? Hint.Level : Hint.Change;
        }

        var before = SmartWords.WordBefore.Match(s[..span.Start]);
        return !before.Success ? Hint.None
            : before.Groups["level"].Success ? Hint.Level
            : before.Groups["change"].Success ? Hint.Change
            : Hint.From;
    }

    private static decimal? MultiplierValue(Match m)
    {
        if (m.Groups["n"].Success)
        {
            string n = m.Groups["n"].Value;
            return GoalText.TryNumberWord(n, out var word) ? word
                : decimal.TryParse(n.Replace(',', '.'), System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var value) && value > 0 ? value
                : null;
        }

        return SmartWords.MultiplierFactors.TryGetValue(Spaces().Replace(m.Groups["w"].Value, " "), out var factor) ? factor : null;
    }

    private static Regex Multiplier() => SmartWords.Multiplier;

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
