namespace Coach.Core.Domain.Programme;

/// <summary>
/// One value a section of the programme read when it was last finished (its fingerprint): the
/// section, what it reads ("budget"), and the value then, canonical ("moderate"). A mutable class
/// so the document store can map it.
/// </summary>
public sealed class SectionInput
{
    public string Section { get; set; } = "";

    public string Read { get; set; } = "";

    public string Value { get; set; } = "";
}

/// <summary>A value a section read that has changed since: what, and the value then and now.</summary>
public sealed record InputChange(string Read, string Before, string Now);

/// <summary>Compares what a section read when it was finished with what it would read now.</summary>
public static class InputChanges
{
    /// <summary>
    /// The reads whose value differs, in the order of <paramref name="now"/>; a read missing from
    /// <paramref name="before"/> was declared after the section was finished and counts as unchanged.
    /// </summary>
    public static IReadOnlyList<InputChange> Between(IReadOnlyDictionary<string, string> before, IReadOnlyList<(string Read, string Value)> now) =>
        now.Where(read => before.TryGetValue(read.Read, out var then) && then != read.Value)
            .Select(read => new InputChange(read.Read, before[read.Read], read.Value))
            .ToList();
}
