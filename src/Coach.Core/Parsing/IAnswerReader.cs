namespace Coach.Core.Parsing;

/// <summary>An answer the rules could not read, with what the question asked, for <see cref="IAnswerReader"/>.</summary>
/// <param name="Language">The chat's language ("ru", "en").</param>
/// <param name="Question">The question as the user saw it, plain text.</param>
/// <param name="Example">An answer the rules read, in the form they expect ("4 раза в месяц", "80 000 ₽").</param>
/// <param name="Text">What the user typed.</param>
public sealed record UnreadAnswer(string Language, string Question, string Example, string Text);

/// <summary>
/// A reader of last resort (a language model, when one is configured): it rewrites an answer the rules could not read
/// into the plain form of the question's example. The engine then checks the rewrite with the question's own rules,
/// exactly as if the user had typed it, and shows the user what was understood; a reader is never trusted on its own.
/// </summary>
public interface IAnswerReader
{
    /// <summary>The answer rewritten in the example's form, or null when it cannot be read (or the reader failed).</summary>
    Task<string?> ReadAsync(UnreadAnswer answer, CancellationToken cancellationToken);
}
