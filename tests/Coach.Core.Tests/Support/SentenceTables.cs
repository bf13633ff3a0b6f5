using Coach.Core.Dialogue;
using Coach.Core.Domain.Smart;

namespace Coach.Core.Tests.Support;

/// <summary>The checks the sentence tables share: an answer at a question, a message at the menu, a SMART goal's reading.</summary>
public static class SentenceTables
{
    /// <summary>A chat of the language at the state (the menu when null), the language already chosen.</summary>
    public static ChatDriver At(string language, string? state = null, Coach.Core.Parsing.IAnswerReader? reader = null)
    {
        var chat = new ChatDriver(language, reader: reader);
        var session = new Session { Id = chat.ChatId, Language = language, LanguageChosen = true };
        if (state is not null)
        {
            session.State = state;
        }

        chat.Store.Save(session);
        return chat;
    }

    /// <summary>The typed answer saved as expected; a refused one (null) is asked again.</summary>
    public static void AnswerIsSaved(string state, string language, string typed, string? saved)
    {
        var chat = At(language, state).Send(typed);

        Assert.Equal(saved, chat.Session.Answers.GetValueOrDefault(state));
        if (saved is null)
        {
            Assert.Equal(state, chat.State);
        }
    }

    /// <summary>Every expected fragment and none of the absent ones in the replies' texts and button labels.</summary>
    public static void MessageGives(string language, string typed, string[] expected, string[] absent)
    {
        var chat = At(language).Send(typed);

        var seen = chat.Text + "\n" + string.Join("\n", chat.Replies.SelectMany(r => r.AllButtons).Select(b => b.Label));
        foreach (var fragment in expected)
        {
            Assert.Contains(fragment, seen);
        }

        foreach (var fragment in absent)
        {
            Assert.DoesNotContain(fragment, seen);
        }
    }

    /// <summary>
    /// The goal's verdict and its restated reading (metric, direction, baseline → target, due day) in one line, so a
    /// failure shows the whole reading at once.
    /// </summary>
    public static void GoalReads(
        DateOnly today, string goal, GoalType type, decimal? baseline, string summary, string? metric, string direction, decimal? from, decimal? to, string? due)
    {
        var check = SmartGoalChecker.Check(goal, type, baseline, today);
        var saved = SmartGoal.From(check, today.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));

        string Reading(string verdict, string? key, string way, decimal? start, decimal? end, string? day) =>
            $"{verdict} {key ?? "-"} {way} {start?.ToString("0.##") ?? "-"}→{end?.ToString("0.##") ?? "-"} {day ?? "-"}";
        Assert.Equal(
            Reading(summary, metric, direction, from, to, due),
            Reading(
                check.Summary,
                check.Metric,
                check.Direction == GoalDirection.Decrease ? "down" : "up",
                to is null ? null : saved.Baseline,
                to is null ? null : saved.Target,
                check.Deadline?.Due.ToString("yyyy-MM-dd")));
    }
}
