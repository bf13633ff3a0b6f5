namespace Coach.Core.Dialogue;

/// <summary>
/// Reads a typed answer to a yes/no question in either language: the button's label (or its
/// number, when the labels are known), or a plain "yes"/"no", "да"/"нет", "y"/"n", "ага"… as the first word. A question
/// waiting for such an answer is kept in <see cref="Session.PendingConfirmation"/>.
/// </summary>
public static class YesNo
{
    private static readonly HashSet<string> Yes = ["yes", "y", "yeah", "yep", "yup", "sure", "ok", "okay", "да", "д", "ага", "угу", "конечно", "ок", "давай", "удалить", "delete"];

    private static readonly HashSet<string> No = ["no", "n", "nope", "nah", "нет", "н", "не", "неа", "отмена", "cancel", "keep", "оставить"];

    private const char Separator = '\n';

    /// <summary>True for yes, false for no, null when the text is neither.</summary>
    public static bool? Read(string typed, string? yesLabel = null, string? noLabel = null)
    {
        if (yesLabel is not null && noLabel is not null && OptionMatcher.Match(typed, [yesLabel, noLabel]) is { } index)
        {
            return index == 0;
        }

        var first = OptionMatcher.Normalize(typed).Split(' ')[0];
        return Yes.Contains(first) ? true : No.Contains(first) ? false : null;
    }

    /// <summary>A pending confirmation that presses one of two buttons: the yes data, then the no data.</summary>
    public static string Pending(string yesData, string noData) => yesData + Separator + noData;

    /// <summary>The button data a pending confirmation presses for the answer, or null for another kind of confirmation.</summary>
    public static string? Pressed(string pending, bool yes) =>
        pending.Split(Separator) is [var yesData, var noData] ? (yes ? yesData : noData) : null;
}
