using System.Text.RegularExpressions;
using Coach.Core.Dialogue;
using Coach.Core.Tests.Support;
using Coach.Core.Texts;

namespace Coach.Core.Tests.Texts;

/// <summary>
/// What a native editor corrected in both catalogues (issue 14) and a machine can find again: Russian quotes,
/// number formats and roubles in English, hyphenated ranges, doubled spaces, a space before punctuation, unbalanced
/// quotes, masculine-only forms addressed to a user whose gender Coach does not know, Latin-style abbreviations.
/// </summary>
public partial class CatalogueStyleTests
{
    private static readonly TextCatalog Catalog = TextCatalog.Default;

    private static IEnumerable<(string Key, string Text)> Texts(string language) =>
        Catalog.KeysOf(language).Select(key => (key, Regex.Replace(Catalog.Raw(language, key), "<code>.*?</code>", "CODE", RegexOptions.Singleline)));

    private static void AssertNone(IEnumerable<(string Key, string Text)> texts, Regex pattern, string what)
    {
        var hits = texts.Where(x => pattern.IsMatch(x.Text)).Select(x => $"{x.Key}: …{pattern.Match(x.Text).Value}…").ToList();
        Assert.True(hits.Count == 0, what + ":\n" + string.Join("\n", hits));
    }

    [Fact]
    public void English_quotes_with_curly_quotes_not_guillemets()
    {
        // The ToV rule names the Russian pronouns in Russian quotes on purpose; "« Back" and "Skip »" are arrows.
        string[] exempt = ["tov.fix.address.polite", "tov.fix.address.casual"];
        AssertNone(Texts(Languages.English).Where(x => !exempt.Contains(x.Key)), GuillemetQuote(), "«…» in English");
    }

    [Fact]
    public void English_numbers_are_written_the_english_way()
    {
        var english = Texts(Languages.English).ToList();

        AssertNone(english, ReplyHygiene.SpaceThousands(), "thousands grouped with a space (\"2 000\") in English");
        AssertNone(english, DecimalComma(), "a decimal comma (\"1,5\") in English");
        AssertNone(english, new Regex("₽|\\bruble"), "roubles in English examples");
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ru")]
    public void Ranges_take_an_en_dash_and_spacing_is_clean(string language)
    {
        var texts = Texts(language).ToList();

        AssertNone(texts, HyphenRange(), "a range with a hyphen (\"6-12\") instead of an en dash");
        AssertNone(texts, ReplyHygiene.DoubleSpace(), "two spaces in a row");
        AssertNone(texts, SpaceBeforePunctuation(), "a space before punctuation");
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ru")]
    public void Quotes_are_balanced(string language)
    {
        var unbalanced = Texts(language)
            .Where(x => Count(x.Text, "«(?! )") != Count(x.Text, "(?<! )»") || Count(x.Text, "“") != Count(x.Text, "”"))
            .Select(x => x.Key)
            .ToList();

        Assert.True(unbalanced.Count == 0, "unbalanced quotes: " + string.Join(", ", unbalanced));
    }

    [Fact]
    public void Russian_never_gives_the_user_a_masculine_form()
    {
        // Coach does not know the user's gender: "вы решили", never "вы решил"; a button in the user's voice says
        // "Пока не знаю", never "Пока не решил". The bot itself (Коуч, "я понял") and third persons may be masculine.
        var russian = Texts(Languages.Russian).ToList();

        AssertNone(russian, ReplyHygiene.AddressedMasculine(), "a masculine form after «вы»");
        AssertNone(russian.Where(x => x.Key.Contains(".opt.", StringComparison.Ordinal)), UsersMasculine(), "a masculine form in a button the user presses");
        AssertNone(russian, Informal(), "«ты» outside the quoted address rule");
    }

    [Fact]
    public void Abbreviations_follow_one_style()
    {
        AssertNone(Texts(Languages.Russian), new Regex(@"\bт\. ?е\.|\bнапр\.|\bи т\. ?[дп]\."), "an abbreviation a Russian editor spells out");
        AssertNone(Texts(Languages.English), new Regex(@"\bi\.e\.|\be\.g\.,|\beg\b"), "\"i.e.\", \"e.g.,\" or \"eg\" (the catalogue writes \"e.g.\" and \"that is\")");
    }

    private static int Count(string text, string pattern) => Regex.Matches(text, pattern).Count;

    [GeneratedRegex("«[^»\\s][^»]*»")]
    private static partial Regex GuillemetQuote();


    [GeneratedRegex(@"(?<![\d,])\d+,\d{1,2}(?!\d)")]
    private static partial Regex DecimalComma();

    [GeneratedRegex(@"(?<![\w/+−-])\d+-\d+(?![\w%-])")]
    private static partial Regex HyphenRange();


    [GeneratedRegex(@"(?<=\p{L}|\d) [,.;:!?](?=\s|$)")]
    private static partial Regex SpaceBeforePunctuation();


    [GeneratedRegex(@"\b(?:решил|готов|уверен|согласен|понял|выбрал|заинтересован)\b")]
    private static partial Regex UsersMasculine();

    // Coach says «вы» to its user; «ты» appears only as the name of the casual register, in quotes.
    [GeneratedRegex(@"(?<!«)\b(?:ты|тебе|тебя|твой|твоя|твои|твоё)\b(?!»)")]
    private static partial Regex Informal();
}
