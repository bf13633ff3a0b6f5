using Coach.Core.Parsing;

namespace Coach.Core.Flows.Kpi;

/// <summary>
/// What a number in a sentence stands for ("80 клиентов" → customers), by the word stems next
/// to it, in Russian and English (data: <c>Parsing/Words/kpi_words_*.json</c>). Stems are matched at the start of a word.
/// </summary>
public static class KpiSlots
{
    public const string Spend = "spend";
    public const string Customers = "customers";
    public const string Sales = "sales";
    public const string Visitors = "visitors";
    public const string Clicks = "clicks";
    public const string Impressions = "impressions";
    public const string Leads = "leads";
    public const string Revenue = "revenue";
    public const string Profit = "profit";
    public const string Before = "before";
    public const string After = "after";

    public const string Mql = "mql";
    public const string Sql = "sql";
    public const string Returning = "returning";

    private static readonly List<KpiWords> Tables = WordTables.Kpi.Values.ToList();

    /// <summary>
    /// Stems by slot from <c>Parsing/Words/kpi_words_*.json</c>, longest first, so the more specific
    /// stem wins where one starts another ("покупател" before "покуп"); "=to" is the whole word "to".
    /// </summary>
    public static readonly IReadOnlyList<(string Stem, string Slot)> Stems = Tables
        .SelectMany(t => t.Stems.SelectMany(s => s.Value.Select(stem => (Stem: stem, Slot: s.Key))))
        .OrderByDescending(x => x.Stem.TrimStart('=').Length)
        .ToList();

    private static readonly HashSet<string> Fillers = Tables.SelectMany(t => t.Fillers).ToHashSet();

    private static readonly string[] Leading = Tables.SelectMany(t => t.Leading).ToArray();
    private static readonly HashSet<string> AmountWords = Tables.SelectMany(t => t.AmountBefore).ToHashSet();
    private static readonly HashSet<string> WholeWords = Tables.SelectMany(t => t.WholeBefore).ToHashSet();
    private static readonly HashSet<string> PartWords = Tables.SelectMany(t => t.PartBefore).ToHashSet();
    private static readonly HashSet<string> SpendOnWords = Tables.SelectMany(t => t.SpendOn).ToHashSet();
    private static readonly string[] SpendOnNot = Tables.SelectMany(t => t.SpendOnNot).ToArray();
    private static readonly HashSet<string> ValueLinks = Tables.SelectMany(t => t.ValueLinks).ToHashSet();

    /// <summary>True for a word that may stand between a metric's name and its value ("is", "составляет").</summary>
    public static bool LinksValue(string word) => ValueLinks.Contains(word);

    /// <summary>True for a word that names the number after it only ("made $10k"), so it never explains the number before.</summary>
    public static bool IsLeading(string word) => StartsWithAny(word, Leading);

    /// <summary>True for a word that makes the number after it an amount of money ("продажи на 320 тыс", "sales worth 10k").</summary>
    public static bool IsAmount(string word) => AmountWords.Contains(word);

    /// <summary>True for a word that makes the number after it a whole ("90 out of 600", "45 из 150").</summary>
    public static bool IsWhole(string word) => WholeWords.Contains(word);

    /// <summary>True for a word between two numbers that makes the first a part of the second ("150 of 500", "200 из 800").</summary>
    public static bool IsPart(string word) => PartWords.Contains(word);

    /// <summary>
    /// True when the words right after an amount say what it went on ("на директ", "on google"), not a period or a rate
    /// ("на месяц", "for a week"), and name nothing counted ("on 40 clicks" has its own noun).
    /// </summary>
    public static bool SaySpentOn(IReadOnlyList<string> after) =>
        after.Count >= 2 && SpendOnWords.Contains(after[0]) && Of(after[1]) is null && !NamesPeriod(after[1]) && !StartsWithAny(after[1], SpendOnNot);

    /// <summary>The part counted out of a whole: <see cref="WholeOf"/> the other way round.</summary>
    public static string? PartOf(string? whole) => whole switch
    {
        Customers => Returning,
        Mql => Sql,
        Leads => Customers,
        _ => null,
    };

    /// <summary>The whole a part is counted out of: returning customers out of all customers, SQLs out of MQLs.</summary>
    public static string? WholeOf(string? part) => part switch
    {
        Returning => Customers,
        Sql => Mql,
        _ => null,
    };

    /// <summary>True for words skipped when looking for a number's noun ("of them", "из них").</summary>
    public static bool IsFiller(string word) => Fillers.Contains(word);

    /// <summary>True when the words say the money went to advertising ("на рекламу", "ad spend", "таргет").</summary>
    public static bool SpeakOfAds(IReadOnlyList<string> words)
    {
        // Loops, not nested lambdas: this runs for every word of every message.
        for (var i = 0; i < words.Count; i++)
        {
            foreach (var table in Tables)
            {
                if (table.AdWords.Contains(words[i]) || StartsWithAny(words[i], table.AdStems))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>True for a word naming a period ("ноябре", "june", "прошлом").</summary>
    public static bool NamesPeriod(string word)
    {
        foreach (var table in Tables)
        {
            if (StartsWithAny(word, table.PeriodNames))
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsWithAny(string word, string[] stems)
    {
        foreach (var stem in stems)
        {
            if (word.StartsWith(stem, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True for the words that mark a before/after pair ("было 200, стало 280").</summary>
    public static bool IsMarker(string? slot) => slot is Before or After;

    /// <summary>The slot a word names, or null.</summary>
    public static string? Of(string word)
    {
        foreach (var (text, exact, slot) in Matchers)
        {
            if (exact ? word == text : word.StartsWith(text, StringComparison.Ordinal))
            {
                return slot;
            }
        }

        return null;
    }

    // The stems with their "=" (whole word only) taken off once: Of runs for every word of every message.
    private static readonly (string Text, bool Exact, string Slot)[] Matchers =
        Stems.Select(x => x.Stem[0] == '=' ? (x.Stem[1..], true, x.Slot) : (x.Stem, false, x.Slot)).ToArray();
}
