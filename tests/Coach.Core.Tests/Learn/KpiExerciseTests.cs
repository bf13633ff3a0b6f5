using Coach.Core.Domain.Kpi;
using Coach.Core.Domain.Learn;
using Coach.Core.Parsing;

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
            foreach (var typed in Formats(exercise))
            {
                Assert.True(KpiExercise.TryRead(typed, out var value), $"seed {seed}: “{typed}” did not parse");
                Assert.True(exercise.Accepts(value), $"seed {seed}: “{typed}” rejected for {exercise.Answer} ± {exercise.Tolerance}");
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
            var off = exercise.Tolerance * 3;

            Assert.False(exercise.Accepts(exercise.Answer + off), $"seed {seed}");
            Assert.False(exercise.Accepts(exercise.Answer - off), $"seed {seed}");
            Assert.False(exercise.Accepts(exercise.Answer + Math.Max(Math.Abs(exercise.Answer), 1) + off), $"seed {seed}");
        }
    }

    [Theory]
    [InlineData(KpiUnit.Money, 1125, 11.25)]
    [InlineData(KpiUnit.Money, 12.5, 0.13)]
    [InlineData(KpiUnit.Percent, 2.3456, 0.1)]
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
    public void Answers_are_read_as_people_type_them(string typed, double expected)
    {
        Assert.True(KpiExercise.TryRead(typed, out var value));
        Assert.Equal((decimal)expected, value);
    }

    [Theory]
    [InlineData("about a thousand")]
    [InlineData("5 and 7")]
    [InlineData("")]
    public void Text_that_is_not_one_number_is_not_an_answer(string typed)
    {
        Assert.False(KpiExercise.TryRead(typed, out _));
    }

    // The exact answer rounded to 2 decimals and written the ways people write it: bare, Russian
    // and English grouping, with the unit, and in thousands ("1.13k") when it is that large.
    private static IEnumerable<string> Formats(KpiExercise exercise)
    {
        var answer = exercise.Answer;
        var rounded = Math.Round(answer, 2);
        yield return rounded.ToString(System.Globalization.CultureInfo.InvariantCulture);
        yield return NumberFormatter.Format(answer, "ru");
        yield return NumberFormatter.Format(answer, "en");
        switch (exercise.Metric.Unit)
        {
            case KpiUnit.Percent:
                yield return NumberFormatter.Format(answer, "ru", NumberUnit.Percent);
                yield return NumberFormatter.Format(answer, "en", NumberUnit.Percent);
                break;
            case KpiUnit.Money:
                yield return NumberFormatter.Format(answer, "ru", NumberUnit.Rub);
                yield return NumberFormatter.Format(answer, "en", NumberUnit.Usd);
                yield return NumberFormatter.Format(answer, "ru") + " руб.";
                break;
        }

        if (Math.Abs(answer) >= 1000 && exercise.Tolerance >= Math.Abs(answer) / 1000 * 5)
        {
            yield return Math.Round(answer / 1000, 2).ToString(System.Globalization.CultureInfo.InvariantCulture) + "k";
            yield return NumberFormatter.Format(answer / 1000, "ru") + " тыс";
        }
    }
}
