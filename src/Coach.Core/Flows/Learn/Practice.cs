using Coach.Core.Dialogue;
using Coach.Core.Domain.Learn;

namespace Coach.Core.Flows.Learn;

/// <summary>
/// Practice rounds: which topic comes next (mistakes first, see <see cref="PracticeOrder"/>), making
/// the exercise from a seed kept in the session, and continuing the one in progress.
/// </summary>
public static class Practice
{
    /// <summary>The topics that have exercises, interleaved so a round mixes cases, KPIs and goals.</summary>
    public static IReadOnlyList<string> Pool { get; } =
        ["coverage", "cac", "smart", "mix", "roi", "conversion", "ltv", "ctr", "traffic_growth", "roas", "payback", "cpc", "cpm", "cpa", "average_check"];

    public static bool Has(string topic) => Pool.Contains(topic);

    /// <summary>
    /// "/learn practice": the exercise in progress if there is one, else the next of the round
    /// (a new round when the last one is over). "/learn practice cac": one exercise on that topic now.
    /// </summary>
    public static FeatureResult Next(FeatureContext context, string? topic)
    {
        var session = context.Session;
        var progress = session.Learning;
        if (topic is null && progress.Current is { } current)
        {
            var flow = PracticeFlows.FlowOf(current.Topic);
            // The exercise's answers are cleared when it starts, so the first one missing is where it stands
            // (an exercise is an errand: leaving it keeps the section's place, not its own).
            var model = DialogueStates.Of(PracticeFlows.Case, "model");
            var at = flow == PracticeFlows.Case && session.HasAnswer(DialogueStates.Of(PracticeFlows.Case, "strategy")) && PracticeFlows.AsksModel.Holds(session)
                ? model
                : PracticeFlows.FirstQuestion(current.Topic);
            return new FeatureResult([]) { ContinueAt = at };
        }

        // A single exercise asked for in the middle of a round puts the round's one back in line.
        if (topic is not null && progress.Current is { InRound: true } interrupted)
        {
            progress.Round.Insert(0, interrupted.Topic);
        }

        var replies = new List<Reply>();
        var inRound = topic is null;
        if (topic is null)
        {
            if (progress.Round.Count == 0)
            {
                var key = progress.Scores.Any(s => !s.LastRight) ? "learn.round.start" : "learn.round.first";
                progress.Round = PracticeOrder.NextRound(progress, Pool).ToList();
                progress.RoundAnswered = 0;
                progress.RoundRight = 0;
                replies.Add(new Reply(context.Texts.Format(key, ("count", progress.Round.Count))));
            }

            topic = progress.Round[0];
            progress.Round.RemoveAt(0);
        }

        Begin(session, topic, inRound);
        return new FeatureResult(replies) { ContinueAt = PracticeFlows.FirstQuestion(topic) };
    }

    /// <summary>Makes the exercise of a topic from the session's next seed and clears the flow's old answers.</summary>
    public static PracticeExercise Begin(Session session, string topic, bool inRound)
    {
        var progress = session.Learning;
        var seed = NextSeed(progress);
        var exercise = new PracticeExercise { Topic = topic, Seed = seed, InRound = inRound };
        exercise.ItemId = topic switch
        {
            "coverage" => Pick(PracticeContent.Cases.Select(c => c.Id).ToList(), seed, progress.LastItemId),
            "mix" => Pick(PracticeContent.Cases.Where(c => c.AsksModel).Select(c => c.Id).ToList(), seed, progress.LastItemId),
            "smart" => Pick(PracticeContent.Goals.Select(g => g.Id).ToList(), seed, progress.LastItemId),
            _ => null,
        };
        progress.LastItemId = exercise.ItemId ?? progress.LastItemId;
        progress.Current = exercise;
        var flow = PracticeFlows.FlowOf(topic);
        foreach (var key in session.Answers.Keys.Where(k => k.StartsWith(flow + ".", StringComparison.Ordinal)).ToList())
        {
            session.Answers.Remove(key);
        }

        if (session.PausedState?.StartsWith(flow + ".", StringComparison.Ordinal) == true)
        {
            session.PausedState = null;
        }

        return exercise;
    }

    // The first seed is random; each next one follows from it, so a test that sets the seed sees
    // a known sequence of exercises.
    private static int NextSeed(LearningProgress progress)
    {
        if (progress.Seed <= 0)
        {
            progress.Seed = Random.Shared.Next(1, int.MaxValue);
        }

        var seed = progress.Seed;
        progress.Seed = SeedAfter(seed);
        return seed;
    }

    /// <summary>The seed of the exercise after the one made from this seed.</summary>
    public static int SeedAfter(int seed) => new Random(seed).Next(1, int.MaxValue);

    // The seed picks the item; the one just practised is skipped, so the same case never comes twice in a row.
    private static string Pick(IReadOnlyList<string> ids, int seed, string? previous)
    {
        var index = seed % ids.Count;
        return ids[index] == previous && ids.Count > 1 ? ids[(index + 1) % ids.Count] : ids[index];
    }
}
