namespace Coach.Core.Parsing;

/// <summary>
/// Every way to cut typed digits into a given count of numbers: "48 000 120 16" may be 48 000, 120 and 16 or 48, 000 120
/// and 16… A comma after a word ends a number. The caller keeps the one reading that makes sense, or asks.
/// </summary>
public static class NumberCuts
{
    public static IEnumerable<decimal[]> Of(string numbers, int parts)
    {
        var words = numbers.Replace(",", ", ").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(w => w != ",").ToList();
        var ends = words.Select(w => w.EndsWith(',')).ToList();
        words = words.Select(w => w.TrimEnd(',')).ToList();
        return Cuts(words, ends, 0, parts);
    }

    private static IEnumerable<decimal[]> Cuts(List<string> words, List<bool> ends, int from, int parts)
    {
        if (parts == 1)
        {
            if (Read(words, ends, from, words.Count) is { } last)
            {
                yield return [last];
            }

            yield break;
        }

        for (var to = from + 1; to <= words.Count - parts + 1; to++)
        {
            if (Read(words, ends, from, to) is not { } head)
            {
                continue;
            }

            foreach (var rest in Cuts(words, ends, to, parts - 1))
            {
                yield return [head, .. rest];
            }
        }
    }

    private static decimal? Read(List<string> words, List<bool> ends, int from, int to) =>
        to > from
            && Enumerable.Range(from, to - from - 1).All(i => !ends[i])
            && NumberParser.TryParse(string.Join(' ', words.Skip(from).Take(to - from)), out var number, out _, allowNegative: true)
            ? number.Value
            : null;
}
