using BenchmarkDotNet.Attributes;
using Coach.Core.Dialogue;
using Coach.Core.Flows.Coverage;
using Coach.Core.Flows;
using Coach.Core.Texts;

namespace Coach.Bench;

/// <summary>
/// The dialogue machine: what building it costs (once per FlowCatalog since it is shared), what one
/// lent trigger costs, and two engine inputs that move between questions.
/// </summary>
[MemoryDiagnoser]
public class DialogueBenchmarks
{
    private const string ChatId = "bench:navigation";

    private readonly FlowCatalog _flows = CoachFlows.Create();
    private readonly Session _session = new() { Id = "bench:machine" };
    private readonly Session _atStep = new() { Id = "bench:step", State = CoverageFlow.Key("product") };
    private DialogueEngine _engine = null!;
    private UserInput _back = null!;
    private UserInput _keep = null!;

    [GlobalSetup]
    public void Setup()
    {
        _engine = new DialogueEngine(new InMemorySessionStore(), _flows, TextCatalog.Default);
        _back = UserInput.Text(ChatId, "/back", "en");
        _keep = UserInput.Text(ChatId, "keep", "en");
        _engine.HandleAsync(UserInput.Text(ChatId, "/start", "en")).GetAwaiter().GetResult();
        _engine.HandleAsync(UserInput.Press(ChatId, ButtonData.Open(CoverageFlow.Id), "en")).GetAwaiter().GetResult();
        _engine.HandleAsync(UserInput.Text(ChatId, "Organic bread", "en")).GetAwaiter().GetResult();
        Engine_back_then_keep();
        Lent_next_then_back();
        if (_engine.Peek(ChatId)?.State != CoverageFlow.Key("audience") || _atStep.State != CoverageFlow.Key("product"))
        {
            throw new InvalidOperationException("The navigation benchmarks no longer move between the first two coverage questions.");
        }
    }

    /// <summary>Configuring the whole Stateless machine (41 flows): paid once per FlowCatalog, no longer per input.</summary>
    [Benchmark]
    public object DialogueMachine_Create() => DialogueMachine.Create(_session, _flows);

    /// <summary>"next" then "back" through the catalogue's shared machine, lent to a session for each call.</summary>
    [Benchmark]
    public string Lent_next_then_back()
    {
        _flows.Machines.Fire(_atStep, DialogueTriggers.Next);
        _flows.Machines.Fire(_atStep, DialogueTriggers.Back);
        return _atStep.State;
    }

    /// <summary>Two whole engine inputs that fire triggers: /back to the first question, "keep" to the second again.</summary>
    [Benchmark]
    public DialogueOutcome Engine_back_then_keep()
    {
        _engine.HandleAsync(_back).GetAwaiter().GetResult();
        return _engine.HandleAsync(_keep).GetAwaiter().GetResult();
    }
}
