using Coach.Core.Drafting;

namespace Coach.Bot.Operations;

/// <summary>The language model, counted: each call by outcome, and each answer the output guard refused.</summary>
public sealed class MeteredDraftModel(IDraftModel model, CoachMetrics metrics) : IDraftModel
{
    public IReadOnlyList<string> FixedPromptText(PromptTask task) => model.FixedPromptText(task);

    public async Task<string> CompleteAsync(ModelRequest request, CancellationToken cancellationToken)
    {
        try
        {
            var answer = await model.CompleteAsync(request, cancellationToken);
            metrics.ModelCalled("ok");
            return answer;
        }
        catch (DraftModelException failure)
        {
            metrics.ModelCalled(failure.Failure.ToString().ToLowerInvariant());
            throw;
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            metrics.ModelCalled("error");
            throw;
        }
    }

    public void Refused(PromptTask task, string kind)
    {
        metrics.ModelRefused();
        model.Refused(task, kind);
    }
}
