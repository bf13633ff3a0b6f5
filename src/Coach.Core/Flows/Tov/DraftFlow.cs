using Coach.Core.Dialogue;
using Coach.Core.Domain.Tov;

namespace Coach.Core.Flows.Tov;

/// <summary>
/// Draft one message: a channel from buttons, then the topic or offer; the draft comes from the
/// language model (or Coach's template) in the saved voice, with buttons to change it.
/// </summary>
public static class DraftFlow
{
    public const string Id = "draft";

    public static string Key(string step) => DialogueStates.Of(Id, step);

    public static FlowDefinition Definition { get; } = new(
        Id,
        [
            new StepDefinition("channel", new ChoiceAnswer([.. ChannelRules.Ids]) { Columns = 2 })
            {
                TextPrefix = "tov.channel",
                Intro = context => TovCards.NoProfileHint(context.Session, context.Texts),
            },
            new StepDefinition("topic", new TextAnswer(3, 300)) { TextPrefix = "tov.topic" },
        ],
        Complete)
    {
        InMenu = false,
        FreshStart = true,
        Aside = true,
    };

    private static FeatureResult Complete(StepContext context)
    {
        var rule = ChannelRules.Find(context.Session.Answer(Key("channel"))) ?? ChannelRules.All[0];
        var topic = context.Session.Answer(Key("topic")) ?? "";
        return new FeatureResult([.. DraftWork.AvoidedInTopic(context.Session, context.Texts, topic)]) { Work = DraftWork.Pack([rule], topic) };
    }
}
