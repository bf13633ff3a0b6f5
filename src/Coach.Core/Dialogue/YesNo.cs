namespace Coach.Core.Dialogue;

/// <summary>
/// Reads a typed answer to a yes/no question in either language: the button's label (or its
/// number, when the labels are known), or a plain "yes"/"no", "да"/"нет", "y"/"n", "ага"… as the first word. A question
/// waiting for such an answer is kept in <see cref="Session.PendingConfirmation"/>.
/// </summary>
public static class YesNo
{
    // The words: Parsing/Words/answers_*.json.
    private static readonly IReadOnlySet<string> Yes = AnswerWords.Yes;

    private static readonly IReadOnlySet<string> No = AnswerWords.No;

    // Openings that are no answer: "не" here is not a "no".
    private static readonly string[][] Unsure = AnswerWords.Unsure;

    // Hedges before the answer itself: "скорее нет", "думаю, да", "probably not".
    private static readonly string[][] Hedges = AnswerWords.Hedges;

    private static readonly IReadOnlySet<string> Politeness = AnswerWords.Politeness;

    private const char Separator = '\n';

    /// <summary>True for yes, false for no, null when the text is neither.</summary>
    public static bool? Read(string typed, string? yesLabel = null, string? noLabel = null, bool firm = false)
    {
        if (yesLabel is not null && noLabel is not null && OptionMatcher.Match(typed, [yesLabel, noLabel]) is { } index)
        {
            return index == 0;
        }

        var (words, at) = Opening(typed);
        // "не знаю", "not sure", "скорее не знаю" are no answer at all; "скорее нет", "probably not" are one.
        if (Unsure.Any(phrase => StartsWith(words[at..], phrase)))
        {
            return null;
        }

        var first = words[at];
        // "да нет", "конечно нет", "sure not": the no that follows decides.
        if (Yes.Contains(first) && at + 1 < words.Length && No.Contains(words[at + 1]))
        {
            return false;
        }

        // A hedged yes ("скорее да") does not confirm a deletion.
        return Yes.Contains(first) ? (firm && at > 0 ? null : true) : No.Contains(first) ? false : null;
    }

    /// <summary>
    /// True for an answer that is no yes and no no, though it answers the question: a hedged yes ("скорее да",
    /// "probably yes") or an unsure one ("не знаю", "not sure"). A confirmation asks again on it.
    /// </summary>
    public static bool IsUndecided(string typed)
    {
        var (words, at) = Opening(typed);
        return Unsure.Any(phrase => StartsWith(words[at..], phrase)) || (at > 0 && Read(typed) == true);
    }

    // The typed words, and where the answer starts after the hedges before it ("скорее", "I think").
    private static (string[] Words, int At) Opening(string typed)
    {
        var words = OptionMatcher.Normalize(typed).Split(' ');
        var at = 0;
        while (at < words.Length - 1 && Hedges.FirstOrDefault(hedge => StartsWith(words[at..], hedge)) is { } hedge)
        {
            at += hedge.Length;
        }

        return (words, at);
    }

    /// <summary>True when the text is only a plain "no" ("нет", "no, thanks", "не надо").</summary>
    public static bool IsBareNo(string typed)
    {
        var words = OptionMatcher.Normalize(typed).Split(' ');
        return words.Length > 0 && No.Contains(words[0]) && words.Skip(1).All(Politeness.Contains);
    }

    private static bool StartsWith(string[] words, string[] phrase) =>
        words.Length >= phrase.Length && phrase.Select((word, i) => words[i] == word).All(x => x);

    /// <summary>A pending confirmation that presses one of two buttons: the yes data, then the no data.</summary>
    public static string Pending(string yesData, string noData) => yesData + Separator + noData;

    /// <summary>The button data a pending confirmation presses for the answer, or null for another kind of confirmation.</summary>
    public static string? Pressed(string pending, bool yes) =>
        pending.Split(Separator) is [var yesData, var noData] ? (yes ? yesData : noData) : null;
}
