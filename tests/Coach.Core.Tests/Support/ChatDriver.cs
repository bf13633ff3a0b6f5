using Coach.Core.Dialogue;
using Coach.Core.Flows.Coverage;
using Coach.Core.Flows;
using Coach.Core.Texts;

namespace Coach.Core.Tests.Support;

/// <summary>Talks to the dialogue engine as one user would, keeping the last replies at hand.</summary>
public sealed class ChatDriver
{
    public ChatDriver(string language = "en", ISessionStore? store = null, string chatId = "test:1", TimeProvider? time = null, Coach.Core.Drafting.IDraftModel? model = null,
        Coach.Core.Parsing.IAnswerReader? reader = null)
    {
        Store = store ?? new InMemorySessionStore();
        Engine = new DialogueEngine(Store, CoachFlows.Create(), TextCatalog.Default, time, model: model, reader: reader);
        Language = language;
        ChatId = chatId;
    }

    public ISessionStore Store { get; }

    public DialogueEngine Engine { get; }

    public string Language { get; }

    public string ChatId { get; }

    public IReadOnlyList<Reply> Replies { get; private set; } = [];

    public Reply Last => Replies[^1];

    /// <summary>The short note the last input got instead of any message (a spent or stale press), else null.</summary>
    public string? Toast { get; private set; }

    /// <summary>All reply texts of the last input, joined.</summary>
    public string Text => string.Join("\n---\n", Replies.Select(r => r.Text));

    public Session Session => Store.Find(ChatId) ?? throw new InvalidOperationException("No session saved.");

    public string State => Session.State;

    public ChatDriver Send(string text) => Run(UserInput.Text(ChatId, text, Language));

    public ChatDriver Press(string data) => Run(UserInput.Press(ChatId, data, Language));

    /// <summary>Presses the button of the last reply whose data ends with the given value, e.g. ":limited".</summary>
    public ChatDriver Choose(string valueSuffix)
    {
        var button = Last.AllButtons.FirstOrDefault(b => b.Data.EndsWith(valueSuffix, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"No button ending in '{valueSuffix}' in: {string.Join(", ", Last.AllButtons.Select(b => b.Data))}");
        return Press(button.Data);
    }

    public ChatDriver Run(UserInput input)
    {
        var outcome = Engine.HandleAsync(input).GetAwaiter().GetResult();
        if (outcome.Fault is not null)
        {
            throw new InvalidOperationException("The engine caught a fault.", outcome.Fault);
        }

        _typed.Add(input.Payload);
        Replies = outcome.Replies;
        Toast = outcome.Toast;
        var language = Store.Find(ChatId)?.Language ?? Language;
        var problems = Replies.SelectMany(reply => ReplyHygiene.Problems(language, reply, _typed)).Distinct().ToList();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException($"After \"{input.Payload}\" the reply shows what no reply may:\n" + string.Join("\n", problems));
        }

        return this;
    }

    // What the user typed may come back in a reply as is (a product named in Russian in an English chat).
    private readonly List<string> _typed = new();

    /// <summary>Starts the wizard and answers the seven profile questions.</summary>
    public ChatDriver AnswerProfile(string product, string audience, string budget, string line, string needs, string stage, string niche)
    {
        Send("/start").Press(ButtonData.Open(CoverageFlow.Id)).Send(product);
        foreach (var value in new[] { audience, budget, line, needs, stage, niche })
        {
            Choose(":" + value);
        }

        return this;
    }
}
