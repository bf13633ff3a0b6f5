using System.Globalization;
using Coach.Core.Dialogue;
using Coach.Core.Domain.Coverage;
using Coach.Core.Domain.Kpi;
using Coach.Core.Flows.Coverage;
using Coach.Core.Flows.Kpi;
using Coach.Core.Flows.Mix;
using Coach.Core.Flows.Persona;
using Coach.Core.Texts;

namespace Coach.Core.Flows.Export;

/// <summary>
/// Everything saved in a session as one strategy document: a one-page summary (strategy, goal,
/// the plan's numbers, the next actions by month), then the coverage strategy and its reasons,
/// SMART goals, KPI results with their inputs, the media plan, and the sections not done yet as
/// next steps (never blank).
/// </summary>
public static partial class StrategyDocument
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
        blocks.AddRange(CheckIns.CheckInCards.Results(session, t, now));
        Tov.TovDocument.Add(session, t, blocks, next);

        // What a consultant would point out, reading the whole strategy: every remark that holds now.
        if (Remarks.ConsultantRemarks.All(session, t) is { Count: > 0 } remarks)
        {
            blocks.Add(new DocumentHeading(1, P(t["export.remarks.title"])));
            blocks.Add(new DocumentBullets(remarks.Select(P).ToList()));
        }

        // With every section done there is nothing to list: no empty heading.
        if (next.Count > 0)
        {
            blocks.Add(new DocumentHeading(1, P(t["export.next.title"])));
            blocks.Add(new DocumentBullets(next));
        }

        // The summary reads the sections' outcome (what is not done yet), so it is built last and goes first.
        blocks.InsertRange(0, Summary(session, t, next, now));
        var date = t.Date(now);
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
            // One full rendering: the table (searchable, and the same in the Markdown), not a picture of it as well.
            blocks.Add(new DocumentHeading(2, table.Title));
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

        // The goal against the budget first, then the media plan as a table, then the rest of the card
        // (budget blocks, scenarios, year plan) as paragraphs: the card's title and row lines are left out.
        var card = Channels.ChannelPlanCards.Result(t, plan, Channels.GoalPlanLines.ForSession(session, t, now), Channels.ChannelCacNotes.For(session, t)).Text;
        var rows = Channels.ChannelPlanCards.RowLines(t, plan).ToHashSet();
        var parts = card.Split("\n\n").Skip(1).ToList();
        var goalParts = parts.TakeWhile(part => !rows.Contains(part)).ToList();
        blocks.AddRange(goalParts.Select(part => (DocumentBlock)new DocumentParagraph(P(part))));
        blocks.Add(MediaPlan(t, plan));
        blocks.AddRange(parts.Skip(goalParts.Count).Where(part => !rows.Contains(part)).Select(part => (DocumentBlock)new DocumentParagraph(P(part))));
    }

    private static DocumentTable MediaPlan(Texts.Texts t, Domain.Channels.ChannelPlan plan) => new(
        [P(t["export.media.channel"]), P(t["export.media.role"]), P(t["export.media.month"]), P(t["export.media.budget"]), P(t["export.media.activities"]), P(t["export.media.result"])],
        plan.Rows.Select(r => (IReadOnlyList<string>)
        [
            P(t[$"persona.channels.opt.{r.Channel}"]),
            P(t[$"cjm.role.{r.Role.ToString().ToLowerInvariant()}"]),
            r.LaunchMonth.ToString(CultureInfo.InvariantCulture),
            Channels.ChannelPlanCards.Money(t, r.MonthlyBudget),
            P(t[Channels.ChannelPlanCards.ActivitiesKey(t, r)]),
            P(Channels.ChannelPlanCards.RowResult(t, plan, r)),
        ]).ToList());

    private static void Goals(Session session, Texts.Texts t, List<DocumentBlock> blocks, List<string> next)
    {
        blocks.Add(new DocumentHeading(1, P(t["smart.title"])));
        if (session.Goals.Count == 0)
        {
            blocks.Add(new DocumentParagraph(P(t["export.not_done"])));
            next.Add(P(t["export.next.smart"]));
            return;
        }

        // The goal as the SMART card restates it, not the user's first wording.
        var rows = session.Goals.Select(g => (IReadOnlyList<string>)
        [
            P(Smart.SmartCards.Restated(t, g)),
            t[$"smart.metric.{g.Metric}"],
            $"{KpiText.Number(t, g.Baseline)} → {KpiText.Number(t, g.Target)}",
            t.Date(g.Due),
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
            rows.Add([name, value, Inputs(t, metric, record, currency), t.Date(record.Utc)]);
        }

        blocks.Add(new DocumentTable([P(t["export.kpi.metric"]), P(t["export.kpi.value"]), P(t["export.kpi.inputs"]), P(t["export.kpi.date"])], rows));

        // The latest funnel, drawn again from its saved inputs.
        if (records.FirstOrDefault(r => r.Metric == "funnel") is { } funnel
            && KpiCalculator.Compute(KpiCatalog.Find("funnel")!, funnel.Inputs.ToDictionary(pair => pair.Key, pair => KpiValue.Of(pair.Value))).Result is { } result
            && KpiCards.Chart(t, result) is { } chart)
        {
            blocks.Add(Picture(t, chart));
        }
    }

    // What the result was computed from, as the formula shows it: "marketing spend 90 000 ₽, new customers 80".
    private static string Inputs(Texts.Texts t, KpiMetric? metric, KpiRecord record, Parsing.NumberUnit currency) =>
        metric is null ? "" : string.Join(", ", metric.Inputs
            .Where(input => record.Inputs.ContainsKey(input.Key))
            .Select(input => $"{KpiText.InputName(t, input.Key)} {KpiText.Input(t, input, Value(record, input.Key), currency, totals: true)}"));

    private static KpiValue Value(KpiRecord record, string key) =>
        new(record.Inputs[key], [record.Inputs[key]], record.Periods.TryGetValue(key, out var per) && Enum.TryParse<Parsing.Period>(per, out var period) ? period : null);

    // Only the .md and the .pdf are sent, so the Markdown names the picture and points to the PDF rather than to a file.
    private static DocumentChart Picture(Texts.Texts t, Chart chart) =>
        new(chart) { MarkdownNote = P(t.Format("export.picture_in_pdf", ("caption", chart.Title))) };

    private static string P(string html) => TextCatalog.Plain(html);
}
