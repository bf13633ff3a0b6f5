using System.Globalization;
using Coach.Core.Domain.Kpi;
using Coach.Core.Parsing;

namespace Coach.Core.Flows.Kpi;

/// <summary>Saves a KPI input as one answer string and reads it back: "amount|part;part|period|currency".</summary>
public static class KpiValueCodec
{
    public static string Encode(KpiValue value) => string.Join('|',
        Invariant(value.Amount),
        string.Join(';', value.Parts.Select(Invariant)),
        value.Per?.ToString() ?? "",
        value.Currency.ToString());

    public static KpiValue? Decode(string? saved)
    {
        var fields = saved?.Split('|');
        if (fields is not { Length: 4 } || !decimal.TryParse(fields[0], NumberStyles.Number, CultureInfo.InvariantCulture, out var amount))
        {
            return null;
        }

        var parts = fields[1].Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(part => decimal.Parse(part, NumberStyles.Number, CultureInfo.InvariantCulture))
            .ToList();
        Period? per = Enum.TryParse<Period>(fields[2], out var period) ? period : null;
        var currency = Enum.TryParse<NumberUnit>(fields[3], out var unit) ? unit : NumberUnit.None;
        return new KpiValue(amount, parts, per, currency);
    }

    private static string Invariant(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
