using System.Globalization;
using Coach.Core.Dialogue;
using Coach.Core.Domain.Kpi;
using Coach.Core.Domain.Learn;
using Coach.Core.Flows.Learn;
using Coach.Core.Parsing;
using Coach.Core.Texts;

namespace Coach.Core.Tests.Learn;

public class KpiExerciseTests
{
    private const int Seeds = 150;

    public static TheoryData<string> Metrics => new(KpiExercises.Metrics);

    [Fact]
    public void Exercises_cover_the_metrics_the_issue_names()
    {
        foreach (var metric in new[] { "cac", "roi", "ltv", "conversion", "traffic_growth", "ctr", "roas", "payback", "cpc", "cpm" })
        {
            Assert.Contains(metric, KpiExercises.Metrics);
        }
    }

    [Theory]
    [MemberData(nameof(Metrics))]
    public void Every_generated_exercise_is_solvable_and_its_answer_comes_from_the_kpi_engine(string metricId)
    {
        for (var seed = 1; seed <= Seeds; seed++)
        {
            var exercise = KpiExercises.Make(metricId, seed);

            var outcome = KpiCalculator.Compute(exercise.Metric, exercise.Values);
            Assert.True(outcome.Ok, $"seed {seed}: {outcome.Problem?.Code}");
            Assert.Equal(outcome.Result!.Value, exercise.Answer);
            Assert.All(exercise.Metric.Required, input => Assert.True(exercise.Values.ContainsKey(input.Key)));
            Assert.True(exercise.Tolerance > 0);
        }
    }

    [Theory]
    [MemberData(nameof(Metrics))]
    public void The_same_seed_gives_the_same_exercise_and_other_seeds_give_fresh_numbers(string metricId)
    {
        var first = KpiExercises.Make(metricId, 42);
        var again = KpiExercises.Make(metricId, 42);
        var answers = Enumerable.Range(1, 30).Select(seed => KpiExercises.Make(metricId, seed).Answer).Distinct().Count();

        Assert.Equal(first.Answer, again.Answer);
        Assert.Equal(first.Values.Keys, again.Values.Keys);
        Assert.True(answers > 10, $"only {answers} different answers in 30 seeds");
    }

