using Coach.Core.Dialogue;
using Coach.Core.Domain.Tov;

namespace Coach.Core.Flows.Tov;

/// <summary>
/// The tone of voice (domain §8): the two axes and the register from buttons, the brand message,
/// words to use and to avoid, the emoji policy and optional sample texts. Opened again, every
/// question shows the saved answer to keep or change.
/// </summary>
public static class TovProfileFlow
{
    public const string Id = "tov";

    public static string Key(string step) => DialogueStates.Of(Id, step);

    public static FlowDefinition Definition { get; } = new(
        Id,
        [
            new StepDefinition("formality", new ChoiceAnswer("formal", "neutral", "friendly") { Columns = 3 }) { TextPrefix = "tov.formality" },
            new StepDefinition("humor", new ChoiceAnswer("serious", "light", "humorous") { Columns = 3 }) { TextPrefix = "tov.humor" },
            new StepDefinition("address", new ChoiceAnswer("polite", "casual")) { TextPrefix = "tov.address" },
            new StepDefinition("message", new TextAnswer(10, 300)),
            new StepDefinition("use", new ListAnswer(1, 10, 40)) { Optional = true },
            new StepDefinition("avoid", new ListAnswer(1, 10, 40)) { Optional = true },
            new StepDefinition("emoji", new ChoiceAnswer("none", "few", "many") { Columns = 3 }) { TextPrefix = "tov.emoji" },
            new StepDefinition("samples", new TextAnswer(10, 2000)) { Optional = true },
        ],
        Complete)
    {
        InMenu = false,
    };

    /// <summary>The profile the answers describe.</summary>
    public static ToneProfile Read(Session session, DateTime utc) => new()
    {
        Formality = Parse(session, "formality", Formality.Neutral),
        Humor = Parse(session, "humor", Humor.Serious),
        Address = Parse(session, "address", Address.Polite),
        BrandMessage = session.Answer(Key("message")) ?? "",
        WordsToUse = ListAnswer.Split(session.Answer(Key("use"))).ToList(),
        WordsToAvoid = ListAnswer.Split(session.Answer(Key("avoid"))).ToList(),
        Emoji = Parse(session, "emoji", EmojiPolicy.Few),
        Samples = session.Answer(Key("samples")) ?? "",
        UpdatedUtc = utc,
    };

    private static T Parse<T>(Session session, string step, T fallback)
        where T : struct, Enum =>
        Enum.TryParse<T>(session.Answer(Key(step)), ignoreCase: true, out var value) ? value : fallback;

    private static FeatureResult Complete(StepContext context)
    {
        var tone = Read(context.Session, context.Utc);
        context.Session.Tone = tone;
        return new FeatureResult([TovCards.Profile(context.Texts, tone, saved: true)]);
    }
}
