using System.Text.RegularExpressions;

namespace Coach.Core.Domain.Tov;

/// <summary>One criterion of a ToV check: passed or not, and the fix as a text key with its values.</summary>
public sealed record TovFinding(string Criterion, bool Passed, string? FixKey = null, IReadOnlyList<(string Name, object? Value)>? FixArgs = null);

/// <summary>The score (0-100) of a text against a voice, with every criterion that was checked.</summary>
public sealed record TovReport(int Score, IReadOnlyList<TovFinding> Findings)
{
    public IEnumerable<TovFinding> Failed => Findings.Where(f => !f.Passed);
}

/// <summary>
/// Scores any text against a <see cref="ToneProfile"/> deterministically: the channel's limits,
/// words to avoid and to use, emoji, the register («ты»/«вы», casual/polite), formality and
/// humour, and whether the brand message shows. Each failed criterion costs its weight and
/// names a concrete fix.
/// </summary>
public static partial class TovChecker
{
    private static readonly Dictionary<string, int> Weights = new()
    {
        ["readable"] = 60, ["length"] = 25, ["avoid"] = 20, ["register"] = 20, ["emoji"] = 10, ["formality"] = 10, ["humor"] = 5, ["use"] = 5, ["message"] = 10,
    };

    // The words are data (TovWords, Domain/Tov/Words); emoji belong to no language.
    private static readonly string[] Stiff = [.. TovWords.Stiff];

    private static readonly string[] Slang = [.. TovWords.Slang];

    private static readonly string[] Jokes = [.. TovWords.Jokes, "😂", "🤣", "😜"];

    // Marks of a light touch a humorous voice leaves (a wink, a grin, "шучу").
    private static readonly string[] Playful = ["😉", "😄", "😁", "😀", "😃", "😆", "🙃", "😏", "🤪", "😎", .. TovWords.Playful];

    public static TovReport Check(string text, ToneProfile profile, ChannelRule? rule, string language)
    {
        var findings = new List<TovFinding>();
        var lower = text.ToLowerInvariant();
        findings.Add(Readable(text));

        if (rule is not null)
        {
            // Emoji are judged once, by the emoji criterion below (the channel's rule first), not here too.
            var breaches = ChannelFit.Measure(text, rule).Where(b => b.Limit != ChannelFit.Emoji).ToList();
            findings.Add(breaches.Count == 0
                ? new TovFinding("length", true)
                : new TovFinding("length", false, LimitFix(text, breaches[0].Limit), [("allowed", breaches[0].Allowed), ("actual", breaches[0].Actual)]));
        }

        var avoided = WordStems.In(text, profile.WordsToAvoid);
        findings.Add(avoided.Count == 0 ? new TovFinding("avoid", true) : new TovFinding("avoid", false, "tov.fix.avoid", [("words", string.Join(", ", avoided))]));

        if (profile.WordsToUse.Count > 0)
        {
            findings.Add(profile.WordsToUse.Any(word => WordStems.Contains(text, word))
                ? new TovFinding("use", true)
                : new TovFinding("use", false, "tov.fix.use", [("words", string.Join(", ", profile.WordsToUse.Take(3)))]));
        }

        findings.Add(Emoji(text, profile, rule));
        findings.Add(Register(text, profile, language));
        findings.Add(Formality(text, lower, profile));
        if (HumorFinding(text, lower, profile) is { } humor)
        {
            findings.Add(humor);
        }

        if (profile.BrandMessage.Length > 0)
        {
            findings.Add(SharesMessage(lower, profile.BrandMessage)
                ? new TovFinding("message", true)
                : new TovFinding("message", false, "tov.fix.message", [("message", profile.BrandMessage)]));
        }

        var lost = findings.Where(f => !f.Passed).Sum(f => Weights[f.Criterion]);
        return new TovReport(Math.Max(0, 100 - lost), findings);
    }

    // An SMS whose text is all GSM only needs cutting; otherwise dropping Cyrillic, emoji and curly quotes also helps.
    private static string LimitFix(string text, string limit) =>
        limit == ChannelFit.Sms && ChannelFit.IsGsm(text) ? "tov.fix.sms_gsm" : "tov.fix." + limit;

