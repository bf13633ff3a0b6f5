namespace Coach.Core.Dialogue;

/// <summary>
/// What a chat shared by a team (a Telegram group) remembers between its members' updates, kept in the session so
/// that every replica behind a load balancer sees the same: who answered the last question, and who asked for
/// /forget (only they may confirm it). Written by the transport's <see cref="UserInput.Note"/> with the turn's save.
/// </summary>
public sealed class TeamState
{
    /// <summary>The member whose answer moved the dialogue on last; a reply to an older question is then refused.</summary>
    public TeamMark? LastAnswer { get; set; }

    /// <summary>The admin who asked for /forget, until the group does something else.</summary>
    public TeamMark? ForgetAskedBy { get; set; }
}

/// <summary>A member and, for an answer, the transport's message id before which its questions were asked.</summary>
public sealed class TeamMark
{
    public long UserId { get; set; }

    public string Name { get; set; } = "";

    public int After { get; set; }
}
