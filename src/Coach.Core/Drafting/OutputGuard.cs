using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Coach.Core.Domain.Tov;

namespace Coach.Core.Drafting;

/// <summary>What the guard may let through: the chat's language, the prompt's fixed sentences, and what the user gave (their own links, handles and codes are theirs to use).</summary>
public sealed record GuardContext(string Language, IReadOnlyList<string> PromptFragments, string UserSupplied);

/// <summary>
/// Every language model answer passes here before it reaches a user (OWASP LLM01 prompt injection and
/// LLM02 insecure output handling are the reference). Refused, whatever the channel: control, bidi,
/// invisible or tag characters; a link, e-mail, phone number, @handle or promo code the user did not
/// give; an instruction to the reader (passwords, codes, card data, payments, "click the link",
/// "ignore…"); talk about prompts, instructions or roles; any run of the prompt's own text, also split
/// by invisible characters, letter-spaced, across lines, in look-alike letters or base64; an answer in
/// another language than the chat's. What passes goes on to <see cref="DraftOutputCheck"/> (markup,
/// the channel's length). A refused answer is replaced by the template draft, and the refusal's kind is
/// logged, never the text.
/// </summary>
public static partial class OutputGuard
{
    public const string Control = "control";
    public const string Link = "link";
    public const string Contact = "contact";
    public const string Instruction = "instruction";
    public const string Meta = "meta";
    public const string Encoded = "encoded";
    public const string Language = "language";

    private static readonly GuardWords Words = GuardWords.Load();

    // A link, an e-mail address or an @handle, as the guard finds them (a text part between tags holds no '<').
    private static readonly Regex Clickable = new($"{Email()}|{LinkPattern()}|{Handle()}", RegexOptions.Compiled);

    /// <summary>The answer reviewed: refused with the guard's kind, or checked for the channel by <see cref="DraftOutputCheck"/>.</summary>
    public static OutputReview Review(string answer, ChannelRule? rule, GuardContext context, int maxChars = 2000) =>
        Refusal(answer, context) is { } kind
            ? new OutputReview("", kind)
            : DraftOutputCheck.Review(answer, rule, context.PromptFragments, maxChars);

    /// <summary>
    /// For a message many people read (a group): every link, e-mail address and @handle in the text of an
    /// HTML reply is put in <c>&lt;code&gt;</c>, where Telegram neither opens nor highlights it, so a member's
    /// typed "https://…" that Coach repeats (a product name, a channel) is not a link posted to everyone.
    /// Tags are left alone, and so is what is already code.
    /// </summary>
    public static string DefuseLinks(string html)
    {
        var result = new System.Text.StringBuilder(html.Length + 16);
        var inCode = 0;
        foreach (var part in TagSplit().Split(html))
        {
            if (part.StartsWith('<'))
            {
                inCode += part.StartsWith("<code", StringComparison.OrdinalIgnoreCase) || part.StartsWith("<pre", StringComparison.OrdinalIgnoreCase) ? 1
                    : part.StartsWith("</code", StringComparison.OrdinalIgnoreCase) || part.StartsWith("</pre", StringComparison.OrdinalIgnoreCase) ? -1 : 0;
                result.Append(part);
            }
            else
            {
                result.Append(inCode > 0 ? part : Clickable.Replace(part, match => $"<code>{match.Value}</code>"));
            }
        }

        return result.ToString();
    }

    /// <summary>Why the answer may not reach the user, or null.</summary>
    public static string? Refusal(string answer, GuardContext context)
    {
        if (HasHiddenCharacters(answer))
        {
            return Control;
        }

        var text = Folded(answer);
        var allowed = Folded(context.UserSupplied);
        if (Leaks(text, context.PromptFragments))
        {
            return DraftOutputCheck.Leak;
        }

        if (EncodedBlobs(text).Any())
        {
            return Encoded;
        }

        if (NotGiven(LinkPattern(), text, allowed) || NotGiven(MarkdownLink(), text, allowed))
        {
            return Link;
        }

        if (NotGiven(Email(), text, allowed) || NotGiven(Handle(), text, allowed) || Phones(text).Any(p => !Digits(allowed).Contains(p, StringComparison.Ordinal))
            || PromoCodes(text).Any(code => !allowed.Contains(code, StringComparison.OrdinalIgnoreCase)))
        {
            return Contact;
        }

        var words = WordsOf(text);
        if (Words.Instructions.Any(phrase => Contains(words, phrase)))
        {
            return Instruction;
        }

        if (Words.Meta.Any(phrase => Contains(words, phrase)))
        {
            return Meta;
        }

        return WrongLanguage(text, context.Language) ? Language : null;
    }

