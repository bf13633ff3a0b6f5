using System.Text.RegularExpressions;
using Coach.Core.Texts;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Coach.Core.Tests.Texts;

/// <summary>
/// <see cref="TextCatalog.Format"/> fills placeholders by hand (no regex per call); these tests hold it to the grammar
/// it had as a regex Replace, kept here as the reference: "{name}" and the single dot after it, not an ellipsis's.
/// </summary>
public partial class FormatGrammarTests
{
    [Theory]
    [InlineData("Hello, {name}.", "Hello, Ann.")]
    [InlineData("Wait{name}...", "WaitAnn...")]
    [InlineData("{name}{other}", "AnnBo")]
    [InlineData("{missing}. and {name}.", "{missing}. and Ann.")]
    [InlineData("{ name} {1x} {x {", "{ name} {1x} {x {")]
    [InlineData("{{name}}", "{Ann}")]
    [InlineData("{name}.", "Ann.")]
    [InlineData("", "")]
    public void Placeholders_are_filled_as_the_grammar_says(string template, string expected)
    {
        Assert.Equal(expected, Fill(template, ("name", "Ann"), ("other", "Bo")));
        Assert.Equal(Reference(template, [("name", "Ann"), ("other", "Bo")]), Fill(template, ("name", "Ann"), ("other", "Bo")));
    }

    [Theory]
    [InlineData("Bread Co.", "Bread Co.")]
    [InlineData("Bread Co. ", "Bread Co. ")]
    [InlineData("<b>Co.</b>", "<b>Co.</b>")]
    [InlineData("a &amp; b.", "a &amp; b.")]
    [InlineData("2 years", "2 years.")]
    public void A_value_ending_in_its_own_dot_takes_the_sentences_dot(string html, string expected)
    {
        Assert.Equal(expected, Fill("{value}.", ("value", new Markup(html))));
    }

    [Property(MaxTest = 500)]
    public Property Any_template_is_filled_as_the_regex_filled_it() =>
        Prop.ForAll(Arb.From(Gen.ListOf(Gen.Elements("{", "}", ".", "..", "a", "b", "_", "1", " ", "{a}", "{b}.", "{c}", "x.")).Select(parts => string.Concat(parts))),
            template => Fill(template, ("a", "A."), ("b", "<i>b</i>")) == Reference(template, [("a", "A."), ("b", "<i>b</i>")]));

    private static string Fill(string template, params (string Name, object? Value)[] args) =>
        new TextCatalog(new Dictionary<string, IReadOnlyDictionary<string, string>> { ["en"] = new Dictionary<string, string> { ["k"] = template } })
            .Format("en", "k", args);

    // The implementation Format replaced, word for word.
    private static string Reference(string text, (string Name, object? Value)[] args) =>
        args.Length == 0 ? text : PlaceholderAndDot().Replace(text, match =>
        {
            var name = match.Groups[1].Value;
            foreach (var (argName, value) in args)
            {
                if (argName == name)
                {
                    var filled = value is Markup markup ? markup.Html : TextCatalog.Escape(value?.ToString() ?? "");
                    var dot = match.Groups[2].Value;
                    return dot.Length > 0 && TextCatalog.Plain(filled).TrimEnd().EndsWith('.') ? filled : filled + dot;
                }
            }

            return match.Value;
        });

    [GeneratedRegex(@"\{([a-zA-Z][a-zA-Z0-9_]*)\}(\.(?!\.))?")]
    private static partial Regex PlaceholderAndDot();
}
