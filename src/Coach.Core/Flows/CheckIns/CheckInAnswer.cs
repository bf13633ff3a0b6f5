using System.Globalization;
using Coach.Core.Dialogue;
using Coach.Core.Domain.CheckIns;
using Coach.Core.Domain.Channels;
using Coach.Core.Flows.Channels;
using Coach.Core.Parsing;

namespace Coach.Core.Flows.CheckIns;

/// <summary>
/// The week's figures typed as lines, a channel each, "VK 12000 9; Яндекс Директ 8 000 3": the channel's name (read
/// as a channel of the plan, as /kpi channels reads it), the week's spend and its new customers. Channels not named
/// are not reported (not zero).
/// </summary>
public sealed class CheckInAnswer : AnswerKind
{
    public override AnswerCheck Check(string text, Texts.Texts texts) => AnswerCheck.Reject(texts["error.internal"]);

    public override AnswerCheck Check(string text, StepContext context)
    {
        var t = context.Texts;
        var plan = ChannelPlanFlow.Plan(context.Session, context.Utc);
        if (plan is null)
        {
            return AnswerCheck.Reject(t["checkins.noplan"]);
        }

        var planned = CheckInFlow.Weekly(plan).Select(p => p.Channel).ToList();
        var names = string.Join(", ", planned.Select(c => CheckInCards.ChannelName(t, c)));
        var rows = new List<CheckInRow>();
        foreach (var line in text.Split(['\n', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var numbers = NumberParser.FindAll(line, t.Language);
            var name = numbers.Count == 0 ? line : line[..numbers[0].Start].Trim().TrimEnd(':', '-', '—', ',').Trim();
            var channel = ChannelNames.Read(name, planned)
                ?? (OptionMatcher.Match(name, planned.Select(c => CheckInCards.ChannelName(t, c)).ToList()) is { } index && !int.TryParse(name, out _) ? planned[index] : null);
            if (name.Length == 0 || channel is null)
            {
                return AnswerCheck.Reject(t.Format("checkin.problem.name", ("line", line), ("channels", names)));
            }

            if (rows.Any(r => r.Channel == channel))
            {
                return AnswerCheck.Reject(t.Format("checkin.problem.twice", ("channel", CheckInCards.ChannelName(t, channel))));
            }

            var readings = numbers.Count == 2
                ? [[numbers[0].Number.Value, numbers[1].Number.Value]]
                : numbers.Count == 0 ? [] : NumberCuts.Of(line[numbers[0].Start..], 2).Where(Sensible).ToList();
            if (readings.Count != 1)
            {
                return AnswerCheck.Reject(t.Format(readings.Count == 0 ? "checkin.problem.numbers" : "checkin.problem.ambiguous", ("line", line), ("example", CheckInCards.ExampleLine(t, CheckInFlow.Weekly(plan)))));
            }

            var (spend, customers) = (readings[0][0], readings[0][1]);
            if (spend < 0 || customers < 0 || customers != decimal.Truncate(customers) || Math.Max(spend, customers) > Domain.Kpi.KpiCalculator.MaxInput)
            {
                return AnswerCheck.Reject(t.Format("checkin.problem.values", ("line", line)));
            }

            rows.Add(new CheckInRow(channel, spend, customers));
        }

        return rows.Count == 0
            ? AnswerCheck.Reject(t.Format("checkin.problem.numbers", ("line", text.Trim()), ("example", CheckInCards.ExampleLine(t, CheckInFlow.Weekly(plan)))))
            : AnswerCheck.Accept(Encode(rows));
    }

    public override string Display(string value, StepDefinition step, Texts.Texts texts) =>
        string.Join("; ", Decode(value).Select(r => $"{CheckInCards.ChannelName(texts, r.Channel)} {CheckInCards.Money(texts, r.Spend)} {Number(r.Customers)}"));

    public static string Encode(IEnumerable<CheckInRow> rows) =>
        string.Join('\n', rows.Select(r => string.Join('\t', r.Channel, Number(r.Spend), Number(r.Customers))));

    public static List<CheckInRow> Decode(string? saved) =>
        (saved ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split('\t'))
            .Where(f => f.Length == 3)
            .Select(f => new CheckInRow(f[0], decimal.Parse(f[1], CultureInfo.InvariantCulture), decimal.Parse(f[2], CultureInfo.InvariantCulture)))
            .ToList();

    // A cut of "12 000 9" that makes sense: whole customers, and a customer for at least one unit of money.
    private static bool Sensible(decimal[] cut) =>
        cut[0] >= 0 && cut[1] >= 0 && cut[1] == decimal.Truncate(cut[1]) && (cut[1] == 0 || cut[0] / cut[1] >= 1);

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
