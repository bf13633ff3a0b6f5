using System.Reflection;
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
        if (args.Length == 0)
        {
            return text;
        }

        return PlaceholderAndDot().Replace(text, match =>
        {
            var name = match.Groups[1].Value;
            foreach (var (argName, value) in args)
            {
                if (argName == name)
                {
                    var filled = value is Markup markup ? markup.Html : Escape(value?.ToString() ?? "");

                    // A value that ends a sentence with its own dot ("4 мес.", "Bread Co.") takes the place of the sentence's dot.
                    var dot = match.Groups[2].Value;
                    return dot.Length > 0 && Plain(filled).TrimEnd().EndsWith('.') ? filled : filled + dot;
                }
            }

            return match.Value;
        });
    }

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

    // A placeholder and the single dot after it, if any (not the first dot of an ellipsis).
    [GeneratedRegex(@"\{([a-zA-Z][a-zA-Z0-9_]*)\}(\.(?!\.))?")]
    private static partial Regex PlaceholderAndDot();

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
