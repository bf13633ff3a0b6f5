using System.Diagnostics.Metrics;
using Coach.Bot.Operations;
using Coach.Core.Drafting;
using Microsoft.Extensions.DependencyInjection;

namespace Coach.Integration.Tests.Operations;

/// <summary>The language model's calls are counted by outcome, and every answer not used (failed or refused) as a fallback.</summary>
public sealed class MeteredDraftModelTests
{
    [Fact]
    public async Task Calls_are_counted_by_outcome_and_failures_and_refusals_as_fallbacks()
    {
        using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var metrics = new CoachMetrics(services.GetRequiredService<IMeterFactory>());
        var seen = new List<(string Instrument, string? Outcome)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == CoachMetrics.MeterName)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, _, tags, _) =>
        {
            lock (seen)
            {
                seen.Add((instrument.Name, tags.ToArray().FirstOrDefault(tag => tag.Key == "outcome").Value as string));
            }
        });
        listener.Start();
        var answers = new Queue<Func<string>>([() => "a draft", () => throw new DraftModelException(DraftFailure.Timeout, "slow")]);
        var model = new MeteredDraftModel(new ScriptedModel(answers), metrics);

        Assert.Equal("a draft", await model.CompleteAsync(Request(), CancellationToken.None));
        await Assert.ThrowsAsync<DraftModelException>(() => model.CompleteAsync(Request(), CancellationToken.None));
        model.Refused(PromptTask.Draft, "link");

        Assert.Equal(
            [("coach.llm.calls", "ok"), ("coach.llm.calls", "timeout"), ("coach.llm.fallbacks", null), ("coach.llm.fallbacks", null)],
            seen);
    }

    private static ModelRequest Request() => new(PromptTask.Draft, "en", new Coach.Core.Domain.Tov.ToneProfile(), "a topic");

    private sealed class ScriptedModel(Queue<Func<string>> answers) : IDraftModel
    {
        public IReadOnlyList<string> FixedPromptText(PromptTask task) => [];

        public Task<string> CompleteAsync(ModelRequest request, CancellationToken cancellationToken) => Task.FromResult(answers.Dequeue()());
    }
}
