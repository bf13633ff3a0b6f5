using Coach.Core.Dialogue;
using Coach.Core.Domain.Tov;
using Coach.Core.Drafting;

namespace Coach.Core.Flows.Tov;

/// <summary>
/// The ToV check: the channel (or none), then any text; the deterministic score and fixes come at
/// once, and the language model's review follows when one is configured.
/// </summary>
public static class TovCheckFlow
{
    public const string Id = "tovcheck";

    public const string AnyChannel = "any";

    public static string Key(string step) => DialogueStates.Of(Id, step);

    public static FlowDefinition Definition { get; } = new(
        Id,
        [
            new StepDefinition("channel", new ChoiceAnswer([.. ChannelRules.Ids, AnyChannel]) { Columns = 2 })
            {
                TextPrefix = "tov.channel",
                Intro = context => TovCards.NoProfileHint(context.Session, context.Texts),
            },
            new StepDefinition("text", new TextAnswer(2, 3000)),
        ],
        Complete)
    {
        InMenu = false,
        FreshStart = true,
        Aside = true,
    };

    private static FeatureResult Complete(StepContext context)
    {
        var session = context.Session;
        var t = context.Texts;
        var rule = ChannelRules.Find(session.Answer(Key("channel")));
        var text = session.Answer(Key("text")) ?? "";
        var profile = session.Tone ?? ToneProfile.Neutral;
        var report = TovChecker.Check(text, profile, rule, t.Language);
        return new FeatureResult([TovCards.Report(t, report, rule)])
        {
            Work = async (work, cancellationToken) =>
            {
                var review = await new DraftComposer(work.Model, work.Texts).ReviewAsync(text, profile, rule, cancellationToken);
                return TovCards.Review(work.Texts, review);
            },
        };
    }
}