    // NFKC folds full-width and styled letters; a string it cannot normalise (noncharacters in the user's text) is compared as it is.
    private static string Folded(string text)
    {
        try
        {
            return text.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            return text;
        }
    }

    /// <summary>C0/C1 controls (but a line break or tab), bidi controls, zero-width and other format characters (a zero-width joiner inside an emoji is fine), tag characters, private use.</summary>
    public static bool HasHiddenCharacters(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\n' or '\t' or '\r')
            {
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                var code = char.ConvertToUtf32(c, text[i + 1]);
                // Tag characters (U+E0000–E007F) smuggle ASCII invisibly; supplementary private use areas too.
                if (code is >= 0xE0000 and <= 0xE007F || code >= 0xF0000)
                {
                    return true;
                }

                i++;
                continue;
            }

            if (c == '\u200D' && i > 0 && i + 1 < text.Length && IsEmojiSide(text[i - 1]) && IsEmojiSide(text[i + 1]))
            {
                continue;
            }

            var category = char.GetUnicodeCategory(c);
            // Unassigned code points and noncharacters (U+FFFF) too: no copy needs them, and text normalisation refuses some.
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.PrivateUse or UnicodeCategory.Surrogate or UnicodeCategory.OtherNotAssigned
                or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
            {
                return true;
            }
        }

