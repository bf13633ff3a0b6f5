using System.Globalization;
using System.Runtime.CompilerServices;
using Coach.Core.Domain.Kpi;
using Coach.Core.Parsing;

namespace Coach.Core.Flows.Kpi;

/// <summary>Saves a KPI input as one answer string and reads it back: "amount|part;part|period|currency".</summary>
public static class KpiValueCodec
{
    public static string Encode(KpiValue value)
    {
        // Written straight into one string (a KPI card saves each of its inputs as an answer).
        var text = new DefaultInterpolatedStringHandler(3, 3 + value.Parts.Count, CultureInfo.InvariantCulture, stackalloc char[128]);
        text.AppendFormatted(value.Amount);
        text.AppendLiteral("|");
        for (var i = 0; i < value.Parts.Count; i++)
        {
            if (i > 0)
            {
                text.AppendLiteral(";");
            }

            text.AppendFormatted(value.Parts[i]);
        }

        text.AppendLiteral("|");
        if (value.Per is { } per)
        {
            text.AppendLiteral(per.ToString());
        }

        text.AppendLiteral("|");
        text.AppendLiteral(value.Currency.ToString());
        return text.ToStringAndClear();
    }

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

}
