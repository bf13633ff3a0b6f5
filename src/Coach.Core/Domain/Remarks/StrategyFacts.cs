using Coach.Core.Domain.Cjm;
using Coach.Core.Domain.Coverage;
using Coach.Core.Domain.Kpi;
using Coach.Core.Domain.Smart;
using Coach.Core.Domain.Tov;

namespace Coach.Core.Domain.Remarks;

/// <summary>The channel plan as the remarks read it: its channels (option ids), horizon and monthly budget.</summary>
public sealed record PlanFacts(IReadOnlyList<string> Channels, int Months, decimal MonthlyBudget);

/// <summary>
/// Everything the consultant remarks read about one strategy, gathered from the whole session
/// (every section at once, so a rule can set one section against another). Missing sections are
/// null or empty; a rule that needs them does not fire.
/// </summary>
public sealed record StrategyFacts
{
    public CoverageResult? Coverage { get; init; }

    /// <summary>The budget the coverage wizard was told (large, moderate, limited).</summary>
    public BudgetLevel? Budget { get; init; }

    /// <summary>The niche estimate of a concentrated strategy.</summary>
    public NichePotential? Niche { get; init; }

    /// <summary>The mix's answer about price (4P/7P "price", 4C "cost"), as typed.</summary>
    public string? MixPrice { get; init; }

    public IReadOnlyList<Persona.Persona> Personas { get; init; } = [];

    public IReadOnlyList<CjmMap> Cjms { get; init; } = [];

    public IReadOnlyList<SmartGoal> Goals { get; init; } = [];

    /// <summary>The KPIs computed, oldest first (read as a snapshot: the facts are gathered for one check and dropped).</summary>
    public IReadOnlyList<KpiRecord> Kpis
    {
        get => _kpis;
        init
        {
            _kpis = value;
            _latest = new();
        }
    }

    private readonly IReadOnlyList<KpiRecord> _kpis = [];

    // The newest record of each metric, made on the first look: a card's rules ask for LTV, CAC, ROAS, payback and
    // the funnel, and each look walked a history of up to a hundred records from the end (bench/README). A copy made
    // with `with` shares it while Kpis stays; the index never takes part in the record's equality.
    private LatestIndex _latest = new();

    /// <summary>The metric whose card is being shown, when a KPI was just computed: its own card already judges it.</summary>
    public string? JustComputed { get; init; }

    public PlanFacts? Plan { get; init; }

    public ToneProfile? Tone { get; init; }

    /// <summary>The newest record of the metric, or null.</summary>
    public KpiRecord? Latest(string metric)
    {
        if (_latest.Newest is not { } newest)
        {
            // One walk from the end keeps the first record of each metric met: a history of a hundred records holds a
            // handful of metrics, so a list compared in order (the same string instance, mostly) is cheaper than hashing
            // every record's metric into a dictionary.
            newest = new List<KpiRecord>(8);
            for (var i = _kpis.Count - 1; i >= 0; i--)
            {
                if (IndexOf(newest, _kpis[i].Metric) < 0)
                {
                    newest.Add(_kpis[i]);
                }
            }

            _latest.Newest = newest;
        }

        var at = IndexOf(newest, metric);
        return at < 0 ? null : newest[at];
    }

    private static int IndexOf(List<KpiRecord> records, string metric)
    {
        for (var i = 0; i < records.Count; i++)
        {
            if (ReferenceEquals(records[i].Metric, metric) || string.Equals(records[i].Metric, metric, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private sealed class LatestIndex
    {
        public List<KpiRecord>? Newest { get; set; }

        public override bool Equals(object? obj) => obj is LatestIndex;

        public override int GetHashCode() => 0;
    }
}