    [Theory]
    [MemberData(nameof(Metrics))]
    public void A_correct_answer_is_accepted_in_every_format_people_type_it(string metricId)
    {
        for (var seed = 1; seed <= Seeds; seed++)
        {
            var exercise = KpiExercises.Make(metricId, seed);
            foreach (var (typed, language) in Formats(exercise))
            {
                var check = Answer(metricId, seed, typed, language);
                Assert.True(check.Ok, $"seed {seed}: “{typed}” did not parse: {check.Problem}");
                Assert.True(exercise.Accepts(NumberAnswer.Read(check.Value)!.Value), $"seed {seed}: “{typed}” ({language}) rejected for {exercise.Answer} ± {exercise.Tolerance}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Metrics))]
    public void A_wrong_answer_is_rejected(string metricId)
    {
        for (var seed = 1; seed <= Seeds; seed++)
        {
            var exercise = KpiExercises.Make(metricId, seed);
            // A mistake a student makes (3% off, or a point of a percentage), whatever the tolerance is.
            var off = Math.Max(Math.Abs(exercise.Answer) * 0.03m, exercise.Metric.Unit switch { KpiUnit.Percent => 1m, KpiUnit.Months or KpiUnit.Ratio => 0.15m, _ => 1m });

            Assert.False(exercise.Accepts(exercise.Answer + off), $"seed {seed}");
            Assert.False(exercise.Accepts(exercise.Answer - off), $"seed {seed}");
            Assert.False(exercise.Accepts(exercise.Answer + Math.Max(Math.Abs(exercise.Answer), 1) + off), $"seed {seed}");
        }
    }

    [Theory]
    [InlineData(KpiUnit.Money, 1125, 11.25)]
    [InlineData(KpiUnit.Money, 12.5, 0.13)]
    [InlineData(KpiUnit.Percent, 2.3456, 0.1)]
    [InlineData(KpiUnit.Percent, 12.4, 0.5)]
    [InlineData(KpiUnit.Percent, -23.7, 0.5)]
    [InlineData(KpiUnit.Percent, 140, 1.4)]
    [InlineData(KpiUnit.Months, 0.93, 0.05)]
    public void The_tolerance_is_one_percent_but_never_below_a_sensible_rounding(KpiUnit unit, double answer, double tolerance)
    {
        Assert.Equal((decimal)tolerance, KpiExercises.Tolerance(unit, (decimal)answer));
    }

    [Theory]
    [InlineData("1 125", 1125)]
    [InlineData("20%", 20)]
    [InlineData("1.2k", 1200)]
    [InlineData("1,5 тыс", 1500)]
    [InlineData("-15%", -15)]
    [InlineData("0,93", 0.93)]
    [InlineData("0,93 мес.", 0.93)]
    [InlineData("0.93 months", 0.93)]
    public void Answers_are_read_as_people_type_them(string typed, double expected)
    {
        var check = new KpiPracticeAnswer().Check(typed, TextCatalog.Default.For("en"));
        Assert.True(check.Ok, check.Problem);
        Assert.Equal((decimal)expected, NumberAnswer.Read(check.Value));
    }

    [Theory]
    [InlineData("about a thousand")]
    [InlineData("5 and 7")]
    [InlineData("")]
    public void Text_that_is_not_one_number_is_not_an_answer(string typed)
    {
        Assert.False(new KpiPracticeAnswer().Check(typed, TextCatalog.Default.For("en")).Ok);
    }

    /// <summary>Checks typed text the way the chat does: the answer step's kind, with the exercise in the session.</summary>
    internal static AnswerCheck Answer(string metricId, int seed, string typed, string language)
    {
        var session = new Session { Id = "test:1", Language = language };
        session.Learning.Current = new PracticeExercise { Topic = metricId, Seed = seed };
        return new KpiPracticeAnswer().Check(typed, new StepContext(session, TextCatalog.Default.For(language)) { Utc = new DateTime(2026, 12, 2, 9, 0, 0, DateTimeKind.Utc) });
    }

    // The exact answer written the ways people write it: rounded to 2 and 3 decimals, Russian and
    // English grouping and decimal marks, with the unit, a whole percent when that is how reports
    // round it, and in thousands ("1.13k") when it is that large.
    private static IEnumerable<(string Typed, string Language)> Formats(KpiExercise exercise)
    {
        var answer = exercise.Answer;
        foreach (var decimals in new[] { 2, 3 })
        {
            var rounded = Math.Round(answer, decimals).ToString(CultureInfo.InvariantCulture);
            yield return (rounded, "en");
            yield return (rounded.Replace('.', ','), "ru");
        }

        yield return (NumberFormatter.Format(answer, "ru"), "ru");
        yield return (NumberFormatter.Format(answer, "en"), "en");
        switch (exercise.Metric.Unit)
        {
            case KpiUnit.Percent:
                yield return (NumberFormatter.Format(answer, "ru", NumberUnit.Percent), "ru");
                yield return (NumberFormatter.Format(answer, "en", NumberUnit.Percent), "en");
                yield return (Math.Round(answer, 3).ToString(CultureInfo.InvariantCulture).Replace('.', ',') + "%", "ru");
                if (Math.Abs(answer) >= 10)
                {
                    yield return (Math.Round(answer, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture) + "%", "en");
                }

                break;
            case KpiUnit.Money:
                yield return (NumberFormatter.Format(answer, "ru", NumberUnit.Rub), "ru");
                yield return (NumberFormatter.Format(answer, "en", NumberUnit.Usd), "en");
                yield return (NumberFormatter.Format(answer, "ru") + " руб.", "ru");
                break;
            case KpiUnit.Months:
                yield return (NumberFormatter.Format(answer, "ru") + " мес.", "ru");
                yield return (NumberFormatter.Format(answer, "en") + " months", "en");
                break;
        }

        if (Math.Abs(answer) >= 1000 && exercise.Tolerance >= Math.Abs(answer) / 1000 * 5)
        {
            yield return (Math.Round(answer / 1000, 2).ToString(CultureInfo.InvariantCulture) + "k", "en");
            yield return (NumberFormatter.Format(answer / 1000, "ru") + " тыс", "ru");
        }
    }
}
