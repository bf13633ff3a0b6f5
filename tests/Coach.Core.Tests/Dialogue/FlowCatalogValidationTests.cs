using Coach.Core.Dialogue;
using Coach.Core.Flows;
using Coach.Core.Texts;

namespace Coach.Core.Tests.Dialogue;

public class FlowCatalogValidationTests
{
    [Fact]
    public void Coachs_own_catalogue_has_no_problem()
    {
        var catalog = CoachFlows.Create();

        Assert.Empty(catalog.Problems(TextCatalog.Default));
        Assert.Same(catalog, catalog.Validate(TextCatalog.Default));
    }

    [Fact]
    public void A_broken_catalogue_fails_with_every_problem_named()
    {
        var longValue = new string('x', ButtonData.MaxBytes);
        var broken = new FlowDefinition(
            "coverage",
            [new StepDefinition("budget", new TextAnswer(1, 10)), new StepDefinition("budget", new ChoiceAnswer("mass", longValue))],
            _ => new FeatureResult([]))
        { MenuCommand = "no_such_hub" };
        var catalog = new FlowCatalog([broken], menuEntries: [new MenuEntry("no.such.label", "no_such_command")]);

        var error = Assert.Throws<InvalidOperationException>(() => catalog.Validate(TextCatalog.Default));

        Assert.Contains("state 'coverage.budget' is declared by 2 steps", error.Message);
        Assert.Contains($"step 'coverage.budget': text key 'coverage.budget.opt.{longValue}' is missing from en.json", error.Message);
        Assert.Contains($"step 'coverage.budget': text key 'coverage.budget.opt.{longValue}' is missing from ru.json", error.Message);
        Assert.Contains($"button data 'a:coverage.budget:{longValue}' is {longValue.Length + 18} bytes, over Telegram's 64", error.Message);
        Assert.Contains("flow 'coverage': command 'no_such_hub' is declared by no feature", error.Message);
        Assert.Contains("menu entry 'no.such.label': text key 'no.such.label' is missing from en.json", error.Message);
        Assert.Contains("menu entry 'no.such.label': command 'no_such_command' is declared by no feature", error.Message);
        Assert.DoesNotContain("'coverage.title'", error.Message);
    }

    [Fact]
    public void A_step_without_its_question_in_one_language_is_named_with_that_language()
    {
        var texts = new TextCatalog(new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            ["en"] = new Dictionary<string, string> { ["tiny.title"] = "Tiny", ["question.header"] = "{flow}", ["tiny.name.q"] = "Name?", ["tiny.name.short"] = "Name", ["tiny.name.why"] = "Why", ["tiny.name.example"] = "Ann" },
            ["ru"] = new Dictionary<string, string> { ["tiny.title"] = "Мини", ["question.header"] = "{flow}", ["tiny.name.short"] = "Имя", ["tiny.name.why"] = "Зачем", ["tiny.name.example"] = "Аня" },
        });
        var catalog = new FlowCatalog([new FlowDefinition("tiny", [new StepDefinition("name", new TextAnswer(1, 10))], _ => new FeatureResult([]))]);

        Assert.Equal(["step 'tiny.name': text key 'tiny.name.q' is missing from ru.json"], catalog.Problems(texts));
    }
}
