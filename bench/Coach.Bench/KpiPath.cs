using Coach.Core.Dialogue;
using Coach.Core.Domain.Kpi;
using Coach.Core.Flows.Kpi;

namespace Coach.Bench;

/// <summary>
/// The parse-and-compute half of <see cref="KpiRecognizer.Recognize"/> without a session or texts:
/// <see cref="KpiRecognizer.Read"/>, <see cref="KpiRecognizer.Complete"/> (the metrics the numbers
/// fully give, or the one the text names) and <see cref="KpiCalculator.Compute"/> for each.
/// </summary>
public static class KpiPath
{
    public const string English = "spent $1.2k on ads, 37 new customers, 37 orders from 1,850 visitors";
    public const string Russian = "потратили 90 000 на рекламу, пришло 80 клиентов";

    /// <summary>How many results a sentence gives: en CAC, conversion and cost per sale; ru CAC. Every check reads it.</summary>
    public static int ExpectedResults(string language) => language == "ru" ? 1 : 3;

    /// <summary>Replies to either sentence: its results come as one message.</summary>
    public const int RepliesPerSentence = 1;

    /// <summary>True when the replies are the one message with the sentence's result cards (each titled "📊 <b>…").</summary>
    public static bool AsExpected(IReadOnlyList<Reply> replies, string language) =>
        replies.Count == RepliesPerSentence && Cards(replies[0].Text) == ExpectedResults(language);

    /// <summary>The result cards in a reply's text, counted by their title.</summary>
    public static int Cards(string text)
    {
        var count = 0;
        for (var at = text.IndexOf(CardTitle, StringComparison.Ordinal); at >= 0; at = text.IndexOf(CardTitle, at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private const string CardTitle = "📊 <b>";

    /// <summary>The outcomes of every metric the text gives (or names); empty when it gives none.</summary>
    public static List<KpiOutcome> ParseAndCompute(string text)
    {
        var reading = KpiRecognizer.Read(text);
        var outcomes = new List<KpiOutcome>();
        if (reading.Metric is null && reading.Slots.Count == 0)
        {
            return outcomes;
        }

        foreach (var (metric, values) in KpiRecognizer.Complete(reading))
        {
            outcomes.Add(KpiCalculator.Compute(metric, values));
        }

        return outcomes;
    }
}
