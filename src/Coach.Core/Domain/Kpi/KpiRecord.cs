namespace Coach.Core.Domain.Kpi;

/// <summary>One computed KPI as the session keeps it (a mutable class so the document store can map it).</summary>
public sealed class KpiRecord
{
    /// <summary>How many records a session keeps; older ones are dropped.</summary>
    public const int Keep = 100;

    public string Metric { get; set; } = "";

    public decimal Value { get; set; }

    /// <summary>The inputs by key (totals; a frequency or duration in its own period, see <see cref="Periods"/>).</summary>
    public Dictionary<string, decimal> Inputs { get; set; } = new();

    /// <summary>The period of rate and duration inputs by key ("Week", "Year").</summary>
    public Dictionary<string, string> Periods { get; set; } = new();

    /// <summary>"Rub", "Usd", "Eur" or "None".</summary>
    public string Currency { get; set; } = "None";

    public DateTime Utc { get; set; }

    public static KpiRecord From(KpiResult result, DateTime utc) => new()
    {
        Metric = result.Metric.Id,
        Value = result.Value,
        Inputs = result.Arguments.Values.ToDictionary(pair => pair.Key, pair => pair.Value.Amount),
        Periods = result.Arguments.Values.Where(pair => pair.Value.Per is not null).ToDictionary(pair => pair.Key, pair => pair.Value.Per!.Value.ToString()),
        Currency = result.Arguments.Currency.ToString(),
        Utc = utc,
    };
}
