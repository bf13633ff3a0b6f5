using Coach.Core.Dialogue;
using Coach.Core.Domain.Cjm;

namespace Coach.Core.Flows.Cjm;

/// <summary>The journey map as text and as a table picture, with growth points and channel tasks.</summary>
public static class CjmCards
{
    public static Reply Result(Texts.Texts t, CjmMap map)
    {
        var lines = new List<string> { t.Format("cjm.result.title", ("persona", map.PersonaName)) };
        foreach (var step in map.Steps)
        {
            lines.Add(t.Format(
                "cjm.result.stage",
                ("stage", t.Html($"cjm.stage.{step.Stage}")),
                ("emotion", t[$"cjm.field.emotion.opt.{CjmFlow.Emotions[step.Emotion + 2]}"]),
                ("actions", step.Actions),
                ("touchpoints", step.Touchpoints)));
        }

        var growth = map.Steps.Where(s => s.IsGrowthPoint).ToList();
        lines.Add(growth.Count == 0
            ? t["cjm.result.no_growth_points"]
            : t["cjm.result.growth_points"] + "\n" + string.Join("\n", growth.Select(s => t.Format("cjm.result.growth_point", ("stage", t.Html($"cjm.stage.{s.Stage}")), ("barriers", s.Barriers)))));

        var tasks = Tasks(map).ToList();
        if (tasks.Count > 0)
        {
            lines.Add(t["cjm.result.tasks"] + "\n" + string.Join("\n", tasks.Select(task => t.Format("cjm.result.task", ("role", t.Html($"cjm.role.{task.Role.ToString().ToLowerInvariant()}")), ("task", task.Task)))));
        }

        return new Reply(string.Join("\n\n", lines))
        {
            Charts = [Table(t, map)],
            Buttons = [[new Button(t["button.menu"], ButtonData.Command("menu"))]],
        };
    }

    /// <summary>Every "what helps" as a channel task with the role of its stage.</summary>
    public static IEnumerable<(ChannelRole Role, string Task)> Tasks(CjmMap map) =>
        map.Steps.Where(s => !string.IsNullOrWhiteSpace(s.Helps)).Select(s => (CjmMap.RoleOf(s.Stage), s.Helps!));

    public static TableChart Table(Texts.Texts t, CjmMap map)
    {
        var headers = new List<string> { "" };
        headers.AddRange(map.Steps.Select(s => Texts.TextCatalog.Plain(t[$"cjm.stage.{s.Stage}"])));
        var rows = CjmFlow.Fields.Select(field => (IReadOnlyList<string>)
        [
            Texts.TextCatalog.Plain(t[$"cjm.field.{field}.short"]),
            .. map.Steps.Select(s => field switch
            {
                "actions" => s.Actions,
                "touchpoints" => s.Touchpoints,
                "emotion" => Texts.TextCatalog.Plain(t[$"cjm.field.emotion.opt.{CjmFlow.Emotions[s.Emotion + 2]}"]),
                "barriers" => s.Barriers ?? "—",
                _ => s.Helps ?? "—",
            }),
        ]).ToList();

        // Emotion colours its row; a growth point colours its barrier.
        var tones = CjmFlow.Fields.Select(field => (IReadOnlyList<int>)
        [
            0,
            .. map.Steps.Select(s => field == "emotion" ? s.Emotion : field == "barriers" && s.IsGrowthPoint ? -2 : 0),
        ]).ToList();
        return new TableChart("cjm.png", Texts.TextCatalog.Plain(t.Format("cjm.result.title", ("persona", map.PersonaName))), t["cjm.chart.caption"], headers, rows, tones);
    }
}
