using System.Text.RegularExpressions;
using Coach.Core.Dialogue;
using Coach.Core.Flows;
using Coach.Core.Tests.Support;

namespace Coach.Core.Tests.Dialogue;

/// <summary>Features are modules: each declares what it adds in its folder; the catalogue fits them together.</summary>
public class FeatureModuleTests
{
    [Fact]
    public void The_catalogue_is_made_of_the_registered_modules_in_their_order()
    {
        var catalog = CoachFlows.Create();
        var modules = CoachFlows.Modules();

        Assert.Equal(modules.Select(module => module.Id), catalog.Modules.Select(module => module.Id));
        Assert.Equal(modules.SelectMany(module => module.Flows).Select(flow => flow.Id), catalog.Flows.Select(flow => flow.Id));
        Assert.Equal(modules.SelectMany(module => module.Commands).Select(command => command.Name).Order(), catalog.Commands.Keys.Order());
        Assert.Equal(["programme.menu", "tov.menu", "learn.menu"], catalog.MenuEntries.Select(entry => entry.LabelKey));
        Assert.Equal(CoachFlows.StatusOrder.Select(id => modules.Single(module => module.Id == id).Status), catalog.StatusSections);
        Assert.Equal(CoachFlows.FollowUpOrder.Select(id => modules.Single(module => module.Id == id).FollowUp), catalog.FollowUps);
        Assert.Single(modules, module => module.ReviewNote is not null);
    }

    [Fact]
    public void Every_feature_state_is_declared_by_exactly_one_module()
    {
        var declared = CoachFlows.Modules().SelectMany(module => module.States.Select(state => (module.Id, state))).ToList();

        Assert.Empty(declared.GroupBy(pair => pair.state).Where(group => group.Count() > 1).Select(group => group.Key.Name));
        Assert.Equal(
            FeatureStates.Registered.Values.Select(type => type.FullName).Order(StringComparer.Ordinal),
            declared.Select(pair => pair.state.FullName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Modules_that_do_not_fit_together_fail_with_every_problem_named()
    {
        static StatusPart? Status(FeatureContext context) => null;
        static Reply? FollowUp(FeatureContext context, string flowId) => null;
        var command = new CommandDefinition("shared", (_, _) => new FeatureResult([]));
        FeatureModule[] modules =
        [
            new("alpha") { Commands = [command], Status = Status, ReviewNote = (_, _) => null },
            new("beta") { Commands = [command], FollowUp = FollowUp, ReviewNote = (_, _) => null },
            new("beta"),
        ];

        var error = Assert.Throws<InvalidOperationException>(() => FlowCatalog.From(modules, statusOrder: ["gamma"], followUpOrder: []));

        Assert.Contains("two modules are called 'beta'", error.Message);
        Assert.Contains("the command /shared is declared by alpha and beta", error.Message);
        Assert.Contains("the module 'alpha' has a status but no place in the status order", error.Message);
        Assert.Contains("the status order names 'gamma', which has no status", error.Message);
        Assert.Contains("the module 'beta' has a follow-up but no place in the follow-up order", error.Message);
        Assert.Contains("more than one module gives a review note: alpha, beta", error.Message);
    }

    [Fact]
    public void A_module_with_a_status_and_a_follow_up_fits_once_it_has_its_places()
    {
        static StatusPart? Status(FeatureContext context) => new("x", "line", []);
        static Reply? FollowUp(FeatureContext context, string flowId) => null;

        var catalog = FlowCatalog.From([new("x") { Status = Status, FollowUp = FollowUp }], ["x"], ["x"]);

        Assert.Single(catalog.StatusSections);
        Assert.Single(catalog.FollowUps);
        Assert.Empty(catalog.Flows);
    }

    /// <summary>
    /// The engine knows no feature: no source of Coach.Core/Dialogue names a type of the features' namespaces
    /// (comments and member names after a dot aside: <c>text.Split</c> is not the domain's <c>Split</c>), so a feature's rule cannot slip into the engine unnoticed.
    /// </summary>
    [Fact]
    public void No_engine_source_names_a_feature_type()
    {
        var core = RepositoryFiles.PathOf("src/Coach.Core");
        // Top-level types of the features' namespaces, and the session extensions their Domain files declare in Coach.Core.
        var featureTypes = typeof(FlowCatalog).Assembly.GetTypes()
            .Where(type => type.DeclaringType is null && !type.Name.Contains('<') && type.Namespace is { } name
                && (name.StartsWith("Coach.Core.Flows", StringComparison.Ordinal) || name.StartsWith("Coach.Core.Domain", StringComparison.Ordinal) || name == "Coach.Core"))
            .Select(type => type.Name.Split('`')[0])
            .ToHashSet(StringComparer.Ordinal);
        Assert.Contains("KpiState", featureTypes);
        Assert.Contains("KpiSession", featureTypes);

        var named = Directory.EnumerateFiles(Path.Combine(core, "Dialogue"), "*.cs")
            .SelectMany(file => Regex.Matches(WithoutComments(File.ReadAllText(file)), @"(?<![.\w])[A-Z]\w+\b")
                .Select(match => match.Value)
                .Where(featureTypes.Contains)
                .Select(name => $"{Path.GetFileName(file)}: {name}"))
            .Distinct()
            .ToList();

        Assert.True(named.Count == 0, "Feature types named in the engine: " + string.Join(", ", named));
    }

    private static string WithoutComments(string source) =>
        Regex.Replace(source, @"//[^\n]*|/\*.*?\*/", "", RegexOptions.Singleline);
}
