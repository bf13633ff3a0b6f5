using Coach.Core.Dialogue;

namespace Coach.Core.Flows.Mix;

/// <summary>
/// The marketing mix (domain §2): the business type proposes a model (goods 4P, services 7P,
/// digital products SAVE, apps and online services 2P+2C; 4C as the customer's view of any), the
/// user confirms or picks another, then walks the model's elements, one question each. Declared
/// as a chooser flow plus one flow per model.
/// </summary>
public static class MixFlow
{
    public const string Id = "mix";

    public static readonly IReadOnlyDictionary<string, string[]> Models = new Dictionary<string, string[]>
    {
        ["4p"] = ["product", "price", "place", "promotion"],
        ["7p"] = ["product", "price", "place", "promotion", "people", "process", "evidence"],
        ["4c"] = ["customer_value", "cost", "convenience", "communication"],
        ["save"] = ["solution", "access", "save_value", "education"],
        ["2p2c"] = ["privacy", "personalization", "community", "service"],
    };

    public static string FlowId(string model) => $"mix_{model}";

    /// <summary>The model a business type points to.</summary>
    public static string Recommend(string? business) => business switch
    {
        "services" => "7p",
        "digital" => "save",
        "app" => "2p2c",
        _ => "4p",
    };

    public static IEnumerable<FlowDefinition> Create()
    {
        yield return new FlowDefinition(
            Id,
            [
                new StepDefinition("business", new ChoiceAnswer("goods", "services", "digital", "app")) { Recommended = BusinessExamples.MixBusiness },
                new StepDefinition("model", new ChoiceAnswer([.. Models.Keys]))
                {
                    Intro = context => new Reply(context.Texts.Format(
                        "mix.recommendation",
                        ("model", context.Texts.Html($"mix.model.{Recommend(context.Session.Answer(DialogueStates.Of(Id, "business")))}")),
                        ("why", context.Texts.Html($"mix.why.{context.Session.Answer(DialogueStates.Of(Id, "business")) ?? "goods"}")))),
                    Recommended = session => Recommend(session.Answer(DialogueStates.Of(Id, "business"))),
                },
            ],
            context => new FeatureResult([])
            {
                ContinueAt = DialogueStates.Of(FlowId(Chosen(context.Session)), Models[Chosen(context.Session)][0]),
            })
        {
            // Done once a model's elements are all answered; /status shows the chosen model's answers.
            Done = session => Saved(session) is not null,
            ContinuesIn = session => FlowId(Chosen(session)),
            Summary = (_, context) => Saved(context.Session) is { } saved ? Texts.TextCatalog.Escape(context.Texts[$"mix.model.opt.{saved.Model}"]) : null,
        };

        foreach (var (model, elements) in Models)
        {
            var steps = elements.Select(element => new StepDefinition(element, new TextAnswer(2, 500))
            {
                TextPrefix = $"mix.el.{element}",
                Why = "mix.el.why",
            }).ToList();
            yield return new FlowDefinition(FlowId(model), steps, context => Complete(context, model))
            {
                Title = $"mix.flow.{model}",
                InMenu = false,
                ExampleVariant = BusinessExamples.Variant,
            };
        }
    }

    public static string Chosen(Session session) =>
        session.Answer(DialogueStates.Of(Id, "model")) is { } model && Models.ContainsKey(model) ? model : "4p";

    /// <summary>The latest finished model and its answers, for the card and the document.</summary>
    public static (string Model, IReadOnlyList<(string Element, string Answer)> Answers)? Saved(Session session)
    {
        var model = session.CompletedFlows.LastOrDefault(flow => flow.StartsWith("mix_", StringComparison.Ordinal))?["mix_".Length..];
        if (model is null || !Models.TryGetValue(model, out var elements))
        {
            return null;
        }

        return (model, elements.Select(e => (e, session.Answer(DialogueStates.Of(FlowId(model), e)) ?? "")).ToList());
    }

    private static FeatureResult Complete(StepContext context, string model)
    {
        // The finished model goes last, so the document shows the latest one.
        context.Session.CompletedFlows.Remove(FlowId(model));
        context.Session.CompletedFlows.Add(FlowId(model));
        var t = context.Texts;
        var lines = new List<string> { t.Format("mix.result.title", ("model", t.Html($"mix.model.{model}"))) };
        foreach (var element in Models[model])
        {
            lines.Add(t.Format("mix.result.line", ("element", t.Html($"mix.el.{element}.short")), ("answer", context.Session.Answer(DialogueStates.Of(FlowId(model), element)) ?? "")));
        }

        // Walking the programme, its card follows with the next section: one next step, not two.
        if (context.Session.InProgramme)
        {
            return new FeatureResult([new Reply(string.Join("\n\n", lines))]);
        }

        lines.Add(t["mix.result.next"]);
        return new FeatureResult([new Reply(string.Join("\n\n", lines)) { Buttons = [[new Button(t["persona.title"], ButtonData.Command("personas")), new Button(t["button.menu"], ButtonData.Command("menu"))]] }]);
    }
}