        return false;
    }

    // An emoji's code units (surrogates, the symbol blocks) or its variation selector.
    private static bool IsEmojiSide(char c) => char.IsSurrogate(c) || c is >= '\u2190' and <= '\u2BFF' || c == '\uFE0F';

    /// <summary>
    /// A run of about forty letters of any prompt sentence, compared on letters and digits only (so
    /// spacing, punctuation, line breaks and letter-spacing do not hide it), with look-alike Cyrillic
    /// letters read as Latin; base64 blobs are decoded and compared too.
    /// </summary>
    public static bool Leaks(string text, IReadOnlyList<string> fragments)
    {
        var skeletons = new List<string> { Skeleton(text) };
        skeletons.AddRange(EncodedBlobs(text).Select(Skeleton));
        foreach (var fragment in fragments)
        {
            var target = Skeleton(fragment);
            if (target.Length < 24)
            {
                continue;
            }

            var window = Math.Min(40, target.Length);
            for (var start = 0; start + window <= target.Length; start += 8)
            {
                var piece = target.Substring(start, window);
                if (skeletons.Any(s => s.Contains(piece, StringComparison.Ordinal)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Letters and digits only, lower case, Cyrillic look-alikes as their Latin twins.</summary>
    public static string Skeleton(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in Folded(text))
        {
            if (char.IsLetterOrDigit(c))
            {
                var lower = char.ToLowerInvariant(c);
                builder.Append(LookAlikes.TryGetValue(lower, out var latin) ? latin : lower);
            }
        }

        return builder.ToString();
    }

    private static readonly Dictionary<char, char> LookAlikes = new()
    {
        ['а'] = 'a', ['в'] = 'b', ['е'] = 'e', ['ё'] = 'e', ['к'] = 'k', ['м'] = 'm', ['н'] = 'h', ['о'] = 'o', ['р'] = 'p',
        ['с'] = 'c', ['т'] = 't', ['у'] = 'y', ['х'] = 'x', ['і'] = 'i', ['ј'] = 'j', ['ѕ'] = 's', ['ԁ'] = 'd', ['ɡ'] = 'g',
        ['ο'] = 'o', ['α'] = 'a', ['ε'] = 'e', ['ι'] = 'i', ['κ'] = 'k', ['ν'] = 'v', ['ρ'] = 'p', ['τ'] = 't', ['υ'] = 'u', ['χ'] = 'x',
    };

    /// <summary>Base64 runs of 24 characters or more that decode to text: no marketing message has one.</summary>
    public static IEnumerable<string> EncodedBlobs(string text)
    {
        foreach (Match match in Base64().Matches(text))
        {
            var value = match.Value;
            // A long word or number is not base64: it needs both cases or digits mixed with letters.
            if (!(value.Any(char.IsUpper) && value.Any(char.IsLower)) && !(value.Any(char.IsDigit) && value.Any(char.IsLetter)))
            {
                continue;
            }

            var padded = value.PadRight(value.Length + ((4 - value.Length % 4) % 4), '=');
            var bytes = new byte[padded.Length];
            if (Convert.TryFromBase64String(padded, bytes, out var written))
            {
                yield return Encoding.UTF8.GetString(bytes, 0, written);
            }
        }
    }

    private static bool NotGiven(Regex pattern, string text, string allowed) =>
        pattern.Matches(text).Any(m => !allowed.Contains(m.Value.TrimEnd('.', ',', '!', '?', ')', ';', ':'), StringComparison.OrdinalIgnoreCase));

    // Phone numbers as their digits: nine or more digits in a run of digits, spaces, dashes, dots and brackets.
    private static IEnumerable<string> Phones(string text) =>
        Phone().Matches(text).Select(m => Digits(m.Value)).Where(digits => digits.Length is >= 9 and <= 15);

    private static string Digits(string text) => new(text.Where(char.IsDigit).ToArray());

    // "promo code SPRING25", "промокод ВЕСНА25": the token after the word, when it looks like a code.
    private static IEnumerable<string> PromoCodes(string text) =>
        PromoCode().Matches(text).Select(m => m.Groups["code"].Value).Where(code => code.Any(char.IsDigit) || code.All(c => !char.IsLetter(c) || char.IsUpper(c)));

    private static bool WrongLanguage(string text, string language)
    {
        var letters = text.Where(char.IsLetter).ToList();
        if (letters.Count < 12)
        {
            return false;
        }

        var cyrillic = letters.Count(c => c is >= '\u0400' and <= '\u04FF') / (double)letters.Count;
        // Brand names and a Latin word or two are normal in Russian copy; a Russian answer in an English chat is not.
        return language == Dialogue.Languages.Russian ? cyrillic < 0.4 : cyrillic > 0.2;
    }

    private static string[] WordsOf(string text) =>
        WordSplit().Split(text.ToLowerInvariant().Replace('ё', 'е')).Where(w => w.Length > 0).ToArray();

    // The phrase's stems follow each other in the words, each word starting with its stem.
    private static bool Contains(string[] words, string[] stems)
    {
        for (var i = 0; i + stems.Length <= words.Length; i++)
        {
            var all = true;
            for (var j = 0; j < stems.Length && all; j++)
            {
                all = words[i + j].StartsWith(stems[j], StringComparison.Ordinal);
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }

    private sealed record GuardWords(IReadOnlyList<string[]> Instructions, IReadOnlyList<string[]> Meta)
    {
        public static GuardWords Load()
        {
            using var document = Domain.Words.EmbeddedJson.Document("Coach.Drafting.guard_words.json");
            IReadOnlyList<string[]> Read(string name) => document.RootElement.GetProperty(name).EnumerateObject()
                .SelectMany(language => language.Value.EnumerateArray())
                .Select(phrase => WordsOf(phrase.GetString()!))
                .Where(stems => stems.Length > 0)
                .ToList();
            return new GuardWords(Read("instructions"), Read("meta"));
        }
    }

    [GeneratedRegex(@"[^\p{L}\p{N}_]+")]
    private static partial Regex WordSplit();

    [GeneratedRegex(@"(?i)(?:\b(?:https?|ftp)://\S+|\bwww\.\S+|(?<![\p{L}\p{N}-])(?:[\p{L}\p{N}-]+\.)+(?:com|ru|net|org|io|me|ly|co|info|biz|app|site|online|shop|store|xyz|top|link|click|su|ua|by|kz|de|uk|us|tk|gl|gg|cc|tv|pro|dev|ai|рф)(?![\p{L}\p{N}])(?:/\S*)?|\bt\.me/\S+)")]
    private static partial Regex LinkPattern();

    [GeneratedRegex(@"(<[^>]*>)")]
    private static partial Regex TagSplit();

    [GeneratedRegex(@"\[[^\]\n]*\]\([^)\n]*\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+")]
    private static partial Regex Email();

    [GeneratedRegex(@"(?<![\p{L}\p{N}_@.])@[A-Za-z0-9_]{3,}")]
    private static partial Regex Handle();

    [GeneratedRegex(@"\+?\d[\d\s().-]{7,}\d")]
    private static partial Regex Phone();

    [GeneratedRegex(@"(?i)(?:promo\s*code|coupon|voucher|discount\s+code|code|промокод|купон|код)\s*[:«""“]?\s*(?<code>[\p{L}\p{N}]{4,20})")]
    private static partial Regex PromoCode();

    [GeneratedRegex(@"[A-Za-z0-9+/]{24,}={0,2}")]
    private static partial Regex Base64();
}
