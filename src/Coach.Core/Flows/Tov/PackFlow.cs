using Coach.Core.Dialogue;
using Coach.Core.Domain.Tov;
using Coach.Core.Flows.Channels;

namespace Coach.Core.Flows.Tov;

/// <summary>
/// The 360 pack: one topic, the same core message in every channel's format. The channels come
/// from the channel plan when it names channels with a text format, else they are picked now.
/// </summary>
public static class PackFlow
{
    public const string Id = "pack";

    public static string Key(string step) => DialogueStates.Of(Id, step);

    public static FlowDefinition Definition { get; } = new(
        Id,
        [
            new StepDefinition("channels", new MultiChoiceAnswer(1, ChannelRules.All.Count, [.. ChannelRules.Ids]))
            {
                TextPrefix = "tov.channels",
                AppliesWhen = new Condition(session => PlanFormats(session).Count == 0, "no channel plan with text formats"),
                Intro = context => TovCards.NoProfileHint(context.Session, context.Texts),
            },
            new StepDefinition("topic", new TextAnswer(3, 300))
            {
                TextPrefix = "tov.topic",
                Intro = context => FromPlan(context),
            },
        ],
        Complete)
    {
        InMenu = false,
        FreshStart = true,
        Aside = true,
    };

    /// <summary>The draft formats of the channel plan's channels, in the order of <see cref="ChannelRules.All"/>.</summary>
    public static IReadOnlyList<ChannelRule> PlanFormats(Session session)
    {
        var formats = MultiChoiceAnswer.Split(session.Answer(ChannelPlanFlow.Key("list")))
            .Select(ChannelRules.FromPlanChannel)
            .OfType<DraftChannel>()
            .ToHashSet();
        return ChannelRules.All.Where(rule => formats.Contains(rule.Channel)).ToList();
    }

    private static IReadOnlyList<ChannelRule> Channels(Session session)
    {
        var plan = PlanFormats(session);
        return plan.Count > 0
            ? plan
            : MultiChoiceAnswer.Split(session.Answer(Key("channels"))).Select(ChannelRules.Find).OfType<ChannelRule>().ToList();
    }

    private static Reply? FromPlan(StepContext context)
    {
        var plan = PlanFormats(context.Session);
        if (plan.Count == 0)
        {
            return null;
        }

        var names = string.Join(", ", plan.Select(rule => context.Texts["tov.channel.opt." + rule.Id]));
        var hint = TovCards.NoProfileHint(context.Session, context.Texts);
        var text = context.Texts.Format("tov.pack.from_plan", ("channels", names));
        return new Reply(hint is null ? text : hint.Text + "\n\n" + text);
    }

    private static FeatureResult Complete(StepContext context)
    {
        var channels = Channels(context.Session);
        var topic = context.Session.Answer(Key("topic")) ?? "";
        var intro = new Reply(context.Texts.Format("tov.pack.intro", ("count", channels.Count)));
        return new FeatureResult([.. DraftWork.AvoidedInTopic(context.Session, context.Texts, topic), intro]) { Work = DraftWork.Pack(channels, topic) };
    }
}
