using System.Text.RegularExpressions;
using Coach.Core.Tests.Support;

namespace Coach.Core.Tests.Parsing;

/// <summary>
/// The words Coach matches live in data files per language, not in code (issue 12): no string literal in a C# file under
/// Coach.Core's Domain, Parsing or Flows holds a Russian word. Comments and single characters ('ё' → 'е') are not words.
/// </summary>
public partial class WordsLiveInDataTests
{
    /// <summary>Files that still hold Russian words in code, each with the reason; the list only shrinks.</summary>
    private static readonly Dictionary<string, string> Exempt = new()
    {
        // Empty since the deadline grammar and the goal qualifier took their words from Domain/Smart/Words.
    };

    public static TheoryData<string> Files()
    {
        var files = new TheoryData<string>();
        foreach (var folder in new[] { "Domain", "Parsing", "Flows" })
        {
            foreach (var path in Directory.EnumerateFiles(RepositoryFiles.PathOf(Path.Combine("src", "Coach.Core", folder)), "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                files.Add(Path.GetRelativePath(RepositoryFiles.PathOf(Path.Combine("src", "Coach.Core")), path).Replace('\\', '/'));
            }
        }

        return files;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void No_code_file_holds_russian_words_to_match(string file)
    {
        var words = RussianWordsInLiterals(File.ReadAllText(RepositoryFiles.PathOf(Path.Combine("src", "Coach.Core", file))));

        if (Exempt.ContainsKey(file))
        {
            Assert.True(words.Count > 0, $"{file} holds no Russian words any more: take it off the exemption list.");
            return;
        }

        Assert.True(words.Count == 0, $"{file} matches Russian words in code; move them to a word file: {string.Join(", ", words.Take(8))}");
    }

    [Fact]
    public void The_check_finds_words_in_every_kind_of_literal_but_not_in_comments_or_characters()
    {
        const string code = """
            // «вы» in a comment
            /// <summary>«ты»</summary>
            var a = text.Replace('ё', 'е');
            var b = "каналы";
            var c = @"скидк|дисконт";
            """;

        Assert.Equal(["каналы", "скидк|дисконт"], RussianWordsInLiterals(code));
    }

    private static List<string> RussianWordsInLiterals(string code)
    {
        var withoutComments = Comment().Replace(code, "");
        return Literal().Matches(withoutComments).Select(m => m.Value.Trim('@', '$', '"')).Where(s => RussianWord().IsMatch(s)).ToList();
    }

    // A line comment (also ///) up to the end of its line, or a block comment.
    [GeneratedRegex(@"//[^\n]*|/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex Comment();

    // A string literal: regular, verbatim or interpolated (raw literals are matched as a run of quotes).
    [GeneratedRegex(@"[@$]*""(?:[^""\\\n]|\\.|"""")*""")]
    private static partial Regex Literal();

    [GeneratedRegex(@"[а-яёА-ЯЁ]{2,}")]
    private static partial Regex RussianWord();
}
