namespace Coach.Core.Flows.Kpi;

/// <summary>
/// What a number in a sentence stands for ("80 клиентов" → customers), by the word stems next
/// to it, in Russian and English. Stems are matched at the start of a word.
/// </summary>
public static class KpiSlots
{
    public const string Spend = "spend";
    public const string Customers = "customers";
    public const string Sales = "sales";
    public const string Visitors = "visitors";
    public const string Clicks = "clicks";
    public const string Impressions = "impressions";
    public const string Leads = "leads";
    public const string Revenue = "revenue";
    public const string Profit = "profit";
    public const string Before = "before";
    public const string After = "after";

    /// <summary>Stems by slot, the more specific first where one stem starts another.</summary>
    public static readonly IReadOnlyList<(string Stem, string Slot)> Stems =
    [
        ("потрат", Spend), ("потра", Spend), ("расход", Spend), ("затрат", Spend), ("вложил", Spend), ("вложи", Spend), ("бюджет", Spend),
        ("spent", Spend), ("spend", Spend), ("budget", Spend), ("invested", Spend), ("paid", Spend), ("заплатил", Spend),
        ("клиент", Customers), ("покупател", Customers), ("customer", Customers), ("client", Customers), ("buyer", Customers),
        ("продаж", Sales), ("покуп", Sales), ("заказ", Sales), ("сделк", Sales), ("sale", Sales), ("order", Sales), ("purchase", Sales), ("deal", Sales),
        ("посетител", Visitors), ("визит", Visitors), ("сесси", Visitors), ("visitor", Visitors), ("visit", Visitors), ("session", Visitors),
        ("клик", Clicks), ("переход", Clicks), ("click", Clicks),
        ("показ", Impressions), ("просмотр", Impressions), ("impression", Impressions), ("view", Impressions),
        ("лид", Leads), ("заявк", Leads), ("заявок", Leads), ("обращени", Leads), ("lead", Leads), ("inquir", Leads), ("signup", Leads),
        ("выручк", Revenue), ("доход", Revenue), ("оборот", Revenue), ("заработ", Revenue), ("revenue", Revenue), ("income", Revenue), ("turnover", Revenue), ("earned", Revenue), ("made", Revenue),
        ("прибыл", Profit), ("profit", Profit),
        ("было", Before), ("was", Before), ("стало", After), ("now", After), ("became", After),
    ];

    /// <summary>True for the words that mark a before/after pair ("было 200, стало 280").</summary>
    public static bool IsMarker(string? slot) => slot is Before or After;

    /// <summary>The slot a word names, or null.</summary>
    public static string? Of(string word)
    {
        foreach (var (stem, slot) in Stems)
        {
            if (word.StartsWith(stem, StringComparison.Ordinal))
            {
                return slot;
            }
        }

        return null;
    }
}
