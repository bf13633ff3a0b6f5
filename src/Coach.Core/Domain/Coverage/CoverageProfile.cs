namespace Coach.Core.Domain.Coverage;

/// <summary>The three ways to decide how wide a business aims (domain §1).</summary>
public enum CoverageStrategy
{
    Mass,
    Differentiated,
    Concentrated,
}

/// <summary>Who needs the product.</summary>
public enum Universality
{
    Everyone,
    Broad,
    Narrow,
}

public enum BudgetLevel
{
    Large,
    Moderate,
    Limited,
}

public enum ProductLine
{
    Single,
    Several,
    Wide,
}

/// <summary>How much the needs of different customer groups differ.</summary>
public enum NeedsDifference
{
    Clear,
    Some,
    Similar,
}

public enum CompanyStage
{
    Startup,
    Small,
    Medium,
    Large,
}

/// <summary>Whether the owner wants to lead a narrow niche.</summary>
public enum NicheWish
{
    Yes,
    No,
    Unsure,
}

/// <summary>The wizard's answers, as the coverage rules read them.</summary>
public sealed record CoverageProfile(
    Universality Universality,
    BudgetLevel Budget,
    ProductLine Line,
    NeedsDifference Needs,
    CompanyStage Stage,
    NicheWish Niche);
