using System.Globalization;
using Coach.Core.Dialogue;
using Coach.Core.Domain.Kpi;
using Coach.Core.Parsing;

namespace Coach.Core.Flows.Kpi;

/// <summary>
/// A small table typed as lines, one channel each: "VK 30 000 40 10" or "Контекст: 25 000, 35, 12"
/// (name, spend, leads, customers). Lines may also be separated by ";".
/// </summary>
public sealed class ChannelRowsAnswer : AnswerKind
{
    public const int MinRows = 2;
    public const int MaxRows = 10;

    public override AnswerCheck Check(string text, Texts.Texts texts) =>
        TryRead(text, out var rows, out var problem, out var line)
            ? AnswerCheck.Accept(Encode(rows))
            : AnswerCheck.Reject(Problem(texts, problem, line));

    /// <summary>What is wrong with the typed table, naming the line.</summary>
    public static string Problem(Texts.Texts texts, string problem, string line) =>
        texts.Format($"kpi.channels.problem.{problem}", ("line", line), ("min", MinRows), ("max", MaxRows), ("cap", KpiText.Number(texts, KpiCalculator.MaxInput)));

    public override string Display(string value, StepDefinition step, Texts.Texts texts) =>
        string.Join("; ", Decode(value).Select(r => $"{r.Name} {Number(r.Spend)} {Number(r.Leads)} {Number(r.Customers)}"));

    public static bool TryRead(string text, out List<ChannelRow> rows, out string problem, out string line)
    {
        rows = [];
        problem = "";
        line = "";
        var lines = text.Split(['\n', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var raw in lines)
        {
            line = raw;
            var numbers = NumberParser.FindAll(raw);
            var name = numbers.Count == 0 ? raw : raw[..numbers[0].Start].Trim().TrimEnd(':', '-', '—', ',').Trim();
            if (name.Length == 0)
            {
                problem = "name";
                return false;
            }

            if (numbers.Count != 3)
            {
                problem = "numbers";
                return false;
            }

            var (spend, leads, customers) = (numbers[0].Number.Value, numbers[1].Number.Value, numbers[2].Number.Value);
            if (spend < 0 || leads < 0 || customers < 0 || leads != decimal.Truncate(leads) || customers != decimal.Truncate(customers))
            {
                problem = "values";
                return false;
            }

            if (Math.Max(spend, Math.Max(leads, customers)) > KpiCalculator.MaxInput)
            {
                problem = "too_large";
                return false;
            }

            if (customers > leads && leads > 0)
            {
                problem = "customers_above_leads";
                return false;
            }

            rows.Add(new ChannelRow(name.Length > 40 ? name[..40] : name, spend, leads, customers));
        }

        line = "";
        if (rows.Count < MinRows || rows.Count > MaxRows)
        {
            problem = "count";
            return false;
        }

        if (rows.Sum(r => r.Customers) == 0)
        {
            problem = "no_customers";
            return false;
        }

        return true;
    }

    public static string Encode(IEnumerable<ChannelRow> rows) =>
        string.Join('\n', rows.Select(r => string.Join('\t', r.Name.Replace('\t', ' ').Replace('\n', ' '), Number(r.Spend), Number(r.Leads), Number(r.Customers))));

    public static List<ChannelRow> Decode(string? saved) =>
        (saved ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split('\t'))
            .Where(fields => fields.Length == 4)
            .Select(f => new ChannelRow(f[0], Parse(f[1]), Parse(f[2]), Parse(f[3])))
            .ToList();

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static decimal Parse(string value) => decimal.Parse(value, NumberStyles.Number, CultureInfo.InvariantCulture);
}
