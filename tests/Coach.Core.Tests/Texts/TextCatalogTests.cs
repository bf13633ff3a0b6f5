using System.Text.RegularExpressions;
using Coach.Core.Dialogue;
using Coach.Core.Domain.Business;
using Coach.Core.Flows;
using Coach.Core.Tests.Support;
using Coach.Core.Texts;

namespace Coach.Core.Tests.Texts;

public class TextCatalogTests
{
    private static readonly TextCatalog Catalog = TextCatalog.Default;

    [Fact]
    public void Both_languages_define_the_same_keys()
    {
        var en = Catalog.KeysOf(Languages.English).ToHashSet();
        var ru = Catalog.KeysOf(Languages.Russian).ToHashSet();

        Assert.Empty(en.Except(ru));
        Assert.Empty(ru.Except(en));
        Assert.True(en.Count > 100);
    }

    [Fact]
    public void Both_languages_use_the_same_placeholders_in_every_sentence()
    {
        var mismatches = Catalog.KeysOf(Languages.English)
            .Where(key => !TextCatalog.PlaceholdersOf(Catalog.Raw("en", key)).SetEquals(TextCatalog.PlaceholdersOf(Catalog.Raw("ru", key))))
            .ToList();

        Assert.Empty(mismatches);
    }

    [Fact]
    public void No_sentence_is_left_untranslated_or_empty()
    {
        // Sentences equal in both languages are fine when they hold only markup and placeholders,
        // or name both languages on purpose (the language button).
        var bilingual = new HashSet<string> { "button.lang", "command.lang" };
        static bool IsBrand(string key) => key.EndsWith(".opt.telegram", StringComparison.Ordinal) || key.EndsWith(".opt.instagram", StringComparison.Ordinal);
        var suspicious = Catalog.KeysOf(Languages.English)
            .Where(key => string.IsNullOrWhiteSpace(Catalog.Raw("en", key))
                || (!bilingual.Contains(key) && !IsBrand(key) && Catalog.Raw("en", key) == Catalog.Raw("ru", key)
                    && Regex.IsMatch(Regex.Replace(Catalog.Raw("en", key), @"\{\w+\}|<[^>]+>", ""), "[a-z]{4,}")))
            .ToList();

        Assert.Empty(suspicious);
    }

