using Coach.Core.Domain.Persona;
using PersonaRecord = Coach.Core.Domain.Persona.Persona;

namespace Coach.Core.Tests.Persona;

public class PersonaSegmentsTests
{
    private static List<PersonaRecord> Personas(string segments) =>
        segments.Split(',', StringSplitOptions.RemoveEmptyEntries).Select((s, i) => new PersonaRecord
        {
            Id = $"p{i}",
            Segment = s == "-" ? null : s,
            Fields = { ["name"] = $"P{i}" },
        }).ToList();

    private static List<string> List(string text) => text.Split(',', StringSplitOptions.RemoveEmptyEntries).ToList();

    [Theory]
    [InlineData("", "", "", false)]            // no persona yet
    [InlineData("", "-", "", true)]            // no segments: any persona will do
    [InlineData("a,b,c", "a,b", "c", false)]   // three segments, two personas
    [InlineData("a,b,c", "a,b,c", "", true)]
    [InlineData("a,b,c", "c,-,A ,b", "", true)] // case and spaces do not matter; an unlinked persona does not hurt
    [InlineData("a,b", "a,a", "b", false)]     // two personas for one segment leave the other without one
    [InlineData("a,b", "a,old", "b", false)]   // a persona of a segment the strategy no longer has counts for none
    public void The_section_is_done_when_every_segment_has_a_persona(string segments, string personas, string missing, bool done)
    {
        Assert.Equal(List(missing), PersonaSegments.Missing(List(segments), Personas(personas)));
        Assert.Equal(done, PersonaSegments.Done(List(segments), Personas(personas)));
    }

    [Theory]
    [InlineData("a,b", "a", false)]
    [InlineData("a,b", "-", false)]
    [InlineData("a,b", "old", true)]
    [InlineData("", "a", true)] // the strategy is no longer differentiated
    public void A_persona_of_a_segment_that_is_gone_is_orphaned(string segments, string segment, bool orphaned)
    {
        Assert.Equal(orphaned, PersonaSegments.Orphaned(Personas(segment)[0], List(segments)));
    }

    [Fact]
    public void Unlinked_and_orphaned_personas_can_be_linked()
    {
        Assert.Equal(["p1", "p2"], PersonaSegments.Unassigned(List("a,b"), Personas("a,-,old")).Select(p => p.Id));
    }

    [Fact]
    public void Linking_a_persona_to_a_segment_unlinks_the_one_that_stood_for_it()
    {
        var personas = Personas("a,-");

        var previous = PersonaSegments.Assign(personas[1], "A", personas);

        Assert.Same(personas[0], previous);
        Assert.Null(personas[0].Segment);
        Assert.Equal("A", personas[1].Segment);
        Assert.Null(PersonaSegments.Assign(personas[1], null, personas));
        Assert.Null(personas[1].Segment);
    }
}
