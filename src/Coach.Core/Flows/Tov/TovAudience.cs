using Coach.Core.Dialogue;
using PersonaRecord = Coach.Core.Domain.Persona.Persona;

namespace Coach.Core.Flows.Tov;

/// <summary>
/// Whom the drafts speak to. With several personas (one per segment of a differentiated strategy) the ToV hub
/// names the one the drafts are written for and offers the others; drafts, the 360 pack and the blogger brief
/// take the chosen persona (kept among the answers), else the first.
/// </summary>
public static class TovAudience
{
    /// <summary>The answer key that holds the chosen persona's id.</summary>
    public const string Key = "tov.audience";

    public static PersonaRecord? Chosen(Session session) =>
        session.Personas.FirstOrDefault(p => p.Id == session.Answer(Key)) ?? session.Personas.FirstOrDefault();

    /// <summary>"/tov audience {id}": the drafts are written for that persona from now on.</summary>
    public static Reply? Choose(Session session, Texts.Texts t, string personaId)
    {
        if (session.Personas.FirstOrDefault(p => p.Id == personaId) is not { } persona)
        {
            return null;
        }

        session.Answers[Key] = persona.Id;
        return new Reply(t.Format("tov.audience.set", ("name", persona.Name)));
    }

    /// <summary>The hub's line naming the audience; null with fewer than two personas (nothing to choose).</summary>
    public static string? Line(Texts.Texts t, Session session) =>
        session.Personas.Count < 2 || Chosen(session) is not { } persona
            ? null
            : persona.Segment is { Length: > 0 } segment
                ? t.Format("tov.audience.line_segment", ("name", persona.Name), ("segment", segment))
                : t.Format("tov.audience.line", ("name", persona.Name));

    /// <summary>A button for each other persona.</summary>
    public static IReadOnlyList<IReadOnlyList<Button>> Buttons(Texts.Texts t, Session session)
    {
        if (session.Personas.Count < 2 || Chosen(session) is not { } chosen)
        {
            return [];
        }

        return session.Personas.Where(p => p.Id != chosen.Id)
            .Select(p => (IReadOnlyList<Button>)[new Button(
                p.Segment is { Length: > 0 } segment ? t.Label("tov.audience.button_segment", ("name", p.Name), ("segment", segment)) : t.Label("tov.audience.button", ("name", p.Name)),
                ButtonData.Command(TovHub.Command, "audience " + p.Id))])
            .ToList();
    }
}
