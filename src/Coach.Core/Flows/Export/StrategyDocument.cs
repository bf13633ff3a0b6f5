using System.Globalization;
using Coach.Core.Dialogue;
using Coach.Core.Domain.Coverage;
using Coach.Core.Domain.Kpi;
using Coach.Core.Flows.Kpi;
using Coach.Core.Flows.Mix;
using Coach.Core.Flows.Persona;
using Coach.Core.Texts;

namespace Coach.Core.Flows.Export;

/// <summary>
/// Everything saved in a session as one strategy document: the coverage strategy and its
/// reasons, SMART goals, KPI results, and the sections not done yet as next steps (never blank).
/// </summary>
public static class StrategyDocument
{
    public static DocumentSpec Build(Session session, Texts.Texts t, DateTime now)
    {
        var blocks = new List<DocumentBlock>();
        var next = new List<string>();
        Coverage(session, t, blocks, next);
        Mix(session, t, blocks, next);
        Personas(session, t, blocks, next);
        Journeys(session, t, blocks, next);
        Goals(session, t, blocks, next);
        Kpis(session, t, blocks, next);
        ChannelPlan(session, t, blocks, next, now);
        Tov.TovDocument.Add(session, t, blocks, next);

        // With every section done there is nothing to list: no empty heading.
        if (next.Count > 0)
        {
            blocks.Add(new DocumentHeading(1, P(t["export.next.title"])));
            blocks.Add(new DocumentBullets(next));
        }

        var date = now.ToString(t.Language == Languages.Russian ? "dd.MM.yyyy" : "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new DocumentSpec($"strategy-{now:yyyyMMdd}", P(t["export.title"]), P(t.Format("export.subtitle", ("date", date))), blocks);
    }

    private static void Coverage(Session session, Texts.Texts t, List<DocumentBlock> blocks, List<string> next)
    {
        blocks.Add(new DocumentHeading(1, P(t["coverage.title"])));
        if (session.Coverage is not { } result)
        {
            blocks.Add(new DocumentParagraph(P(t["export.not_done"])));
            next.Add(P(t["export.next.coverage"]));
            return;
        }

        var chosen = CoverageCards.Name(result.Chosen);
        blocks.Add(new DocumentParagraph(P(t.Format("export.coverage.summary", ("product", result.Product), ("strategy", t.Html($"coverage.name.{chosen}"))))));
        if (result.Chosen != result.Recommended)
        {
            blocks.Add(new DocumentParagraph(P(t.Format("export.coverage.recommended", ("strategy", t.Html($"coverage.name.{CoverageCards.Name(result.Recommended)}"))))));
        }

        var recommendation = CoverageFlow.Recommend(session);
        blocks.Add(new DocumentHeading(2, P(t["coverage.rec.why"])));
        // Each reason with the strategy it points to, and the strategies ruled out, as on the recommendation card.
        blocks.Add(new DocumentBullets(CoverageCards.Reasons(t, recommendation).Select(line => P(line).TrimStart('•', ' ')).ToList()));
        blocks.Add(new DocumentParagraph(P(t.Format("coverage.rec.pros", ("pros", t.Html($"coverage.pros.{chosen}"))))));
        blocks.Add(new DocumentParagraph(P(t.Format("coverage.rec.cons", ("cons", t.Html($"coverage.cons.{chosen}"))))));
        if (result.Segments.Count > 0)
        {
            blocks.Add(new DocumentHeading(2, P(t.Format("coverage.result.segments", ("count", result.Segments.Count)))));
            blocks.Add(new DocumentBullets(result.Segments));
        }

        // The potential with the target and, when the niche cannot reach it, the warning, as on the result card.
        if (CoverageFlow.Niche(session) is { } niche && result.Chosen == CoverageStrategy.Concentrated)
        {
            blocks.AddRange(CoverageCards.NicheLines(t, niche).Select(line => (DocumentBlock)new DocumentParagraph(P(line))));
        }
    }

    private static void Mix(Session session, Texts.Texts t, List<DocumentBlock> blocks, List<string> next)
    {
        blocks.Add(new DocumentHeading(1, P(t["mix.title"])));
        if (MixFlow.Saved(session) is not { } mix)
        {
            blocks.Add(new DocumentParagraph(P(t["export.not_done"])));
            next.Add(P(t["export.next.mix"]));
            return;
        }

        blocks.Add(new DocumentParagraph(P(t.Format("mix.result.title", ("model", t.Html($"mix.model.{mix.Model}"))))));
        blocks.Add(new DocumentTable(
            [P(t["export.mix.element"]), P(t["export.mix.answer"])],
            mix.Answers.Select(a => (IReadOnlyList<string>)[P(t[$"mix.el.{a.Element}.short"]), a.Answer]).ToList()));
    }

    private static void Personas(Session session, Texts.Texts t, List<DocumentBlock> blocks, List<string> next)
    {
        blocks.Add(new DocumentHeading(1, P(t["persona.title"])));
        if (session.Personas.Count == 0)
        {
            blocks.Add(new DocumentParagraph(P(t["export.not_done"])));
            next.Add(P(t["export.next.personas"]));
            return;
        }

        // A differentiated strategy: which persona stands for which segment, and which segments still lack one.
        if (PersonaFlow.Segments(session).Count > 0)
        {
            blocks.Add(new DocumentHeading(2, P(t["export.personas.segments"])));
            blocks.Add(new DocumentBullets(PersonaHub.SegmentLines(t, session).Select(line => P(line).TrimStart('•', ' ')).ToList()));
            if (!PersonaFlow.Definition.IsDone(session))
            {
                next.Add(P(t["export.next.personas"]));
            }
        }

        var steps = PersonaFlow.Definition.Steps.Where(s => s.Key != "name").ToList();
        foreach (var persona in session.Personas)
        {
            blocks.Add(new DocumentHeading(2, persona.Segment is null ? persona.Name : $"{persona.Name} ({persona.Segment})"));
            blocks.Add(new DocumentBullets(steps
                .Where(step => persona.Fields.ContainsKey(step.Key))
                .Select(step => $"{P(t[step.ShortKey])}: {step.Answer.Display(persona.Fields[step.Key], step, t)}")
                .ToList()));
        }
    }

    private static void Journeys(Session session, Texts.Texts t, List<DocumentBlock> blocks, List<string> next)
    {
        blocks.Add(new DocumentHeading(1, P(t["cjm.title"])));
        if (session.Cjms.Count == 0)
        {
            blocks.Add(new DocumentParagraph(P(t["export.not_done"])));
            next.Add(P(t["export.next.cjm"]));
            return;
        }

        foreach (var map in session.Cjms)
        {
            var table = Cjm.CjmCards.Table(t, map);
            blocks.Add(new DocumentHeading(2, table.Title));
            blocks.Add(Picture(t, table));
            blocks.Add(new DocumentTable(table.Headers, table.Rows));
            var growth = map.Steps.Where(s => s.IsGrowthPoint).ToList();
            blocks.Add(new DocumentParagraph(P(growth.Count == 0 ? t["cjm.result.no_growth_points"] : t["cjm.result.growth_points"])));
            if (growth.Count > 0)
            {
                blocks.Add(new DocumentBullets(growth.Select(s => $"{P(t[$"cjm.stage.{s.Stage}"])}: {s.Barriers}").ToList()));
            }

            var tasks = Cjm.CjmCards.Tasks(map).Select(task => $"[{P(t[$"cjm.role.{task.Role.ToString().ToLowerInvariant()}"])}] {task.Task}").ToList();
            if (tasks.Count > 0)
            {
                blocks.Add(new DocumentBullets(tasks));
            }
        }
    }

    private static void ChannelPlan(Session session, Texts.Texts t, List<DocumentBlock> blocks, List<string> next, DateTime now)
    {
        blocks.Add(new DocumentHeading(1, P(t["channels.title"])));
        if (Channels.ChannelPlanFlow.Plan(session, now) is not { } plan || !session.CompletedFlows.Contains(Channels.ChannelPlanFlow.Id))
        {
            blocks.Add(new DocumentParagraph(P(t["export.not_done"])));
            next.Add(P(t["export.next.channels"]));
            return;
        }

        var card = Channels.ChannelPlanCards.Result(t, plan, Channels.GoalPlanLines.ForSession(session, t, now)).Text;
        blocks.AddRange(card.Split("\n\n").Select(part => (DocumentBlock)new DocumentParagraph(P(part))));
    }

    private static void Goals(Session session, Texts.Texts t, List<DocumentBlock> blocks, List<string> next)
    {
        blocks.Add(new DocumentHeading(1, P(t["smart.title"])));
        if (session.Goals.Count == 0)
        {
            blocks.Add(new DocumentParagraph(P(t["export.not_done"])));
            next.Add(P(t["export.next.smart"]));
            return;
        }

        var rows = session.Goals.Select(g => (IReadOnlyList<string>)
        [
            g.Text,
            t[$"smart.metric.{g.Metric}"],
            $"{KpiText.Number(t, g.Baseline)} → {KpiText.Number(t, g.Target)}",
            g.Due.ToString(t.Language == Languages.Russian ? "dd.MM.yyyy" : "yyyy-MM-dd", CultureInfo.InvariantCulture),
        ]).ToList();
        blocks.Add(new DocumentTable([P(t["export.goals.goal"]), P(t["export.goals.metric"]), P(t["export.goals.change"]), P(t["export.goals.due"])], rows));
    }

    private static void Kpis(Session session, Texts.Texts t, List<DocumentBlock> blocks, List<string> next)
    {
        blocks.Add(new DocumentHeading(1, P(t["kpi.title"])));
        var records = session.KpiHistory.AsEnumerable().Reverse().Take(30).ToList();
        if (records.Count == 0)
        {
            blocks.Add(new DocumentParagraph(P(t["export.not_done"])));
            next.Add(P(t["export.next.kpi"]));
            return;
        }

        var rows = new List<IReadOnlyList<string>>();
        foreach (var record in records)
        {
            var currency = Enum.TryParse<Parsing.NumberUnit>(record.Currency, out var unit) ? unit : Parsing.NumberUnit.None;
            var metric = KpiCatalog.Find(record.Metric);
            var name = metric is null ? t["kpi.channels.name"] : KpiText.Name(t, metric);
            var value = metric is null ? KpiText.Money(t, record.Value, currency) : KpiText.Value(t, metric.Unit, record.Value, currency);
            rows.Add([name, value, record.Utc.ToString(t.Language == Languages.Russian ? "dd.MM.yyyy" : "yyyy-MM-dd", CultureInfo.InvariantCulture)]);
        }

        blocks.Add(new DocumentTable([P(t["export.kpi.metric"]), P(t["export.kpi.value"]), P(t["export.kpi.date"])], rows));

        // The latest funnel, drawn again from its saved inputs.
        if (records.FirstOrDefault(r => r.Metric == "funnel") is { } funnel
            && KpiCalculator.Compute(KpiCatalog.Find("funnel")!, funnel.Inputs.ToDictionary(pair => pair.Key, pair => KpiValue.Of(pair.Value))).Result is { } result
            && KpiCards.Chart(t, result) is { } chart)
        {
            blocks.Add(Picture(t, chart));
        }
    }

    // Only the .md and the .pdf are sent, so the Markdown names the picture and points to the PDF rather than to a file.
    private static DocumentChart Picture(Texts.Texts t, Chart chart) =>
        new(chart) { MarkdownNote = P(t.Format("export.picture_in_pdf", ("caption", chart.Title))) };

    private static string P(string html) => TextCatalog.Plain(html);
}
