using System.Text.Json;

namespace Coach.Core.Domain.Business;

/// <summary>
/// Reads the kind of business from the product the user named ("English courses for adults" →
/// education, "пекарня у дома" → food), so the examples Coach gives fit that business. The word
/// stems of each kind, in both languages, are data (<c>business_kinds.json</c>); null when no word
/// matches, and the caller gives a neutral example.
/// </summary>
public static class BusinessClassifier
{
    private static readonly IReadOnlyList<(BusinessKind Kind, IReadOnlyList<Stem> Stems)> Kinds = Load();

    /// <summary>The kind with the most matching words (weak hints count half); a tie goes to the kind listed first.</summary>
    public static BusinessKind? Classify(string? product)
    {
        var words = Words(product);
        if (words.Count == 0)
        {
            return null;
        }

        BusinessKind? best = null;
        var bestScore = 0m;
        foreach (var (kind, stems) in Kinds)
        {
            var score = stems.Where(stem => stem.MatchesIn(words)).Sum(stem => stem.Weight);
            if (score > bestScore)
            {
                (best, bestScore) = (kind, score);
            }
        }

        return best;
    }

    /// <summary>The kind's name in text keys: "b2b", "saas".</summary>
    public static string Name(BusinessKind kind) => kind.ToString().ToLowerInvariant();

    // Lower case, ё as е, split at anything that is not a letter or digit (hyphens too: "онлайн-школа").
    private static List<string> Words(string? text) =>
        new string((text ?? "").ToLowerInvariant().Replace('ё', 'е').Select(c => char.IsLetterOrDigit(c) ? c : ' ').ToArray())
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .ToList();

    private static IReadOnlyList<(BusinessKind, IReadOnlyList<Stem>)> Load()
    {
        var data = Coach.Core.Domain.Words.EmbeddedJson.Load<KindsData>("Coach.Business.business_kinds.json");
        return data.Kinds
            .Select(k => (Enum.Parse<BusinessKind>(k.Kind, ignoreCase: true), (IReadOnlyList<Stem>)k.Stems.Select(Stem.Parse).ToList()))
            .ToList();
    }

    private sealed record KindsData(List<KindData> Kinds);

    private sealed record KindData(string Kind, List<string> Stems);

    /// <summary>One or more words in a row, each matched as a beginning (or as a whole word after "=").</summary>
    private sealed record Stem(IReadOnlyList<string> Parts, bool Whole, decimal Weight)
    {
        public static Stem Parse(string text)
        {
            var weak = text.StartsWith('~');
            var whole = text.TrimStart('~').StartsWith('=');
            var parts = Words(text.TrimStart('~', '='));
            return new Stem(parts, whole, weak ? 0.5m : 1m);
        }

        public bool MatchesIn(IReadOnlyList<string> words)
        {
            for (var start = 0; start + Parts.Count <= words.Count; start++)
            {
                if (Parts.Select((part, i) => Whole ? words[start + i] == part : words[start + i].StartsWith(part, StringComparison.Ordinal)).All(match => match))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
