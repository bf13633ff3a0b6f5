using Coach.Core.Domain.Tov;

namespace Coach.Core.Drafting;

/// <summary>The tasks Coach asks a language model for; each has its prompt file.</summary>
public enum PromptTask
{
    Draft,
    AdaptToChannel,
    Rewrite,
    TovReview,

    /// <summary>An answer the rules could not read, rewritten in the form of the question's example (JSON).</summary>
    ReadAnswer,
}

/// <summary>
/// What one prompt is filled with. Every field is data: the prompt files wrap user-supplied
/// text in delimiters and tell the model to treat it as content, never as instructions.
/// </summary>
public sealed record ModelRequest(PromptTask Task, string Language, ToneProfile Profile, string UserText)
{
    /// <summary>The audience portrait in a few lines; empty when there is none.</summary>
    public string Persona { get; init; } = "";

    public ChannelRule? Rule { get; init; }

    /// <summary>The channel's name in the user's language.</summary>
    public string ChannelName { get; init; } = "";

    /// <summary>The channel's limits and format notes in the user's language (from the same rule the checks use).</summary>
    public string ChannelRules { get; init; } = "";

    /// <summary>For a rewrite: what to change.</summary>
    public string Instruction { get; init; } = "";

    /// <summary>For an adaptation: the message every channel carries.</summary>
    public string CoreMessage { get; init; } = "";
}

/// <summary>
/// A language model that completes Coach's prompts (Coach.Drafting implements it with Semantic
/// Kernel). It throws <see cref="DraftModelException"/> when the model cannot answer.
/// </summary>
public interface IDraftModel
{
    /// <summary>The fixed sentences of a task's prompt, without any values: an answer that contains one leaked the prompt.</summary>
    IReadOnlyList<string> FixedPromptText(PromptTask task);

    Task<string> CompleteAsync(ModelRequest request, CancellationToken cancellationToken);

    /// <summary>The output guard refused an answer of this task (kind: <see cref="OutputGuard"/>'s); implementations log it, never the text.</summary>
    void Refused(PromptTask task, string kind)
    {
    }
}

/// <summary>Why the model gave no answer; the user gets a template draft and a one-line note naming it.</summary>
public enum DraftFailure
{
    Timeout,
    Unavailable,
    Quota,
}

public sealed class DraftModelException(DraftFailure failure, string message, Exception? inner = null) : Exception(message, inner)
{
    public DraftFailure Failure { get; } = failure;
}
