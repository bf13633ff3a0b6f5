using BenchmarkDotNet.Attributes;
using Coach.Core.Dialogue;
using Coach.Core.Flows;

namespace Coach.Bench;

/// <summary>Breakdown of Engine_one_message: the Stateless machine DialogueTurn builds for every input.</summary>
[MemoryDiagnoser]
public class DialogueBenchmarks
{
    private readonly FlowCatalog _flows = CoachFlows.Create();
    private readonly Session _session = new() { Id = "bench:machine" };

    [Benchmark]
    public object DialogueMachine_Create() => DialogueMachine.Create(_session, _flows);
}
