namespace Coach.Core.Parsing;

/// <summary>
/// The words of numbers as people write them, one file per topic and language under
/// <c>Parsing/Words</c> (embedded): "numbers_{lang}.json" (multipliers, units, periods, frequencies,
/// ranges, approximations, number words), "kpi_words_{lang}.json" (what a number in a sentence
/// stands for) and "answers_{lang}.json" (the words of typed answers to button questions). A third language is a new pair of files; the code reads every file of a topic.
/// </summary>
public static class WordTables
{
    /// <summary>Number words of every language, by language code.</summary>
    public static IReadOnlyDictionary<string, NumberWords> Numbers { get; } = Load<NumberWords>("numbers");

    /// <summary>KPI words of every language, by language code.</summary>
    public static IReadOnlyDictionary<string, KpiWords> Kpi { get; } = Load<KpiWords>("kpi_words");

    /// <summary>The words of typed answers to button questions (yes, no, hedges, fillers…), by language code.</summary>
    public static IReadOnlyDictionary<string, AnswerWordsTable> Answers { get; } = Load<AnswerWordsTable>("answers");

    /// <summary>The tables for a language, or every language's when it is unknown (a sentence may mix them).</summary>
    public static IEnumerable<T> For<T>(IReadOnlyDictionary<string, T> tables, string? language) =>
        language is not null && tables.TryGetValue(language, out var one) ? [one] : tables.Values;

    private static Dictionary<string, T> Load<T>(string topic)
        where T : IWordTable
    {
        var tables = new Dictionary<string, T>();
        foreach (var name in Domain.Words.EmbeddedJson.Named($"Coach.Words.{topic}_"))
        {
            var table = Domain.Words.EmbeddedJson.Load<T>(name);
            tables[table.Language] = table;
        }

        return tables.Count > 0 ? tables : throw new InvalidOperationException($"No word tables for {topic}.");
    }

    /// <summary>A regular-expression alternation of every language's words, longest first, each escaped.</summary>
    public static string Alternation(Func<NumberWords, IEnumerable<string>> words) =>
        string.Join('|', Numbers.Values.SelectMany(words).Distinct().OrderByDescending(w => w.Length).Select(System.Text.RegularExpressions.Regex.Escape));
}

/// <summary>A table of words for one language.</summary>
public interface IWordTable
{
    string Language { get; }
}

/// <summary>How one language writes numbers: see <c>Parsing/Words/numbers_*.json</c>.</summary>
/// <remarks><c>Once</c>: words for a single one before a period ("a week", "раз в месяц", "один год"); <c>Every</c>: words that make a period alone a frequency ("every week" is once a week); <c>EveryOther</c>: words after them for every second period ("every other week"); <c>EveryOtherAlone</c>: a word that says so by itself before a period ("через день"); <c>MultipliersFirst</c>: a multiplier said before the number, as a rough figure ("тысяч 5" is about 5 000); <c>PeriodLengths</c>:
/// words for several periods at once ("полгода" is 6 months, "fortnight" 2 weeks); <c>PrepositionMultipliers</c>: a multiplier that is also a preposition,
/// with the beginnings of the words it takes as one: apart from the number and followed by a number or one of them, it is the
/// preposition ("480 к июню", "300 к 1 марта"; "480 к" and "5 к человек" stay thousands); <c>AgeBefore</c>: words
/// between a name and the age after it, not part of the name ("Оля, ей 30", "Emma, aged 32").</remarks>
public sealed record NumberWords(
    string Language,
    Dictionary<string, string[]> Multipliers,
    Dictionary<NumberUnit, string[]> Units,
    string[] ThousandRoubles,
    string[] Approximately,
    Dictionary<string, decimal> NumberWordValues,
    string[] MultipliersFirst,
    string[] Times,
    string[] Per,
    Dictionary<Period, string[]> Periods,
    Dictionary<Period, string[]> EveryPeriod,
    string[] Once,
    string[] Every,
    string[] EveryOther,
    string[] EveryOtherAlone,
    Dictionary<Period, Dictionary<string, decimal>> PeriodLengths,
    string[] Age,
    string[] RangeWords,
    Dictionary<string, string[]>? PrepositionMultipliers = null,
    string[]? AgeBefore = null) : IWordTable;

/// <summary>What a number in a sentence stands for, by the words next to it: see <c>Parsing/Words/kpi_words_*.json</c>.</summary>
/// <param name="Language">The language code ("ru").</param>
/// <param name="Stems">Word beginnings by slot; an entry starting with "=" is a whole word.</param>
/// <param name="AdWords">Whole words that say the money went to advertising ("ads").</param>
/// <param name="AdStems">Word beginnings that say so ("реклам").</param>
/// <param name="Fillers">Words skipped when looking for a number's noun ("46 of them became SQLs").</param>
/// <param name="PeriodNames">Beginnings of words that name a period ("в ноябре", "last month", "q2").</param>
/// <param name="ChannelWords">Words that open a "/kpi" line comparing channels ("каналы").</param>
/// <param name="Leading">Stems that name only the number after them ("made $10k"), never the one before.</param>
/// <param name="AmountBefore">Words right before a number that make a count of sales an amount of money ("продажи на 320 тыс").</param>
/// <param name="MetricNames">The words people name each KPI by, by metric id ("cac": "цена клиента").</param>
/// <param name="WholeBefore">Words right before a number that make it the whole of the number before ("90 out of 600").</param>
/// <param name="PartBefore">Words between two numbers that make the first a part of the second ("150 of our 500 customers", "200 из 800 клиентов").</param>
/// <param name="SpendOn">Words right after an amount that say what it was spent on ("25к на директ", "$1,200 on google"): with the spend
/// named, such amounts are more of it, channel by channel.</param>
/// <param name="SpendOnNot">Word beginnings after those words that make them a period or a rate instead ("на месяц", "for a week").</param>
/// <param name="ValueLinks">Whole words that may stand between a metric's name and its value ("средний чек составляет 2 500",
/// "average order value is $35").</param>
public sealed record KpiWords(
    string Language,
    Dictionary<string, string[]> Stems,
    string[] AdWords,
    string[] AdStems,
    string[] Fillers,
    string[] PeriodNames,
    string[] ChannelWords,
    string[] Leading,
    string[] AmountBefore,
    string[] WholeBefore,
    string[] PartBefore,
    string[] SpendOn,
    string[] SpendOnNot,
    string[] ValueLinks,
    Dictionary<string, string[]> MetricNames) : IWordTable;

/// <summary>The words of typed answers to button questions in one language: see <c>Parsing/Words/answers_ru.json</c>.</summary>
public sealed record AnswerWordsTable(
    string Language,
    List<string> Yes,
    List<string> No,
    List<string> Unsure,
    List<string> Hedges,
    List<string> Politeness,
    List<string> Fillers,
    List<string> Negations,
    List<string> Weak,
    List<string> TimePrefixes,
    List<string> Conjunctions) : IWordTable;
