namespace Coach.Core.Domain.Learn;

/// <summary>
/// Which topics a practice round asks, and how a graded answer changes the progress. Spaced
/// repetition in its simplest honest form: what was answered wrongly comes back first (the
/// oldest mistake first), then what was never tried, then what was seen longest ago.
/// </summary>
public static class PracticeOrder
{
    public const int RoundSize = 5;

    /// <summary>Practice days kept: enough for any streak worth showing.</summary>
    public const int DaysKept = 400;

    /// <summary>The topics of the next round, from the pool of topics that have exercises.</summary>
    public static IReadOnlyList<string> NextRound(LearningProgress progress, IReadOnlyList<string> pool, int size = RoundSize)
    {
        var scores = pool.Select(topic => (Topic: topic, Score: progress.Score(topic))).ToList();
        var wrong = scores.Where(s => s.Score is { LastRight: false }).OrderBy(s => s.Score!.LastUtc).Select(s => s.Topic);
        var fresh = scores.Where(s => s.Score is null).Select(s => s.Topic);
        var seen = scores.Where(s => s.Score is { LastRight: true })
            .OrderBy(s => s.Score!.LastUtc)
            .ThenBy(s => (decimal)s.Score!.Right / s.Score.Total)
            .Select(s => s.Topic);
        return wrong.Concat(fresh).Concat(seen).Take(size).ToList();
    }

    /// <summary>
    /// The student's day of a moment, for the streak. Coach doesn't know the student's time zone, so
    /// a Russian session counts days in Moscow time (UTC+3, where most Russian speakers' evenings fall on
    /// the same date, Vladivostok's mornings included) and an English one in UTC.
    /// </summary>
    public static DateOnly LocalDay(DateTime utc, string language) =>
        DateOnly.FromDateTime(utc + (language == "ru" ? MoscowOffset : TimeSpan.Zero));

    private static readonly TimeSpan MoscowOffset = TimeSpan.FromHours(3);

    /// <summary>Records one graded answer at the given time: the topic's score, the day, the round's tally.</summary>
    public static void Record(LearningProgress progress, string topic, bool right, DateTime utc, string language)
    {
        var score = progress.Score(topic);
        if (score is null)
        {
            score = new TopicScore { Topic = topic };
            progress.Scores.Add(score);
        }

        if (right)
        {
            score.Right++;
        }
        else
        {
            score.Wrong++;
        }

        score.LastRight = right;
        score.LastUtc = utc;
        var day = Day(LocalDay(utc, language));
        if (!progress.Days.Contains(day))
        {
            progress.Days.Add(day);
            if (progress.Days.Count > DaysKept)
            {
                progress.Days.RemoveRange(0, progress.Days.Count - DaysKept);
            }
        }
    }

    /// <summary>
    /// Days in a row with practice, ending today; a streak that ended yesterday still counts
    /// (today is not over yet), one that ended before is broken (0).
    /// </summary>
    public static int Streak(IEnumerable<string> days, DateOnly today)
    {
        var practised = days.Select(d => DateOnly.TryParseExact(d, Format, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date) ? date : (DateOnly?)null)
            .OfType<DateOnly>()
            .ToHashSet();
        var day = practised.Contains(today) ? today : today.AddDays(-1);
        var streak = 0;
        while (practised.Contains(day))
        {
            streak++;
            day = day.AddDays(-1);
        }

        return streak;
    }

    public static string Day(DateOnly date) => date.ToString(Format, System.Globalization.CultureInfo.InvariantCulture);

    private const string Format = "yyyy-MM-dd";
}
