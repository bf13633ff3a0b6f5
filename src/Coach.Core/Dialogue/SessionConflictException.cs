namespace Coach.Core.Dialogue;

/// <summary>
/// Thrown by <see cref="ISessionStore.Save"/> when the stored session changed since it was loaded (another
/// replica or process saved the same chat meanwhile): the save is refused rather than overwrite the newer
/// session. <see cref="DialogueEngine"/> runs the input again on a fresh load.
/// </summary>
public sealed class SessionConflictException(string chatId)
    : Exception($"the session {chatId} changed since it was loaded")
{
    public string ChatId { get; } = chatId;
}
