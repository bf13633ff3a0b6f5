using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Coach.Core.Texts;

/// <summary>
/// Every user-facing sentence, by key, one JSON catalogue per language (Texts/en.json,
/// Texts/ru.json, embedded). Sentences carry named placeholders ("{value}"); values are
/// HTML-escaped when substituted unless wrapped in <see cref="Markup"/>.
/// </summary>
public sealed partial class TextCatalog
{
    private readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> _byLanguage;

    public TextCatalog(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> byLanguage) =>
        _byLanguage = byLanguage;

    /// <summary>The catalogues shipped inside Coach.Core.</summary>
    public static TextCatalog Default { get; } = LoadEmbedded();

    public IEnumerable<string> Languages => _byLanguage.Keys;

    public IReadOnlyCollection<string> KeysOf(string language) =>
        _byLanguage.TryGetValue(language, out var texts) ? texts.Keys.ToList() : [];

    public bool Has(string language, string key) =>
        _byLanguage.TryGetValue(language, out var texts) && texts.ContainsKey(key);

    /// <summary>The texts of one language.</summary>
    public Texts For(string language) => new(this, language);

    /// <summary>
    /// The raw sentence. A missing key shows as the key itself rather than failing the reply;
    /// the catalogue tests keep that from shipping.
    /// </summary>
    public string Raw(string language, [TextKey] string key) =>
        _byLanguage.TryGetValue(language, out var texts) && texts.TryGetValue(key, out var text) ? text : key;

    public string Format(string language, [TextKey] string key, params (string Name, object? Value)[] args)
    {
        var text = Raw(language, key);
        var open = args.Length == 0 ? -1 : text.IndexOf('{');
        if (open < 0)
        {
            return text;
        }

        // By hand rather than by a regex's Replace: this runs for every line of every card (a Match, its groups and a
        // closure per placeholder). The grammar: "{name}" (a letter, then letters, digits or "_") and the single dot after it, not
        // the first dot of an ellipsis; a name no argument gives is left as it is, with its dot.
        var builder = _builder ?? new StringBuilder(512);
        _builder = null;
        var copied = 0;
        while (open >= 0)
        {
            var close = PlaceholderEnd(text, open);
            if (close < 0)
            {
                open = text.IndexOf('{', open + 1);
                continue;
            }

            var dot = close + 1 < text.Length && text[close + 1] == '.' && (close + 2 >= text.Length || text[close + 2] != '.');
            var end = dot ? close + 2 : close + 1;
            var name = text.AsSpan(open + 1, close - open - 1);
            foreach (var (argName, value) in args)
            {
                if (name.SequenceEqual(argName))
                {
                    var filled = value is Markup markup ? markup.Html : Escape(value?.ToString() ?? "");
                    builder.Append(text, copied, open - copied).Append(filled);

                    // A value that ends a sentence with its own dot ("4 мес.", "Bread Co.") takes the place of the sentence's dot.
                    if (dot && !EndsWithDot(filled))
                    {
                        builder.Append('.');
                    }

                    copied = end;
                    break;
                }
            }

            open = end < text.Length ? text.IndexOf('{', end) : -1;
        }

        var result = copied == 0 ? text : builder.Append(text, copied, text.Length - copied).ToString();
        _builder = builder.Clear();
        return result;
    }

    // The index of the "}" closing a placeholder that starts at open ("{" then a letter, then letters, digits or "_"), or -1.
    private static int PlaceholderEnd(string text, int open)
    {
        var i = open + 1;
        if (i >= text.Length || !char.IsAsciiLetter(text[i]))
        {
            return -1;
        }

        while (++i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '_'))
        {
        }

        return i < text.Length && text[i] == '}' ? i : -1;
    }

    private static bool EndsWithDot(string html) =>
        html.AsSpan().IndexOfAny('<', '&') < 0 ? html.AsSpan().TrimEnd().EndsWith('.') : Plain(html).TrimEnd().EndsWith('.');

    // One builder per thread, taken while a sentence is filled (a value's ToString filling another finds none and makes its own).
    [ThreadStatic]
    private static StringBuilder? _builder;

    /// <summary>
    /// Escapes what Telegram's HTML mode requires (&amp;, &lt;, &gt;) and nothing more, so that
    /// "÷" or "₽" stay readable characters rather than numeric entities.
    /// </summary>
    public static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary>A catalogue sentence as plain text: tags dropped, the escaped characters restored (for documents).</summary>
    public static string Plain(string html) =>
        Tag().Replace(html, "").Replace("&lt;", "<", StringComparison.Ordinal).Replace("&gt;", ">", StringComparison.Ordinal).Replace("&amp;", "&", StringComparison.Ordinal);

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    /// <summary>The placeholder names a sentence uses, for the catalogue-parity test.</summary>
    public static IReadOnlySet<string> PlaceholdersOf(string text) =>
        Placeholder().Matches(text).Select(m => m.Groups[1].Value).ToHashSet();

    [GeneratedRegex(@"\{([a-zA-Z][a-zA-Z0-9_]*)\}")]
    private static partial Regex Placeholder();

    private static TextCatalog LoadEmbedded()
    {
        var assembly = typeof(TextCatalog).Assembly;
        var result = new Dictionary<string, IReadOnlyDictionary<string, string>>();
        foreach (var language in Dialogue.Languages.All)
        {
            using var stream = assembly.GetManifestResourceStream($"Coach.Texts.{language}.json")
                ?? throw new InvalidOperationException($"The text catalogue '{language}.json' is not embedded in Coach.Core.");
            result[language] = JsonSerializer.Deserialize<Dictionary<string, string>>(stream)
                ?? throw new InvalidOperationException($"The text catalogue '{language}.json' is empty.");
        }

        return new TextCatalog(result);
    }
}

/// <summary>Text that is already safe HTML (a rendered sentence from the catalogue), substituted as is.</summary>
public sealed record Markup(string Html)
{
    public override string ToString() => Html;
}

/// <summary>The texts of one language: a small accessor so call sites read as sentences.</summary>
public readonly record struct Texts(TextCatalog Catalog, string Language)
{
    public string this[[TextKey] string key] => Catalog.Raw(Language, key);

    public string Format([TextKey] string key, params (string Name, object? Value)[] args) =>
        Catalog.Format(Language, key, args);

    /// <summary>A date as the language writes it in a sentence: RU "02.03.2027", EN "Mar 2, 2027" (never ISO).</summary>
    public string Date(DateTime date) =>
        date.ToString(Language == Dialogue.Languages.Russian ? "dd.MM.yyyy" : "MMM d, yyyy", System.Globalization.CultureInfo.InvariantCulture);

    public string Date(DateOnly date) => Date(date.ToDateTime(TimeOnly.MinValue));

    /// <summary>A catalogue sentence to nest inside another one without escaping it twice.</summary>
    public Markup Html([TextKey] string key, params (string Name, object? Value)[] args) => new(Format(key, args));

    /// <summary>A catalogue sentence as a button label: plain text, user values as typed (labels are not HTML).</summary>
    public string Label([TextKey] string key, params (string Name, object? Value)[] args) => TextCatalog.Plain(Format(key, args));

    public bool Has(string key) => Catalog.Has(Language, key);

    /// <summary>"{key}.{variant}" when the catalogue has that variant (an example for this kind of business), else the plain key.</summary>
    public string Variant([TextKey] string key, string? variant) =>
        variant is not null && Has($"{key}.{variant}") ? $"{key}.{variant}" : key;
}