    /// <summary>
    /// Every catalogue key is used: named as a literal in the code or its data files, declared by a flow (title, question,
    /// short form, why, example, option labels), or in the family of a key the code builds (<c>$"remark.{id}"</c>,
    /// <c>"command." + name</c>: the literal part before the hole). A text nothing shows is a text nobody keeps true.
    /// </summary>
    [Fact]
    public void Every_catalogue_key_is_used_by_the_code_or_a_flow()
    {
        var files = Directory.EnumerateFiles(RepositoryFiles.PathOf("src"), "*.*", SearchOption.AllDirectories)
            .Where(file => (file.EndsWith(".cs", StringComparison.Ordinal) || file.EndsWith(".json", StringComparison.Ordinal))
                && !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !file.Contains($"Texts{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        var code = string.Join("\n", files.Select(File.ReadAllText));
        var literals = Regex.Matches(code, "\"([a-z_0-9]+(?:\\.[a-z_0-9]+)+)\"").Select(m => m.Groups[1].Value).ToHashSet();
        var families = Regex.Matches(code, """\$"([a-z_0-9]+\.[a-z_0-9.]*)\{|"([a-z_0-9]+\.[a-z_0-9.]*)"\s*\+""")
            .Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value).ToHashSet();
        var declared = new HashSet<string>();
        foreach (var flow in CoachFlows.Create().Flows)
        {
            declared.Add(flow.TitleKey);
            foreach (var step in flow.Steps)
            {
                declared.UnionWith([step.QuestionKey, step.ShortKey, step.WhyKey, step.ExampleKey]);
                var values = step.Answer switch
                {
                    ChoiceAnswer choice => choice.Values,
                    MultiChoiceAnswer several => several.Values,
                    _ => [],
                };
                declared.UnionWith(values.Select(value => ChoiceAnswer.LabelKey(step, value)));
                declared.UnionWith(values.Select(ChoiceAnswer.AliasKey));
                declared.UnionWith(values.Select(value => ChoiceAnswer.AliasKey(step, value)));
            }
        }

        // A variant of a used key (Texts.Variant: "{key}.{variant}"): the literal variants the code asks for ("open"),
        // and the business kinds of the examples (BusinessExamples).
        var variants = Regex.Matches(code, """Variant\([^;]*?"([a-z_]+)"\s*:""").Select(m => m.Groups[1].Value)
            .Concat(Enum.GetValues<BusinessKind>().Select(BusinessClassifier.Name))
            .ToHashSet();
        bool Used(string key) => literals.Contains(key) || declared.Contains(key) || families.Any(family => key.StartsWith(family, StringComparison.Ordinal));
        var unused = Catalog.KeysOf(Languages.English)
            .Where(key => !Used(key) && !(key.LastIndexOf('.') is > 0 and var dot && variants.Contains(key[(dot + 1)..]) && Used(key[..dot])))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(unused.Count == 0, $"{unused.Count} catalogue keys nothing uses: " + string.Join(", ", unused));
    }

    [Fact]
    public void Values_are_html_escaped_but_catalogue_markup_is_not()
    {
        var t = Catalog.For(Languages.English);

        var text = t.Format("coverage.result.title", ("strategy", t.Html("coverage.name.mass")), ("product", "<b>&Co</b>"));

        Assert.Contains("&lt;b&gt;&amp;Co&lt;/b&gt;", text);
        Assert.Contains("<b>Your coverage strategy: mass", text);
    }

    [Theory]
    [InlineData("ru", "kpi.payback.verdict.within_year", "4 мес.", "Новый клиент окупается за 4 мес.")]
    [InlineData("ru", "kpi.payback.verdict.within_year", "2 года", "Новый клиент окупается за 2 года.")]
    public void A_value_that_ends_in_a_dot_takes_the_place_of_the_sentences_dot(string language, string key, string value, string expected)
    {
        Assert.Equal(expected, Catalog.Format(language, key, ("value", value)));
    }

    [Fact]
    public void No_english_text_holds_russian_words_and_no_text_ends_in_a_doubled_dot_or_a_dot_colon()
    {
        // Language names are written in their own language; the Russian address rule quotes its pronouns.
        string[] exempt = ["help.text", "button.lang", "command.lang", "tov.fix.address.polite", "tov.fix.address.casual"];
        var russian = Catalog.KeysOf(Languages.English).Where(key => !exempt.Contains(key) && Regex.IsMatch(Catalog.Raw(Languages.English, key), @"\p{IsCyrillic}")).ToList();
        var dots = Languages.All.SelectMany(language => Catalog.KeysOf(language).Select(key => (language, key)))
            .Where(x => Regex.IsMatch(Catalog.Raw(x.language, x.key), @"(?<!\.)\.\.(?!\.)|\.:"))
            .Select(x => $"{x.language}:{x.key}")
            .ToList();

        Assert.True(russian.Count == 0, "Russian in English texts: " + string.Join(", ", russian));
        Assert.True(dots.Count == 0, "\"..\" or \".:\" in: " + string.Join(", ", dots));
    }

    [Fact]
    public void A_missing_key_shows_as_the_key_instead_of_failing()
    {
        Assert.Equal("no.such.key", Catalog.Raw("en", "no.such.key"));
    }

    [Theory]
    [InlineData("ru")]
    [InlineData("en")]
    public void Bot_command_descriptions_exist_for_every_command(string language)
    {
        foreach (var command in new[] { "start", "menu", "status", "back", "skip", "cancel", "lang", "help", "forget" })
        {
            Assert.True(Catalog.Has(language, "command." + command), command);
        }
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ru")]
    public void A_catalogue_names_each_key_once(string language)
    {
        // A repeated key silently keeps only its last text (merges have produced them).
        var path = RepositoryFiles.PathOf(Path.Combine("src", "Coach.Core", "Texts", language + ".json"));
        var keys = System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(path), @"(?m)^  ""([^""]+)"":").Select(m => m.Groups[1].Value).ToList();

        Assert.Empty(keys.GroupBy(key => key).Where(group => group.Count() > 1).Select(group => group.Key));
    }
}
