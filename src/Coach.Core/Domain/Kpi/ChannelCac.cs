namespace Coach.Core.Domain.Kpi;

/// <summary>
/// One channel's CAC as /kpi channels computed it, kept for the channel plan (a mutable class so the document store can
/// map it): the name as typed, the plan's channel id it means, its spend and customers.
/// </summary>
public sealed class ChannelCac
{
    /// <summary>The channel id the user meant when they said the channel is none of the plan's.</summary>
    public const string NotPlanned = "none";

    /// <summary>The name as typed ("Яндекс Директ").</summary>
    public string Name { get; set; } = "";

    /// <summary>The plan's channel id ("search"), <see cref="NotPlanned"/>, or null while Coach has not asked which it is.</summary>
    public string? Channel { get; set; }

    public decimal Spend { get; set; }

    public decimal Customers { get; set; }

    /// <summary>"Rub", "Usd", "Eur" or "None", as the table was typed.</summary>
    public string Currency { get; set; } = "None";

    public DateTime Utc { get; set; }
}
