using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Coach.Analyzers.Tests;

public class TextKeyAnalyzerTests
{
    // The shape of Coach.Core's accessors: the analyzer finds keys by the attribute, not by these names.
    private const string Accessors = """
        namespace Coach.Core.Texts
        {
            [System.AttributeUsage(System.AttributeTargets.Parameter | System.AttributeTargets.Property | System.AttributeTargets.ReturnValue)]
            public sealed class TextKeyAttribute : System.Attribute;

            public readonly record struct Texts(string Language)
            {
                public string this[[TextKey] string key] => key;
                public string Format([TextKey] string key, params (string Name, object? Value)[] args) => key;
                public string Variant([TextKey] string key, string? variant) => key;
                public bool Has(string key) => true;
            }

            public sealed class Flow
            {
                [TextKey] public string? Title { get; init; }
                public string? Id { get; init; }
            }
        }
        """;

    private const string English = """{ "kpi.card.title": "KPI", "remark.cac": "CAC \"high\"", "command.kpi": "KPIs", "only.en": "x" }""";
    private const string Russian = """{ "kpi.card.title": "KPI", "remark.cac": "CAC", "command.kpi": "KPI" }""";

    [Fact]
    public async Task A_key_of_both_catalogues_passes()
    {
        var diagnostics = await Analyze("""t["kpi.card.title"] + t.Format("remark.cac", ("value", 1))""");

        Assert.Empty(diagnostics);
    }

