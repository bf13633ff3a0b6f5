namespace Coach.Core.Domain.Smart;

/// <summary>A goal that passed all five SMART criteria, as the session keeps it (mutable for the document store).</summary>
public sealed class SmartGoal
{
    public string Text { get; set; } = "";

    public GoalType Type { get; set; }

    public string Metric { get; set; } = "";

    public decimal Baseline { get; set; }

    /// <summary>The level the goal aims at: the baseline moved by the implied change.</summary>
    public decimal Target { get; set; }

    public decimal ChangePercent { get; set; }

    public DateTime Due { get; set; }

    public bool Ambitious { get; set; }

    /// <summary>Which way the goal moves its metric: down for costs, churn and returns ("снизить CAC до 900 ₽").</summary>
    public GoalDirection Direction { get; set; }

    /// <summary>
    /// For a counted thing outside the vocabulary (<see cref="Metric"/> is <see cref="GoalMetrics.Count"/>), the word
    /// that names it as typed ("пицц", "hampers"); empty otherwise.
    /// </summary>
    public string MetricName { get; set => field = value ?? ""; } = "";

    /// <summary>Which of the metric the goal is about, as typed, to follow its name in a restatement ("с сайта"); empty when none.</summary>
    public string Qualifier { get; set => field = value ?? ""; } = "";

    public DateTime CreatedUtc { get; set; }

    public static SmartGoal From(SmartCheck check, DateTime now)
    {
        var baseline = check.Baseline ?? 0m;
        var change = check.ImpliedGrowthPercent ?? 0m;
        // A level is the level; an absolute change ("500 new") moves today's count by exactly that much
        // (not through the rounded percent, which turned 300 + 500 into 800.01).
        var target = check.TargetKind == Smart.TargetKind.Level && !check.TargetIsPercent && check.TargetValue is { } level
            ? level
            : check.TargetKind == Smart.TargetKind.Change && !check.TargetIsPercent && check.TargetValue is { } added
                ? baseline + (check.Direction == GoalDirection.Decrease ? -added : added)
                : Math.Round(baseline * (1 + change / 100m), 2);
        return new SmartGoal
        {
            Text = check.Goal,
            Type = check.Type,
            Metric = check.Metric ?? "",
            Baseline = baseline,
            Target = target,
            ChangePercent = change,
            Due = check.Deadline?.Due.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) ?? now,
            Ambitious = check.GrowthWarning,
            Direction = target < baseline ? GoalDirection.Decrease : target > baseline ? GoalDirection.Increase : check.Direction,
            MetricName = check.MetricName ?? "",
            Qualifier = check.QualifierTail ?? "",
            CreatedUtc = now,
        };
    }
}
