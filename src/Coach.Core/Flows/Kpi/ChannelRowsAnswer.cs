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

            // "Яндекс Директ 48 000 120 16": the digits read as 48 000 120 and 16, so they are cut into three
            // numbers every way they can be; one reading that makes sense is taken, several are asked about.
            var readings = numbers.Count == 3
                ? [(numbers[0].Number.Value, numbers[1].Number.Value, numbers[2].Number.Value)]
                : Readings(raw[numbers.FirstOrDefault().Start..]).Where(r => Problem(r) is null && Plausible(r)).ToList();
            if (readings.Count != 1)
            {
                problem = readings.Count == 0 ? "numbers" : "ambiguous";
                return false;
            }

            var (spend, leads, customers) = readings[0];
            if (Problem(readings[0]) is { } code)
            {
                problem = code;
                return false;
            }

            // The spend's currency ("VK $300 40 10"): the CAC is in it, and the channel plan compares it with the budget's.
            var currency = numbers.Select(n => n.Number.Unit).FirstOrDefault(u => u is NumberUnit.Rub or NumberUnit.Usd or NumberUnit.Eur);
            rows.Add(new ChannelRow(name.Length > 40 ? name[..40] : name, spend, leads, customers) { Currency = currency });
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

    private static string? Problem((decimal Spend, decimal Leads, decimal Customers) row)
    {
        var (spend, leads, customers) = row;
        if (spend < 0 || leads < 0 || customers < 0 || leads != decimal.Truncate(leads) || customers != decimal.Truncate(customers))
        {
            return "values";
        }

        if (Math.Max(spend, Math.Max(leads, customers)) > KpiCalculator.MaxInput)
        {
            return "too_large";
        }

        return customers > leads && leads > 0 ? "customers_above_leads" : null;
    }

    // A lead for less than a hundredth of a rouble comes from a misread split ("1 200 300 40" is 1 200, 300, 40).
    private static bool Plausible((decimal Spend, decimal Leads, decimal Customers) row) =>
        row.Leads == 0 || row.Spend / row.Leads >= 0.01m;

    // Every cut of the words into three numbers; a comma or a semicolon after a word ends a number.
    private static IEnumerable<(decimal, decimal, decimal)> Readings(string numbers) =>
        NumberCuts.Of(numbers, 3).Select(cut => (cut[0], cut[1], cut[2]));

    public static string Encode(IEnumerable<ChannelRow> rows) =>
        string.Join('\n', rows.Select(r => string.Join('\t', [r.Name.Replace('\t', ' ').Replace('\n', ' '), Number(r.Spend), Number(r.Leads), Number(r.Customers), .. r.Currency == NumberUnit.None ? Array.Empty<string>() : [r.Currency.ToString()]])));

    public static List<ChannelRow> Decode(string? saved) =>
        (saved ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split('\t'))
            .Where(fields => fields.Length is 4 or 5)
            .Select(f => new ChannelRow(f[0], Parse(f[1]), Parse(f[2]), Parse(f[3])) { Currency = f.Length == 5 && Enum.TryParse<NumberUnit>(f[4], out var unit) ? unit : NumberUnit.None })
            .ToList();

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static decimal Parse(string value) => decimal.Parse(value, NumberStyles.Number, CultureInfo.InvariantCulture);
}
