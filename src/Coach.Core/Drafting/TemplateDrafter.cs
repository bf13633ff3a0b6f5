using System.Text.RegularExpressions;
using Coach.Core.Domain.Tov;
using Coach.Core.Texts;

namespace Coach.Core.Drafting;

/// <summary>
/// Coach's own drafts, used with no language model or when it fails: the channel's template from
/// the catalogue filled with the topic, the brand message, the persona and the voice's wording
/// (register, humour, emoji), then fitted to the channel's rule. When the text is too long the
/// call to action goes before the offer does, then the topic loses whole trailing clauses, then
/// trailing words — never ending on a dangling "for", "от" or "the" — so no draft stops mid-phrase.
/// </summary>
public static class TemplateDrafter
{
    // Words a phrase cannot end on (prepositions, conjunctions, articles), in both languages.
    private static readonly HashSet<string> Dangling = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "for", "of", "to", "in", "on", "at", "by", "with", "from", "over", "and", "or", "but", "your", "our",
        "every", "each", "this", "that", "these", "all", "some", "any", "single",
        "в", "во", "на", "с", "со", "к", "ко", "от", "до", "по", "при", "для", "из", "за", "о", "об", "и", "или", "а", "но", "ваш", "наш",
        "каждый", "каждое", "каждая", "каждую", "каждые", "каждого", "этот", "эта", "это", "эти", "этой", "этого", "этих", "все", "весь", "вся", "свой", "свою", "своё",
    };

    public static string Write(DraftSpec spec, Texts.Texts t)
    {
        var rule = spec.EffectiveRule;
        var offerNumbers = Numbers(spec.Topic.Split(',')[0]);
        string? last = null;

        // Shorter and shorter topics in three stages (whole, whole clauses, words); within a stage
        // the call to action is kept as long as any topic of that stage fits with it.
        foreach (var (stage, index) in Topics(spec.Topic).Select((stage, index) => (stage, index)))
        {
            foreach (var withCta in new[] { true, false })
            {
                // Cutting words, an offer's numbers ("from 1000") matter more than the call to action.
                foreach (var topic in stage.Where(topic => !withCta || index < 2 || Numbers(topic) == offerNumbers))
                {
                    var text = Fill(spec, t, topic, withCta);
                    if (!ChannelFit.Measure(text, rule).Any(b => b.Limit != ChannelFit.Emoji))
                    {
                        return ChannelFit.Fit(text, rule);
                    }

                    last = topic;
                }
            }
        }

        return ChannelFit.Fit(Fill(spec, t, last ?? Clean(spec.Topic), withCta: false), rule);
    }

    /// <summary>The topic whole; then cut to its first clauses; then to its first words.</summary>
    private static IEnumerable<IReadOnlyList<string>> Topics(string topic)
    {
        yield return [Clean(topic)];

        var clauses = topic.Split([',', ';', ':', '—', '–', '(', ')'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        yield return Enumerable.Range(1, Math.Max(0, clauses.Length - 1)).Reverse()
            .Select(count => Clean(string.Join(", ", clauses.Take(count)))).Where(clause => clause.Length > 0).ToList();

        var all = topic.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var words = (clauses.FirstOrDefault() ?? topic).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).ToList();
        var shorter = new List<(string Text, bool AtPhrase)>();
        while (words.Count > 2)
        {
            words.RemoveAt(words.Count - 1);
            while (words.Count > 1 && Dangling.Contains(words[^1]))
            {
                words.RemoveAt(words.Count - 1);
            }

            // Cut right before "with", "и", "for"…: the words kept end a phrase ("…for the price of one").
            var atPhrase = Dangling.Contains(all.ElementAtOrDefault(words.Count)?.Trim(',', '.', ';', ':') ?? "");
            shorter.Add((Clean(string.Join(' ', words)), atPhrase));
        }

        // Whole phrases first, longest first; then any cut.
        yield return [.. shorter.Where(s => s.AtPhrase).Select(s => s.Text), .. shorter.Where(s => !s.AtPhrase).Select(s => s.Text)];
    }

    private static int Numbers(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Count(word => word.Any(char.IsDigit));

    // The templates put their own full stop after the topic.
    private static string Clean(string topic) => topic.Trim().TrimEnd(',', '.', ';', ':', '-', '—', '!', ' ');

    private static string Fill(DraftSpec spec, Texts.Texts t, string topic, bool withCta)
    {
        var profile = spec.Profile;
        var address = profile.Address == Address.Casual ? "casual" : "polite";
        var message = spec.Shorter ? "" : profile.BrandMessage.Length > 0 ? profile.BrandMessage : t["tov.tpl.message.default"];
        var emoji = profile.Emoji == EmojiPolicy.None || !spec.Rule.EmojiAllowed ? "" : profile.Emoji == EmojiPolicy.Many ? "✨🔥 " : "✨ ";
        var tone = t.Format("tov.tpl.tone", ("formality", t.Html("tov.formality.opt." + profile.Formality.ToString().ToLowerInvariant())), ("humor", t.Html("tov.humor.opt." + profile.Humor.ToString().ToLowerInvariant())));
        var filled = t.Format(
            "tov.tpl." + spec.Rule.Id,
            ("topic", topic),
            ("offer", Clean(spec.Topic)),
            ("message", message),
            ("hook", t[$"tov.tpl.hook.{profile.Humor.ToString().ToLowerInvariant()}.{spec.Variant % 2}"]),
            ("cta", withCta ? t[$"tov.tpl.cta.{address}.{spec.Variant % 3}"] : ""),
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
        return Regex.Replace(Regex.Replace(lines, @"\n{3,}", "\n\n"), @"\. *$", ".").Trim();
    }
}