    // The channel wins over the voice: where it takes no emoji, none is the rule whatever the voice likes.
    private static TovFinding Emoji(string text, ToneProfile profile, ChannelRule? rule)
    {
        var count = ChannelFit.CountEmoji(text);
        if (rule is { EmojiAllowed: false })
        {
            return count == 0
                ? new TovFinding("emoji", true)
                : new TovFinding("emoji", false, "tov.fix." + ChannelFit.Emoji, [("allowed", 0), ("actual", count)]);
        }

        return profile.Emoji switch
        {
            EmojiPolicy.None when count > 0 => new TovFinding("emoji", false, "tov.fix.emoji.none", [("count", count)]),
            EmojiPolicy.Few when count > 3 => new TovFinding("emoji", false, "tov.fix.emoji.few", [("count", count)]),
            EmojiPolicy.Many when count == 0 => new TovFinding("emoji", false, "tov.fix.emoji.many"),
            _ => new TovFinding("emoji", true),
        };
    }

    // A serious voice must not joke; a humorous one is only nudged when nothing in the text smiles
    // (wordplay cannot be told apart by rule, so a missing marker costs the smallest weight).
    private static TovFinding? HumorFinding(string text, string lower, ToneProfile profile)
    {
        if (profile.Humor == Humor.Serious)
        {
            var joke = Jokes.FirstOrDefault(lower.Contains);
            return joke is null ? new TovFinding("humor", true) : new TovFinding("humor", false, "tov.fix.humor", [("word", joke)]);
        }

        if (profile.Humor == Humor.Humorous)
        {
            var smiles = Jokes.Concat(Playful).Any(lower.Contains) || Smiley().IsMatch(text);
            return smiles ? new TovFinding("humor", true) : new TovFinding("humor", false, "tov.fix.humor.none");
        }

        return null;
    }

    // The register by the words that give it away (TovWords): in a polite voice any «ты» form, casual address or
    // contraction; in a casual one any «вы» form, "уважаемые" or "dear customer".
    private static TovFinding Register(string text, ToneProfile profile, string language)
    {
        var polite = profile.Address == Address.Polite;
        if (TovWords.FirstOf(text, language, casual: polite) is not { } offending)
        {
            return new TovFinding("register", true);
        }

        var key = (language == "ru" ? "tov.fix.address." : "tov.fix.register.") + (polite ? "polite" : "casual");
        return new TovFinding("register", false, key, [("word", offending)]);
    }

    private static TovFinding Formality(string text, string lower, ToneProfile profile)
    {
        if (profile.Formality == Tov.Formality.Formal)
        {
            var exclamations = text.Count(c => c == '!');
            if (exclamations > 1)
            {
                return new TovFinding("formality", false, "tov.fix.formal.exclaim", [("count", exclamations)]);
            }

            var slang = Slang.FirstOrDefault(word => WordStems.Contains(text, word));
            return slang is null ? new TovFinding("formality", true) : new TovFinding("formality", false, "tov.fix.formal.slang", [("word", slang)]);
        }

        if (profile.Formality == Tov.Formality.Friendly)
        {
            var stiff = Stiff.FirstOrDefault(lower.Contains);
            return stiff is null ? new TovFinding("formality", true) : new TovFinding("formality", false, "tov.fix.friendly.stiff", [("word", stiff)]);
        }

        return new TovFinding("formality", true);
    }

    // The message shows when two of its longer words (by a five-letter stem) appear in the text, or
    // its only one does: one shared everyday word ("bread") is not the brand's point.
    private static bool SharesMessage(string lower, string message)
    {
        var key = Words().Matches(message.ToLowerInvariant()).Select(m => m.Value).Where(w => w.Length >= 5).Select(w => w[..5]).Distinct().ToList();
        var shown = key.Count(stem => lower.Contains(stem, StringComparison.Ordinal));
        return shown >= Math.Min(2, key.Count);
    }

    // Text a reader can follow: some words, no run of one character, no "word" longer than any real one.
    private static TovFinding Readable(string text)
    {
        var words = Words().Matches(text).Select(m => m.Value).ToList();
        var longest = words.Count == 0 ? 0 : words.Max(w => w.Length);
        var repeated = RepeatedCharacter().IsMatch(text);
        return words.Count >= 2 && longest <= 30 && !repeated
            ? new TovFinding("readable", true)
            : new TovFinding("readable", false, "tov.fix.readable");
    }

    // ":)", ";-)", "))" as people type a smile.
    [GeneratedRegex(@"[:;]-?\)|\)\)")]
    private static partial Regex Smiley();

    [GeneratedRegex(@"(\S)\1{7,}")]
    private static partial Regex RepeatedCharacter();

    [GeneratedRegex(@"[\p{L}]+")]
    private static partial Regex Words();
}
