using System.Text.RegularExpressions;
using Coach.Core.Domain.Tov;
using Coach.Core.Texts;

namespace Coach.Core.Drafting;

/// <summary>
/// Coach's own drafts, used with no language model or when it fails: the channel's template from
/// the catalogue filled with the topic, the brand message, the persona and the voice's wording
/// (register, humour, emoji), then fitted to the channel's rule. The topic is shortened first,
/// word by word, so the call to action survives the cut.
/// </summary>
public static class TemplateDrafter
{
    public static string Write(DraftSpec spec, Texts.Texts t)
    {
        var rule = spec.EffectiveRule;
        var words = spec.Topic.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).ToList();
        var text = Fill(spec, t, Topic(words));
        while (ChannelFit.Measure(text, rule).Any(b => b.Limit != ChannelFit.Emoji) && words.Count > 2)
        {
            words.RemoveAt(words.Count - 1);
            text = Fill(spec, t, Topic(words));
        }

        return ChannelFit.Fit(text, rule);
    }

    // The templates put their own full stop after the topic.
    private static string Topic(List<string> words) => string.Join(' ', words).TrimEnd(',', '.', ';', ':', '-', '—', '!', ' ');

    private static string Fill(DraftSpec spec, Texts.Texts t, string topic)
    {
        var profile = spec.Profile;
        var address = profile.Address == Address.Casual ? "casual" : "polite";
        var message = spec.Shorter ? "" : profile.BrandMessage.Length > 0 ? profile.BrandMessage : t["tov.tpl.message.default"];
        var emoji = profile.Emoji == EmojiPolicy.None || !spec.Rule.EmojiAllowed ? "" : profile.Emoji == EmojiPolicy.Many ? "✨🔥 " : "✨ ";
        var tone = t.Format("tov.tpl.tone", ("formality", t.Html("tov.formality.opt." + profile.Formality.ToString().ToLowerInvariant())), ("humor", t.Html("tov.humor.opt." + profile.Humor.ToString().ToLowerInvariant())));
        var filled = t.Format(
            "tov.tpl." + spec.Rule.Id,
            ("topic", topic),
            ("message", message),
            ("hook", t[$"tov.tpl.hook.{profile.Humor.ToString().ToLowerInvariant()}.{spec.Variant % 2}"]),
            ("cta", t[$"tov.tpl.cta.{address}.{spec.Variant % 3}"]),
            ("greeting", t[$"tov.tpl.greeting.{address}"]),
            ("emoji", emoji),
            ("audience", spec.PersonaName.Length > 0 ? spec.PersonaName : t["tov.tpl.audience.default"]),
            ("tone", new Markup(tone)),
            ("use", profile.WordsToUse.Count > 0 ? string.Join(", ", profile.WordsToUse) : "—"),
            ("avoid", profile.WordsToAvoid.Count > 0 ? string.Join(", ", profile.WordsToAvoid) : "—"));

        // Catalogue formatting escapes for HTML; a draft is plain text until it is shown.
        var plain = TextCatalog.Plain(filled);
        // A line left with a label and no value (no brand message in a shorter draft) goes.
        var lines = string.Join('\n', plain.Split('\n').Select(line => line.Trim()).Where(line => !line.EndsWith(':')));
        return Regex.Replace(lines, @"\n{3,}", "\n\n").Trim();
    }
}
