using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Coach.Core.Dialogue;
using Coach.Core.Domain.Kpi;
using Coach.Core.Domain.Smart;
using Coach.Core.Tests.Support;

namespace Coach.Core.Tests.Dialogue;

/// <summary>Each feature keeps its own state record in the session; the engine names none of them.</summary>
public class FeatureStatesTests
{
    [Fact]
    public void Every_features_state_is_registered_under_its_own_lower_case_key()
    {
        Assert.Equal(["checkins", "cjm", "coverage", "kpi", "learning", "personas", "programme", "remarks", "smart", "tov"],
            FeatureStates.Registered.Keys.Order(StringComparer.Ordinal));
        Assert.All(FeatureStates.Registered, pair =>
        {
            Assert.Matches("^[a-z][a-z_]*$", pair.Key);
            Assert.Equal(pair.Key, FeatureStates.KeyOf(pair.Value));
        });
    }

    [Fact]
    public void A_state_is_made_on_first_use_and_is_the_same_record_after()
    {
        var session = new Session();
        Assert.Empty(session.Features.All);

        session.KpiHistory.Add(new KpiRecord { Metric = "cac", Value = 1125m });

        Assert.Same(session.Features.Get<KpiState>(), session.Features.All["kpi"]);
        Assert.Equal("cac", Assert.Single(session.Features.Get<KpiState>().History).Metric);
        Assert.Equal(["kpi"], session.Features.All.Keys);
    }

    [Fact]
    public void Json_keeps_each_state_by_its_type_and_an_unknown_features_entry_as_it_was()
    {
        var session = new Session { Id = "tg:5" };
        session.Goals.Add(new SmartGoal { Text = "120 заявок к марту" });
        session.CheckIns.On = true;
        session.Features.Unread["competitors"] = """{"Watched":["Сбер","ВкусВилл"]}""";

        var read = JsonSerializer.Deserialize<Session>(JsonSerializer.Serialize(session))!;

        Assert.Equal("120 заявок к марту", Assert.Single(read.Goals).Text);
        Assert.True(read.CheckIns.On);
        Assert.Equal("""{"Watched":["Сбер","ВкусВилл"]}""", JsonDocument.Parse(read.Features.Unread["competitors"]).RootElement.GetRawText());
        Assert.Equal(["checkins", "smart"], read.Features.All.Keys);
    }

    [Fact]
    public void A_type_that_is_not_a_feature_state_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new FeatureStates().Set(new KpiRecord()));
    }

    /// <summary>
    /// The engine's folder names no feature: no type of Domain or Flows, and none of the accessors features put on the
    /// session (session.KpiHistory, session.Goals...), found by reflection, so a new feature's accessor is checked too.
    /// </summary>
    [Fact]
    public void The_engine_names_no_feature()
    {
        var accessors = typeof(Session).Assembly.GetTypes()
            .Where(type => type is { IsAbstract: true, IsSealed: true, Namespace: "Coach.Core" })
            .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.Static))
            .Where(method => method.Name.StartsWith("get_", StringComparison.Ordinal) && method.GetParameters() is [{ ParameterType: var first }] && first == typeof(Session))
            .Select(method => method.Name[4..])
            .ToList();
        Assert.Contains("KpiHistory", accessors);
        Assert.Contains("CheckIns", accessors);

        var found = new List<string>();
        foreach (var path in Directory.GetFiles(RepositoryFiles.PathOf("src/Coach.Core/Dialogue"), "*.cs"))
        {
            var code = File.ReadAllText(path);
            var name = Path.GetFileName(path);
            found.AddRange(Regex.Matches(code, @"Coach\.Core\.(?:Domain|Flows)\b|(?<![\w.])Domain\.\w+|(?<![\w.])Flows\.[A-Z]\w*\.\w+").Select(match => $"{name}: {match.Value}"));
            found.AddRange(accessors.Where(accessor => Regex.IsMatch(code, $@"\.{accessor}\b")).Select(accessor => $"{name}: .{accessor}"));
        }

        Assert.Empty(found);
    }
}
