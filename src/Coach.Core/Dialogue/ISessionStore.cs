namespace Coach.Core.Dialogue;

/// <summary>Where sessions live. Saving must be durable before the reply is sent.</summary>
public interface ISessionStore
{
    Session? Find(string chatId);

    /// <summary>
    /// Saves the session. A store shared by several processes saves optimistically: when the stored session
    /// changed since this one was found, it throws <see cref="SessionConflictException"/> and keeps the newer one.
    /// </summary>
    void Save(Session session);

    /// <summary>Deletes every record of the chat. Returns true when something was there.</summary>
    bool Delete(string chatId);
}
