namespace Coach.Core.Domain.Business;

/// <summary>
/// The kinds of business a consultant would give different examples to. The texts name them in
/// lower case ("coverage.example.mass.education").
/// </summary>
public enum BusinessKind
{
    /// <summary>Cafés, bakeries, restaurants, food delivery and shops.</summary>
    Food,

    /// <summary>Shops and online stores of goods other than food.</summary>
    Retail,

    /// <summary>Schools, courses, tutors, trainings.</summary>
    Education,

    /// <summary>Beauty and health services: salons, clinics, fitness.</summary>
    Beauty,

    /// <summary>Services to other businesses: accounting, legal, logistics, agencies.</summary>
    B2b,

    /// <summary>Online services and software by subscription.</summary>
    Saas,

    /// <summary>Mobile apps and games.</summary>
    App,
}
