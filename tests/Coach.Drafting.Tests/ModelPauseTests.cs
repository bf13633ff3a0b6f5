using Coach.Core.Domain.Tov;
using Coach.Core.Drafting;
using Coach.Core.Texts;
using Coach.Drafting;
using Microsoft.Extensions.Time.Testing;
using Microsoft.SemanticKernel;

namespace Coach.Drafting.Tests;

/// <summary>The pause after a model failure runs on the injected clock, so it can be tested without waiting.</summary>
public class ModelPauseTests
{
    [Fact]
    public async Task After_a_failure_the_model_is_left_alone_for_the_pause_and_asked_again_once_it_is_over()
    {
        var calls = 0;
        var chat = new CapturingChatService(_ => ++calls == 1 ? throw new HttpOperationException("connection refused") : "Warm rye at dawn. Order by 8 pm");
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero));
        var model = chat.Model(time: clock);
        var spec = PromptRenderingTests.Spec(DraftChannel.Sms, "New rye loaf");

        // One composer per turn, as the engine does; the model (a singleton) keeps the pause.
        Task<ComposedDraft> Draft() => new DraftComposer(model, TextCatalog.Default.For("en")).DraftAsync(spec, CancellationToken.None);

        var failed = await Draft();
        clock.Advance(SemanticKernelDraftModel.Pause - TimeSpan.FromSeconds(1));
        var paused = await Draft();
        Assert.Equal(1, calls);

        clock.Advance(TimeSpan.FromSeconds(2));
        var again = await Draft();

        Assert.True(failed.FromTemplate);
        Assert.True(paused.FromTemplate);
        Assert.Equal(2, calls);
        Assert.False(again.FromTemplate);
        Assert.Contains("Warm rye at dawn", again.Text);
    }
}
