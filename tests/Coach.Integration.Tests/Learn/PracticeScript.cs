using System.Globalization;
using Coach.Core.Dialogue;
using Coach.Core.Domain.Learn;
using Coach.Core.Flows.Learn;
using Coach.Core.Flows.Mix;
using Coach.Storage;

namespace Coach.Integration.Tests.Learn;

/// <summary>
/// What a first practice round from a known seed asks (coverage, CAC, SMART, mix, ROI: a fresh
/// student's order) and the right answers, worked out with the same content and rules Coach uses.
/// </summary>
internal sealed class PracticeScript
{
    public PracticeScript(int seed)
    {
        // Coach's own Practice.Begin draws the exercises, on a session like the student's.
        var session = new Session { Id = "script", Language = Languages.English };
        session.Learning.Seed = seed;
        PracticeExercise Draw(string topic)
        {
            var exercise = Practice.Begin(session, topic, inRound: true);
            session.Learning.Current = null;
            return exercise;
        }

        Case = PracticeContent.Case(Draw("coverage").ItemId!)!;
        Cac = KpiExercises.Make("cac", Draw("cac").Seed);
        Goal = PracticeContent.Goal(Draw("smart").ItemId!)!;
        MixCase = PracticeContent.Case(Draw("mix").ItemId!)!;
        Roi = KpiExercises.Make("roi", Draw("roi").Seed);
    }

    public PracticeCase Case { get; }

    public KpiExercise Cac { get; }

    public FlawedGoal Goal { get; }

    public PracticeCase MixCase { get; }

    public KpiExercise Roi { get; }

    /// <summary>The strategy's number among the buttons (mass, differentiated, concentrated).</summary>
    public static string StrategyNumber(PracticeCase practiceCase) =>
        ((int)practiceCase.Recommendation.Strategy + 1).ToString(CultureInfo.InvariantCulture);

    /// <summary>The model's number among the buttons, in the order the mix declares them.</summary>
    public static string ModelNumber(PracticeCase practiceCase) =>
        (MixFlow.Models.Keys.ToList().IndexOf(MixFlow.Recommend(practiceCase.Business)) + 1).ToString(CultureInfo.InvariantCulture);

    /// <summary>Stores a session with this seed, as a returning student's would be, before the host starts.</summary>
    public static void Seed(string path, string chatId, string language, int seed)
    {
        using var store = new LiteDbSessionStore(path);
        var session = new Session { Id = chatId, Language = language, LanguageChosen = true };
        session.Learning.Seed = seed;
        store.Save(session);
    }
}
