using BenchmarkDotNet.Attributes;
using Coach.Core.Dialogue;
using Coach.Core.Domain.Kpi;
using Coach.Core.Flows;
using Coach.Core.Flows.Kpi;
using Coach.Core.Parsing;
using Coach.Core.Texts;

namespace Coach.Bench;

/// <summary>
/// One free-text KPI message, per language: "spent $1.2k on ads, 37 new customers, 37 orders from 1,850 visitors"
/// (CAC, conversion and cost per sale) and "потратили 90 000 на рекламу, пришло 80 клиентов" (CAC).
/// </summary>
[MemoryDiagnoser]
public class KpiBenchmarks
{
    private static readonly DateTime Utc = new(2026, 12, 2, 9, 0, 0, DateTimeKind.Utc);

    private string _text = "";
    private Texts _texts;
    private Session _session = new();
    private DialogueEngine _engine = null!;
    private UserInput _input = null!;

    [Params("en", "ru")]
    public string Lang { get; set; } = "en";

    [GlobalSetup]
    public void Setup()
    {
        _text = Lang == "ru" ? KpiPath.Russian : KpiPath.English;
        _texts = TextCatalog.Default.For(Lang);
        _session = new Session { Id = "bench:recognize", Language = Lang };
        _engine = new DialogueEngine(new InMemorySessionStore(), CoachFlows.Create(), TextCatalog.Default);
        _input = UserInput.Text("bench:engine", _text, Lang);
        Check();
    }

    /// <summary>Read + Compute for every metric the text completes.</summary>
    [Benchmark]
    public List<KpiOutcome> ParseAndCompute_free_text() => KpiPath.ParseAndCompute(_text);

    /// <summary>The same plus the result card text of each metric.</summary>
    [Benchmark]
    public List<string> ParseAndCompute_and_format()
    {
        var outcomes = KpiPath.ParseAndCompute(_text);
        var cards = new List<string>(outcomes.Count);
        foreach (var outcome in outcomes)
        {
            if (outcome.Result is { } result)
            {
                cards.Add(KpiCards.Result(_texts, result));
            }
        }

        return cards;
    }

    /// <summary>Breakdown: KpiRecognizer.Read alone (numbers, slots, named metric).</summary>
    [Benchmark]
    public KpiRecognizer.Reading KpiRecognizer_Read() => KpiRecognizer.Read(_text);

    /// <summary>Breakdown: NumberParser.FindAll over the lowered sentence.</summary>
    [Benchmark]
    public IReadOnlyList<NumberMatch> NumberParser_FindAll() => NumberParser.FindAll(_text);

    /// <summary>Cross-check: the real public recognizer (parse, compute, card, buttons, history record).</summary>
    [Benchmark]
    public FeatureResult? Recognize_public() => KpiRecognizer.Recognize(new FeatureContext(_session, _texts) { Utc = Utc }, _text);

    /// <summary>One whole DialogueEngine.HandleAsync for the message, over an in-memory store.</summary>
    [Benchmark]
    public DialogueOutcome Engine_one_message() => _engine.HandleAsync(_input).GetAwaiter().GetResult();

    // Fails the run early if a change in Coach.Core made the message stop producing results.
    private void Check()
    {
        var expected = KpiPath.ExpectedResults(Lang);
        var outcomes = KpiPath.ParseAndCompute(_text);
        if (outcomes.Count != expected || outcomes.Any(o => !o.Ok))
        {
            throw new InvalidOperationException($"Expected {expected} computed metrics for '{_text}', got {outcomes.Count}.");
        }

        var recognized = KpiRecognizer.Recognize(new FeatureContext(_session, _texts) { Utc = Utc }, _text);
        if (recognized is null || !KpiPath.AsExpected(recognized.Replies, Lang))
        {
            throw new InvalidOperationException($"KpiRecognizer.Recognize no longer gives one message of {expected} cards for '{_text}'; update KpiPath.");
        }

        var outcome = _engine.HandleAsync(_input).GetAwaiter().GetResult();
        if (outcome.Fault is not null || !KpiPath.AsExpected(outcome.Replies, Lang))
        {
            throw new InvalidOperationException($"The engine answered {outcome.Replies.Count} replies, not one of {expected} cards (fault: {outcome.Fault?.Message}).");
        }
    }
}

/// <summary>NumberParser.TryParse on typical typed answers.</summary>
[MemoryDiagnoser]
public class NumberParserBenchmarks
{
    [Params("90 000", "$1.2k", "1,5 млн", "12,5%", "90 тыс. руб.", "1,850")]
    public string Input { get; set; } = "90 000";

    [Benchmark]
    public bool NumberParser_TryParse() => NumberParser.TryParse(Input, out _, out _);
}
