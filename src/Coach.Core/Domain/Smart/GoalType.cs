namespace Coach.Core.Domain.Smart;

/// <summary>The three goal types of domain §5, each with its own KPIs.</summary>
public enum GoalType
{
    /// <summary>Grow sales: revenue, number of orders, average check.</summary>
    Sales,

    /// <summary>Raise awareness: reach, brand mentions, visits to the site.</summary>
    Awareness,

    /// <summary>Win new customers: number of leads, acquisition cost, conversion.</summary>
    Customers,
}

/// <summary>The five SMART criteria, in the order the acronym spells them.</summary>
public enum SmartCriterion
{
    Specific,
    Measurable,
    Achievable,
    Relevant,
    TimeBound,
}

/// <summary>How the goal's number reads.</summary>
public enum TargetKind
{
    /// <summary>A value to reach: "до 300 заказов", "to 5,000 followers", "20 клиентов", "конверсию до 3%".</summary>
    Level,

    /// <summary>A change from today's value: "на 20%", "by 50 orders", "в 2 раза" (kept as +100%).</summary>
    Change,
}

/// <summary>Which way the goal moves its metric, as its verb says ("снизить", "reduce" → down).</summary>
public enum GoalDirection
{
    Increase,
    Decrease,
}
