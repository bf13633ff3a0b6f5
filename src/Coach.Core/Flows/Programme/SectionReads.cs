using System.Globalization;
using Coach.Core.Dialogue;
using Coach.Core.Domain.Programme;
using Coach.Core.Flows.Coverage;
using Coach.Core.Flows.Kpi;
using Coach.Core.Parsing;
using Coach.Core.Texts;

namespace Coach.Core.Flows.Programme;

/// <summary>
/// One value a section reads from elsewhere: its id (the flag's text key is "programme.changed.{id}"),
/// the value as the section sees it now (canonical), and, when a flag should say "from … to …",
/// how to show a value (as HTML: catalogue texts and escaped user values).
/// </summary>
public sealed record SectionRead(string Id, Func<Session, string> Value, Func<Texts.Texts, string, string>? Show = null);

/// <summary>A section of the programme as the review flags see it: the flows that finish it and what it reads.</summary>
public sealed record SectionReadsOf(string Section, Func<string, bool> FinishedBy, IReadOnlyList<SectionRead> Reads);

/// <summary>
/// Which section reads what, as a table. When a section is finished its reads are remembered
/// (<see cref="Domain.Programme.ProgrammeState.SectionInputs"/>); it needs a review only when one of them really changed
/// since, so walking a section again and keeping every answer flags nothing.
/// </summary>
public static class SectionReads
{
    public const string Personas = "personas";

    public static readonly SectionRead Product = new("product", s => s.Coverage?.Product ?? "", Quoted);

    public static readonly SectionRead Segments = new("segments", s => string.Join("\n", s.Coverage?.Segments ?? []), (t, v) => QuotedList(t, v.Split('\n', StringSplitOptions.RemoveEmptyEntries)));

    /// <summary>The coverage wizard's budget level, which the channel plan follows (a limited budget starts with fewer channels).</summary>
    public static readonly SectionRead Budget = new("budget", s => s.Coverage is null ? "" : s.Answer(CoverageFlow.Key("budget")) ?? "", (t, v) => v.Length == 0 ? t["programme.value.none"] : t[$"programme.value.budget.{v}"]);

    /// <summary>What the journey maps were drawn from: the mapped personas' pains, motivation, barriers and channels.</summary>
    public static readonly SectionRead Portraits = new("portraits", s => string.Join("\n", s.Cjms.OrderBy(m => m.PersonaId, StringComparer.Ordinal).Select(m =>
        s.Personas.FirstOrDefault(p => p.Id == m.PersonaId) is { } p
            ? $"{p.Id}:{string.Join("|", new[] { "pains", "motivation", "barriers", "channels" }.Select(f => p.Fields.GetValueOrDefault(f)))}"
            : $"{m.PersonaId}:")));

    public static readonly SectionRead PersonaChannels = new(
        "persona_channels",
        s => string.Join(",", s.Personas.SelectMany(p => MultiChoiceAnswer.Split(p.Fields.GetValueOrDefault("channels"))).Distinct().OrderBy(c => Array.IndexOf(Persona.PersonaFlow.Channels, c))),
        (t, v) => v.Length == 0 ? t["programme.value.none"] : string.Join(", ", v.Split(',').Select(c => t[$"persona.channels.opt.{c}"])));

    public static readonly SectionRead GrowthPoints = new("growth_points", s => string.Join("\n", s.Cjms.OrderBy(m => m.PersonaId, StringComparer.Ordinal)
        .SelectMany(m => m.Steps.Where(step => step.IsGrowthPoint).Select(step => $"{m.PersonaId}:{step.Stage}:{step.Barriers}"))));

    public static readonly SectionRead Goals = new("goals", s => string.Join("\n", s.Goals.Select(g => g.Text)));

    public static readonly SectionRead LastCac = new("cac", s => s.KpiHistory.LastOrDefault(r => r.Metric == "cac") is { } cac ? $"{cac.Value.ToString(CultureInfo.InvariantCulture)} {cac.Currency}" : "", ShowMoney);

    public static readonly IReadOnlyList<SectionReadsOf> Table =
    [
        new("coverage", flow => flow == CoverageFlow.Id, []),
        new("mix", flow => flow.StartsWith("mix_", StringComparison.Ordinal), [Product]),
        new(Personas, flow => flow == Persona.PersonaFlow.Id, [Segments]),
        new("cjm", flow => flow == Cjm.CjmFlow.Id, [Portraits]),
        new("smart", flow => flow == Smart.SmartFlow.Id, []),
        new("kpi", flow => flow.StartsWith("kpi_", StringComparison.Ordinal), []),
        new("channels", flow => flow == Channels.ChannelPlanFlow.Id, [Budget, PersonaChannels, GrowthPoints, Goals, LastCac]),
        new("tov", flow => flow == Tov.TovProfileFlow.Id, []),
    ];

    /// <summary>After a flow is finished: remembers what its section read.</summary>
    public static void Finished(Session session, string flowId)
    {
        if (Table.FirstOrDefault(section => section.FinishedBy(flowId)) is { } section)
        {
            Record(session, section.Section);
        }
    }

    /// <summary>Remembers the values a section reads now, replacing what it read before.</summary>
    public static void Record(Session session, string section)
    {
        session.SectionInputs.RemoveAll(input => input.Section == section);
        session.SectionInputs.AddRange(Now(session, section).Select(read => new SectionInput { Section = section, Read = read.Read, Value = read.Value }));
    }

    /// <summary>What changed since the section was last finished (nothing when it never was, or reads nothing).</summary>
    public static IReadOnlyList<InputChange> Changes(Session session, string section) => InputChanges.Between(
        session.SectionInputs.Where(input => input.Section == section).ToDictionary(input => input.Read, input => input.Value),
        Now(session, section));

    /// <summary>One change in words: "the coverage budget changed from moderate to limited".</summary>
    public static string Describe(Texts.Texts t, InputChange change)
    {
        var read = Table.SelectMany(section => section.Reads).First(r => r.Id == change.Read);
        // A value that was not there before reads as new ("появился CAC: 1 125 ₽"), not as "был нет".
        var key = change.Before.Length == 0 && t.Has($"programme.changed.{read.Id}.new") ? $"programme.changed.{read.Id}.new" : $"programme.changed.{read.Id}";
        return read.Show is { } show
            ? t.Format(key, ("from", new Markup(show(t, change.Before))), ("to", new Markup(show(t, change.Now))))
            : t.Format(key);
    }

    private static IReadOnlyList<(string Read, string Value)> Now(Session session, string section) =>
        Table.FirstOrDefault(s => s.Section == section)?.Reads.Select(read => (read.Id, read.Value(session))).ToList() ?? [];

    private static string Quoted(Texts.Texts t, string value) =>
        value.Length == 0 ? t["programme.value.none"] : t.Format("programme.value.quoted", ("text", value));

    private static string QuotedList(Texts.Texts t, IReadOnlyList<string> values) =>
        values.Count == 0 ? t["programme.value.none"] : string.Join(", ", values.Select(v => Quoted(t, v)));

    private static string ShowMoney(Texts.Texts t, string value)
    {
        var parts = value.Split(' ');
        return parts.Length == 2 && decimal.TryParse(parts[0], NumberStyles.Number, CultureInfo.InvariantCulture, out var amount)
            ? KpiText.Money(t, amount, Enum.TryParse<NumberUnit>(parts[1], out var unit) ? unit : NumberUnit.None)
            : t["programme.value.none"];
    }
}