    [Fact]
    public async Task An_unknown_key_fails_naming_the_key_and_both_catalogues()
    {
        var diagnostic = Assert.Single(await Analyze("""t["kpi.card.titel"]"""));

        Assert.Equal("COACH001", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal("Text key 'kpi.card.titel' is missing from en.json and ru.json", diagnostic.GetMessage());
        Assert.Equal("\"kpi.card.titel\"", diagnostic.Location.SourceTree!.GetText().ToString(diagnostic.Location.SourceSpan));
    }

    [Fact]
    public async Task A_key_of_one_catalogue_fails_naming_the_other()
    {
        var diagnostic = Assert.Single(await Analyze("""t.Variant("only.en", null)"""));

        Assert.Equal("Text key 'only.en' is missing from ru.json", diagnostic.GetMessage());
    }

    [Fact]
    public async Task Constants_and_every_branch_of_a_choice_are_checked()
    {
        var diagnostics = await Analyze("""t[Key] + t[id.Length > 0 ? "kpi.card.title" : "kpi.card.none"] + t[id switch { "a" => "remark.cac", _ => "remark.none" }] + t[Key2 ?? "x.y"]""",
            members: """private const string Key = "kpi.nope"; private static readonly string? Key2 = null;""");

        Assert.Equal(["kpi.nope", "kpi.card.none", "remark.none", "x.y"], diagnostics.Select(KeyOf));
        Assert.All(diagnostics, diagnostic => Assert.Equal("COACH001", diagnostic.Id));
    }

    [Fact]
    public async Task A_local_is_followed_to_every_value_it_is_given_and_reported_once()
    {
        var diagnostics = await Analyze("Pick(t, id)", members: """
            private static string Pick(Coach.Core.Texts.Texts t, string id)
            {
                var key = id.Length > 0 ? "kpi.card.title" : "kpi.card.gone";
                if (id == "x")
                {
                    key = "remark.nope";
                }

                return t[key] + t.Format(key);
            }
            """);

        Assert.Equal(["kpi.card.gone", "remark.nope"], diagnostics.Select(KeyOf));
    }

    [Fact]
    public async Task A_local_written_through_out_is_not_followed()
    {
        var diagnostics = await Analyze("Pick(t)", members: """
            private static void Set(out string key) => key = "kpi.card.title";

            private static string Pick(Coach.Core.Texts.Texts t)
            {
                var key = "x.none";
                Set(out key);
                return t[key];
            }
            """);

        Assert.Empty(diagnostics);
    }

    [Fact]
    public async Task A_key_assigned_to_a_marked_property_is_checked()
    {
        var diagnostic = Assert.Single(await Analyze("""new Coach.Core.Texts.Flow { Title = "flow.title", Id = "not.a.key" }.Title!"""));

        Assert.Equal("Text key 'flow.title' is missing from en.json and ru.json", diagnostic.GetMessage());
    }

    [Fact]
    public async Task What_a_marked_method_or_property_returns_is_checked_and_what_its_lambdas_return_is_not()
    {
        var diagnostics = await Analyze("Verdict(id) + Remark + Header", members: """
            [return: Coach.Core.Texts.TextKey]
            private static string Verdict(string id)
            {
                System.Func<string> other = () => "not.a.key";
                return id.Length > other().Length ? "kpi.card.title" : "kpi.card.none";
            }

            [Coach.Core.Texts.TextKey]
            private string Remark => $"remarq.{Remark.Length}";

            [Coach.Core.Texts.TextKey]
            private string Header { get; } = "header.none";
            """);

        Assert.Equal(["kpi.card.none", "remarq.", "header.none"], diagnostics.Select(KeyOf));
    }

    [Fact]
    public async Task A_parameter_without_the_attribute_is_not_a_key()
    {
        Assert.Empty(await Analyze("""t.Has("no.such.key").ToString()"""));
    }

    [Fact]
    public async Task An_interpolated_family_with_a_key_passes()
    {
        Assert.Empty(await Analyze("""t[$"remark.{id}"] + t["command." + id] + t[$"{id}.q"] + t[Prefix + id]""", members: """private const string Prefix = "kpi.card.";"""));
    }

    [Fact]
    public async Task An_interpolated_family_with_no_key_fails()
    {
        var diagnostics = await Analyze("""t[$"remarq.{id}"] + t["comand." + id + ".x"] + t[$"{Prefix}{id}"]""", members: """private const string Prefix = "only.";""");

        Assert.All(diagnostics, diagnostic => Assert.Equal("COACH002", diagnostic.Id));
        Assert.Equal(
            [
                "No text key of en.json and ru.json starts with 'remarq.', the fixed part of this key built at run time",
                "No text key of en.json and ru.json starts with 'comand.', the fixed part of this key built at run time",
                "No text key of ru.json starts with 'only.', the fixed part of this key built at run time",
            ],
            diagnostics.Select(diagnostic => diagnostic.GetMessage()));
    }

    [Fact]
    public async Task A_catalogue_that_is_not_a_json_object_is_named()
    {
        var diagnostic = Assert.Single(await Analyze("""t["kpi.card.title"]""", russian: """{ "kpi.card.title" "KPI" }"""));

        Assert.Equal("COACH003", diagnostic.Id);
        Assert.StartsWith("The text catalogue ru.json cannot be read: ':' expected", diagnostic.GetMessage());
    }

    [Fact]
    public async Task Without_catalogues_nothing_is_checked()
    {
        Assert.Empty(await Analyze("""t["no.such.key"]""", catalogues: false));
    }

    private static string KeyOf(Diagnostic diagnostic) => diagnostic.GetMessage().Split('\'')[1];

    private static readonly ImmutableArray<MetadataReference> References =
        [.. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path) is "System.Private.CoreLib.dll" or "System.Runtime.dll" or "netstandard.dll")
            .Select(path => MetadataReference.CreateFromFile(path))];

    /// <summary>Compiles the expression inside a method over <c>t</c> and <c>id</c> and returns what the analyzer reports, in source order.</summary>
    private static async Task<IReadOnlyList<Diagnostic>> Analyze(string expression, string members = "", string russian = Russian, bool catalogues = true)
    {
        var code = $$"""
            {{Accessors}}
            public class Use
            {
                {{members}}
                public string Run(Coach.Core.Texts.Texts t, string id) => {{expression}};
            }
            """;
        var compilation = CSharpCompilation.Create(
            "Snippet",
            [CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(LanguageVersion.Latest))],
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

        ImmutableArray<AdditionalText> files = catalogues ? [new Catalogue("/repo/src/Coach.Core/Texts/en.json", English), new Catalogue("/repo/src/Coach.Core/Texts/ru.json", russian)] : [];
        var diagnostics = await compilation
            .WithAnalyzers([new TextKeyAnalyzer()], new AnalyzerOptions(files))
            .GetAnalyzerDiagnosticsAsync();
        return diagnostics.OrderBy(d => d.Location.SourceSpan.Start).ToList();
    }

    private sealed class Catalogue(string path, string json) : AdditionalText
    {
        public override string Path => path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(json);
    }
}
