namespace Coach.Core.Domain.Persona;

/// <summary>
/// Which persona stands for which segment of a differentiated strategy. A segment has one persona;
/// a persona whose segment the strategy no longer has (renamed, removed, another strategy) keeps
/// living, unassigned. Segment names match whatever their case or surrounding spaces.
/// </summary>
public static class PersonaSegments
{
    public static bool Same(string? a, string? b) =>
        a is not null && b is not null && string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>The persona standing for a segment, if any (the first one made, should several claim it).</summary>
    public static Persona? Of(string segment, IEnumerable<Persona> personas) =>
        personas.FirstOrDefault(p => Same(p.Segment, segment));

    /// <summary>The segments without a persona, in the strategy's order.</summary>
    public static IReadOnlyList<string> Missing(IReadOnlyList<string> segments, IReadOnlyList<Persona> personas) =>
        segments.Where(segment => Of(segment, personas) is null).ToList();

    /// <summary>True when the persona was made for a segment the strategy no longer has.</summary>
    public static bool Orphaned(Persona persona, IReadOnlyList<string> segments) =>
        persona.Segment is { } segment && !segments.Any(s => Same(s, segment));

    /// <summary>Personas that stand for no current segment: candidates to link to one.</summary>
    public static IReadOnlyList<Persona> Unassigned(IReadOnlyList<string> segments, IReadOnlyList<Persona> personas) =>
        personas.Where(p => p.Segment is null || Orphaned(p, segments)).ToList();

    /// <summary>
    /// The personas section is done with at least one persona and, for a differentiated strategy,
    /// one for every segment.
    /// </summary>
    public static bool Done(IReadOnlyList<string> segments, IReadOnlyList<Persona> personas) =>
        personas.Count > 0 && Missing(segments, personas).Count == 0;

    /// <summary>
    /// Links a persona to a segment (null: to none). The persona that stood for that segment before
    /// is unlinked and returned, so the caller can say so.
    /// </summary>
    public static Persona? Assign(Persona persona, string? segment, IReadOnlyList<Persona> personas)
    {
        var previous = segment is null ? null : personas.FirstOrDefault(p => p != persona && Same(p.Segment, segment));
        if (previous is not null)
        {
            previous.Segment = null;
        }

        persona.Segment = segment;
        return previous;
    }
}
