using Coach.Core.Dialogue;
using Coach.Core.Domain.Kpi;
using Coach.Core.Flows.Kpi;

namespace Coach.Core.Flows.Channels;

/// <summary>
/// What the channel plan card says about the CACs of /kpi channels it did not use, and why: a name not yet read as
/// one of the plan's channels (with a button to say which), a channel the plan does not have, a CAC in another currency
/// than the budget. Nothing is dropped silently.
/// </summary>
public sealed record ChannelCacNotes(IReadOnlyList<string> Lines, IReadOnlyList<Button> Buttons)
{
    public static ChannelCacNotes For(Session session, Texts.Texts t)
    {
        var lines = new List<string>();
        var buttons = new List<Button>();
        var planned = MultiChoiceAnswer.Split(session.Answer(ChannelPlanFlow.Key("list")));
        ChannelMatchFlow.Cacs(session, out var skipped);

        // Quoted the way the language quotes («…» in Russian, “…” in English).
        Texts.Markup Names(IEnumerable<ChannelCac> cacs) => new(string.Join(", ", cacs.Select(c => t.Format("programme.value.quoted", ("text", c.Name)))));

        if (session.ChannelCacs.Where(c => c.Channel is null).ToList() is { Count: > 0 } pending)
        {
            lines.Add(t.Format("channels.result.channel_cac_pending", ("names", Names(pending))));
            buttons.Add(new Button(t["channels.result.button.match"], ButtonData.Open(ChannelMatchFlow.Id)));
        }

        if (session.ChannelCacs.Where(c => c.Channel == ChannelCac.NotPlanned || (c.Channel is { } id && !planned.Contains(id))).ToList() is { Count: > 0 } unused)
        {
            lines.Add(t.Format("channels.result.channel_cac_unused", ("names", Names(unused))));
        }

        if (skipped.Count > 0)
        {
            lines.Add(t.Format(
                "channels.result.channel_cac_currency",
                ("names", Names(skipped)),
                ("currency", t.Html($"channels.currency.{ChannelMatchFlow.Unit(skipped[0]).ToString().ToLowerInvariant()}")),
                ("budget_currency", t.Html($"channels.currency.{KpiText.Currency(session.Language, Parsing.NumberUnit.None).ToString().ToLowerInvariant()}"))));
        }

        return new ChannelCacNotes(lines, buttons);
    }
}
