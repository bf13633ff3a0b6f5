using System.Globalization;
using Coach.Core.Domain.Kpi;
using Coach.Core.Domain.Learn;
using Coach.Core.Flows.Learn;
using Coach.Core.Parsing;

namespace Coach.Core.Tests.Learn;

/// <summary>KPI exercises answered through the chat, the way a student types.</summary>
public class KpiPracticeChatTests
{
    // The first seed whose exercise satisfies the condition (the first exercise of a seeded chat uses its seed).
    private static int SeedWhere(string metricId, Func<KpiExercise, bool> condition) =>
        Enumerable.Range(1, 20_000).First(seed => condition(KpiExercises.Make(metricId, seed)));

    private static bool HasThreeDecimals(decimal value) => value * 1000 == decimal.Truncate(value * 1000) && value * 100 != decimal.Truncate(value * 100);

    [Fact]
    public void A_russian_payback_with_three_decimals_is_read_with_a_decimal_comma()
    {
        var seed = SeedWhere("payback", e => HasThreeDecimals(e.Answer) && e.Answer < 10);
        var chat = LearnFlowTests.Seeded("ru", seed).Send("/learn practice payback");
        var exercise = PracticeFlows.CurrentKpi(chat.Session)!;

        chat.Send(exercise.Answer.ToString(CultureInfo.InvariantCulture).Replace('.', ','));

        Assert.Contains("✅ <b>Верно:", chat.Text);
        Assert.DoesNotContain("мес..", chat.Text);
    }

    [Fact]
    public void A_russian_percentage_with_three_decimals_is_read_with_a_decimal_comma()
    {
        var metric = new[] { "conversion", "ctr", "roi", "roas", "traffic_growth" }
            .First(m => Enumerable.Range(1, 20_000).Any(seed => KpiExercises.Make(m, seed) is { Answer: >= 10 and < 1000 } e && HasThreeDecimals(e.Answer)));
        var seed = SeedWhere(metric, e => e.Answer is >= 10 and < 1000 && HasThreeDecimals(e.Answer));
        var chat = LearnFlowTests.Seeded("ru", seed).Send($"/learn practice {metric}");
        var exercise = PracticeFlows.CurrentKpi(chat.Session)!;

        chat.Send(exercise.Answer.ToString(CultureInfo.InvariantCulture).Replace('.', ',') + "%");

        Assert.Contains("✅ <b>Верно:", chat.Text);
    }

    [Fact]
    public void A_payback_typed_with_months_is_an_answer()
    {
        var chat = LearnFlowTests.Seeded("ru").Send("/learn practice payback");
        var exercise = PracticeFlows.CurrentKpi(chat.Session)!;

        chat.Send(NumberFormatter.Format(exercise.Answer, "ru") + " мес.");

        Assert.Contains("✅ <b>Верно:", chat.Text);
    }

    [Fact]
    public void A_percentage_typed_as_a_fraction_is_asked_again_rather_than_graded_wrong()
    {
        var seed = SeedWhere("conversion", e => e.Answer >= 1);
        var chat = LearnFlowTests.Seeded("en", seed).Send("/learn practice conversion");
        var exercise = PracticeFlows.CurrentKpi(chat.Session)!;

        chat.Send((exercise.Answer / 100).ToString(CultureInfo.InvariantCulture));

        Assert.Contains("Did you mean " + NumberFormatter.Format(exercise.Answer, "en", NumberUnit.Percent), chat.Text);
        Assert.Equal("learn_kpi.answer", chat.State);
        Assert.Null(chat.Session.Learning.Score("conversion"));
    }

    [Fact]
    public void A_drop_in_traffic_is_answered_with_a_negative_number()
    {
        var seed = SeedWhere("traffic_growth", e => e.Answer <= -10);
        var chat = LearnFlowTests.Seeded("en", seed).Send("/learn practice traffic_growth");
        var exercise = PracticeFlows.CurrentKpi(chat.Session)!;

        chat.Send(Math.Round(exercise.Answer).ToString(CultureInfo.InvariantCulture) + "%");

        Assert.Contains("✅ <b>Right:", chat.Text);
        Assert.True(chat.Session.Learning.Score("traffic_growth")!.LastRight);
    }

    [Fact]
    public void The_tolerance_of_a_percentage_is_stated_in_percentage_points()
    {
        var seed = SeedWhere("roi", e => e.Answer >= 10);
        var chat = LearnFlowTests.Seeded("ru", seed).Send("/learn practice roi");

        Assert.Contains("±0,5 п. п.", chat.Text);
    }

    [Fact]
    public void Generated_problems_stay_within_realistic_ranges()
    {
        for (var seed = 1; seed <= 20_000; seed++)
        {
            Assert.InRange(KpiExercises.Make("cpc", seed).Answer, 7.5m, 121m);
            Assert.InRange(KpiExercises.Make("cpm", seed).Answer, 78m, 602m);
            var cac = KpiExercises.Make("cac", seed);
            Assert.InRange(cac.Answer, 250m, 2_550m);
            Assert.InRange(cac.Values["spend"].Amount, 10_000m, 150_000m);
            var ltv = KpiExercises.Make("ltv", seed);
            Assert.InRange(ltv.Values["check"].Amount, 150m, 600m);
            Assert.InRange(ltv.Answer, 150m, 300_000m);
            Assert.InRange(KpiExercises.Make("average_check", seed).Answer, 200m, 1_700m);
            Assert.InRange(KpiExercises.Make("cpa", seed).Answer, 90m, 1_550m);
        }
    }
}
