using Coach.Core.Dialogue;
using Coach.Core.Domain.Learn;
using Coach.Core.Flows.Kpi;

namespace Coach.Core.Flows.Learn;

/// <summary>/progress: per-topic scores, the streak, and what the next round starts with; a line in /status.</summary>
public static class ProgressCommand
{
    public const string Name = "progress";

    public static readonly CommandDefinition Definition = new(Name, Handle);

    public static FeatureResult Handle(FeatureContext context, string args) => new([Card(context)]);

    public static Reply Card(FeatureContext context)
    {
        var t = context.Texts;
        var progress = context.Session.Learning;
        var lines = new List<string> { t["progress.title"] };
        var streak = PracticeOrder.Streak(progress.Days, PracticeOrder.LocalDay(context.Utc, t.Language));
        if (progress.Scores.Count == 0)
        {
            lines.Add(t["progress.empty"]);
        }
        else
        {
            lines.Add(Streak(t, streak));
            var right = progress.Scores.Sum(s => s.Right);
            var total = progress.Scores.Sum(s => s.Total);
            lines.Add(t.Format("progress.total", ("right", right), ("total", total), ("share", KpiText.Percent(t, Math.Round(100m * right / total)))));
            foreach (var score in progress.Scores.OrderBy(s => s.LastRight).ThenBy(s => PracticeCards.TopicName(t, s.Topic), StringComparer.CurrentCulture))
            {
                var key = score.LastRight ? "progress.line.right" : "progress.line.wrong";
                lines.Add(t.Format(key, ("topic", PracticeCards.TopicName(t, score.Topic)), ("right", score.Right), ("total", score.Total)));
            }

            // Within a round its remaining topics come next; after it, the order of a new round.
            var (nextKey, next) = progress.Round.Count > 0
                ? ("progress.round_left", progress.Round)
                : ("progress.next", PracticeOrder.NextRound(progress, Practice.Pool));
            lines.Add(t.Format(nextKey, ("topics", string.Join(", ", next.Select(topic => PracticeCards.TopicName(t, topic))))));
        }

        return new Reply(string.Join("\n", lines))
        {
            Buttons =
            [
                [new Button(t["learn.button.practice"], ButtonData.Command(LearnCommand.Name, LearnCommand.PracticeArg)), new Button(t["learn.button.topics"], ButtonData.Command(LearnCommand.Name))],
                [new Button(t["button.menu"], ButtonData.Command("menu"))],
            ],
        };
    }

    /// <summary>One line for /status once something was practised.</summary>
    public static StatusPart? Status(FeatureContext context)
    {
        var progress = context.Session.Learning;
        if (progress.Scores.Count == 0)
        {
            return null;
        }

        var t = context.Texts;
        var streak = PracticeOrder.Streak(progress.Days, PracticeOrder.LocalDay(context.Utc, t.Language));
        return new StatusPart("progress", t.Format("progress.status", ("right", progress.Scores.Sum(s => s.Right)), ("total", progress.Scores.Sum(s => s.Total)), ("streak", Streak(t, streak))), []);
    }

    private static string Streak(Texts.Texts t, int days) =>
        days == 0 ? t["progress.streak.none"] : t.Format($"progress.streak.{KpiText.PluralForm(days, t.Language)}", ("days", days));
}
