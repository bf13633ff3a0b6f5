using Coach.Core.Dialogue;
using Coach.Core.Domain.Coverage;
using Coach.Core.Parsing;
using Coach.Core.Texts;

namespace Coach.Core.Flows.Coverage;

/// <summary>The recommendation and result cards of the coverage wizard.</summary>
internal static class CoverageCards
{
    public static string Recommendation(StepContext context)
    {
        var t = context.Texts;
        var recommendation = CoverageFlow.Recommend(context.Session);
        var strategy = Name(recommendation.Strategy);
        var product = context.Session.Answer(CoverageFlow.Key("product")) ?? "";
        var lines = new List<string>
        {
            t.Format("coverage.rec.title", ("strategy", t.Html($"coverage.name.{strategy}"))),
            t["coverage.rec.why"],
        };

        lines.AddRange(Reasons(t, recommendation));

        if (recommendation.CloseSecond is { } second)
        {
            lines.Add(t.Format("coverage.rec.close", ("strategy", t.Html($"coverage.name.{Name(second)}"))));
        }

        lines.Add(t.Format("coverage.rec.pros", ("pros", t.Html($"coverage.pros.{strategy}"))));
        lines.Add(t.Format("coverage.rec.cons", ("cons", t.Html($"coverage.cons.{strategy}"))));
        lines.Add(t.Format(t.Variant($"coverage.example.{strategy}", BusinessExamples.Variant(context.Session)), ("product", product)));
        return string.Join("\n", lines);
    }

    /// <summary>Each criterion's verdict ("• a limited budget… → niche"), then the strategies the rules exclude and why.</summary>
    public static IEnumerable<string> Reasons(Texts.Texts t, CoverageRecommendation recommendation)
    {
        foreach (var verdict in recommendation.Verdicts)
        {
            var pointsTo = verdict.Supports is { } supports
                ? t.Html("coverage.rec.points_to", ("strategy", t.Html($"coverage.short.{Name(supports)}")))
                : t.Html("coverage.rec.neutral");
            yield return t.Format("coverage.rec.verdict", ("reason", t.Html($"coverage.reason.{verdict.Criterion}.{verdict.Answer}")), ("points", pointsTo));
        }

        foreach (var ruledOut in recommendation.RuledOut)
        {
            yield return t.Format("coverage.rec.ruled_out", ("strategy", t.Html($"coverage.name.{Name(ruledOut.Strategy)}")), ("rule", t.Html($"coverage.rule.{ruledOut.Rule}")));
        }
    }

    public static Reply Result(StepContext context, CoverageResult result, NichePotential? niche)
    {
        var t = context.Texts;
        var chosen = Name(result.Chosen);
        var lines = new List<string>
        {
            t.Format("coverage.result.title", ("strategy", t.Html($"coverage.name.{chosen}")), ("product", result.Product)),
        };

        if (result.Chosen != result.Recommended)
        {
            lines.Add(t.Format("coverage.result.override", ("recommended", t.Html($"coverage.name.{Name(result.Recommended)}")), ("cons", t.Html($"coverage.cons.{chosen}"))));
        }

        switch (result.Chosen)
        {
            case CoverageStrategy.Mass:
                lines.Add(t["coverage.result.mass"]);
                break;
            case CoverageStrategy.Differentiated:
                lines.Add(t.Format("coverage.result.segments", ("count", result.Segments.Count)));
                lines.AddRange(result.Segments.Select((segment, i) => t.Format("coverage.result.segment", ("n", i + 1), ("segment", segment))));
                lines.Add(t["coverage.result.differentiated"]);
                break;
            case CoverageStrategy.Concentrated when niche is not null:
                lines.AddRange(NicheLines(t, niche));
                break;
        }

        // Walking the programme, its card follows with the next section: one next step, not two.
        if (context.Session.InProgramme)
        {
            return new Reply(string.Join("\n\n", lines));
        }

        lines.Add(t[$"coverage.next.{chosen}"]);
        return new Reply(string.Join("\n\n", lines))
        {
            Buttons = [[new Button(t["persona.title"], ButtonData.Command("personas")), new Button(t["button.menu"], ButtonData.Command("menu"))]],
        };
    }

    /// <summary>The niche's yearly potential and how it compares with the revenue target (shared with the strategy document).</summary>
    public static IEnumerable<string> NicheLines(Texts.Texts t, NichePotential niche)
    {
        var language = t.Language;
        yield return t.Format(
            "coverage.result.potential",
            ("customers", NumberFormatter.Format(niche.Customers, language)),
            ("purchases", NumberFormatter.Format(niche.PurchasesPerYear, language)),
            ("check", Money(niche.AverageCheck, language)),
            ("potential", Money(niche.YearlyPotential, language)));

        if (niche.RevenueTarget is not { } target)
        {
            yield return t["coverage.result.no_target"];
        }
        else if (niche.BelowTarget)
        {
            yield return t.Format("coverage.result.below_target", ("target", Money(target, language)), ("potential", Money(niche.YearlyPotential, language)));
        }
        else
        {
            // Above the share a newcomer can realistically take (the consultant's remark says the same), the card says
            // "a stretch", not "realistic".
            var key = niche.NeedsDominance ? "coverage.result.share_high"
                : niche.ShareNeededPercent > Domain.Remarks.NumberRules.RealisticNicheShare ? "coverage.result.share_stretch"
                : "coverage.result.share_ok";
            yield return t.Format(key, ("target", Money(target, language)), ("share", NumberFormatter.Format(niche.ShareNeededPercent!.Value, language, NumberUnit.Percent)));
        }
    }

    /// <summary>Money the way the user's locale writes it: RU "1 125 ₽", EN "1,125".</summary>
    public static string Money(decimal value, string language) =>
        NumberFormatter.Money(value, language, language == Languages.Russian ? NumberUnit.Rub : NumberUnit.None);

    public static string Name(CoverageStrategy strategy) => strategy.ToString().ToLowerInvariant();
}
