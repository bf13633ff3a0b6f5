namespace Coach.Core.Dialogue;

/// <summary>Where sessions live. Saving must be durable before the reply is sent.</summary>
public interface ISessionStore
{
    Session? Find(string chatId);

    void Save(Session session);

    /// <summary>Deletes every record of the chat. Returns true when something was there.</summary>
    bool Delete(string chatId);
}
