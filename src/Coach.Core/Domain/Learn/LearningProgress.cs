using Coach.Core.Dialogue;

namespace Coach.Core.Domain.Learn
{
    /// <summary>
    /// What a student has practised, kept in the session (mutable classes so the document store can
    /// map them): a score per topic, the days with practice, the current round and exercise.
    /// </summary>
    public sealed class LearningProgress : IFeatureState
    {
        public static string Key => "learning";

        /// <summary>Per-topic scores, in the order the topics were first practised.</summary>
        public List<TopicScore> Scores { get; set; } = new();

        /// <summary>Days (the student's, see <see cref="PracticeOrder.LocalDay"/>; "yyyy-MM-dd") with at least one answered exercise, oldest first.</summary>
        public List<string> Days { get; set; } = new();

        /// <summary>Topics still to come in the current round, next first.</summary>
        public List<string> Round { get; set; } = new();

        public int RoundAnswered { get; set; }

        public int RoundRight { get; set; }

        /// <summary>The exercise waiting for an answer, if any.</summary>
        public PracticeExercise? Current { get; set; }

        /// <summary>The case or goal of the latest exercise drawn from the content files, so the next one differs.</summary>
        public string? LastItemId { get; set; }

        /// <summary>The seed of the next exercise; 0 until the first one is made.</summary>
        public int Seed { get; set; }

        public TopicScore? Score(string topic) => Scores.FirstOrDefault(s => s.Topic == topic);
    }

    /// <summary>How a topic went: answers right and wrong, and the last one.</summary>
    public sealed class TopicScore
    {
        public string Topic { get; set; } = "";

        public int Right { get; set; }

        public int Wrong { get; set; }

        public bool LastRight { get; set; }

        public DateTime LastUtc { get; set; }

        public int Total => Right + Wrong;
    }

    /// <summary>An exercise in progress: its topic, its seed, and the case or goal it uses.</summary>
    public sealed class PracticeExercise
    {
        public string Topic { get; set; } = "";

        public int Seed { get; set; }

        /// <summary>The case or flawed goal, for exercises drawn from the content files.</summary>
        public string? ItemId { get; set; }

        /// <summary>True when it counts towards the current round (not a single exercise asked for by topic).</summary>
        public bool InRound { get; set; }
    }
}

// The feature's accessors on the session, in the root namespace so that every Coach namespace sees them.
namespace Coach.Core
{
    using Coach.Core.Domain.Learn;

    public static class LearningProgressSession
    {
        extension(Session session)
        {
            /// <summary>Learning and practice: per-topic scores, practice days, the current round and exercise.</summary>
            public LearningProgress Learning
            {
                get => session.Features.Get<LearningProgress>();
                set => session.Features.Set(value);
            }
        }
    }
}
