using System.Collections.Concurrent;
using Coach.Core.Dialogue;
using Coach.Core.Drafting;
using Coach.Core.Texts;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Types.Enums;

namespace Coach.Bot.Telegram;

/// <summary>
/// A Telegram group works with Coach as a team. Before the engine: <c>/forget</c> and <c>/lang</c>
/// only from chat admins (getChatMember, cached briefly), the confirmation of /forget only from
/// the admin who asked, and a question already answered by one member is not answered again by
/// another (a threaded one-liner, or a toast for a button). After it: graded answers name the
/// member, and the main menu goes out only when someone asked for it (/menu, /start).
/// What the group's members must see the same on every replica (who answered last, who asked for
/// /forget; the group's language is the session's own) is kept in the session (<see cref="Session.Team"/>),
/// written with the turn's save (<see cref="Note"/>). Only whether a member is an admin is cached
/// here, per process, for a minute: a replica that has not asked yet asks Telegram.
/// </summary>
public sealed class TeamChats(ITelegramBotClient bot, TextCatalog texts, TimeProvider time, ILogger<TeamChats> logger)
{
    private static readonly TimeSpan AdminCache = TimeSpan.FromMinutes(1);

    private static readonly HashSet<string> AdminCommands = ["forget", "forget.yes", "lang"];

    private static readonly HashSet<string> MenuCommands = ["menu", "start"];

    private readonly ConcurrentDictionary<(long Chat, long User), (bool Admin, DateTimeOffset Until)> _admins = new();

    /// <summary>Why a member's update does not reach the engine: a threaded one-liner, or a toast for a button.</summary>
    public sealed record Refusal(string Text, bool Toast);

    /// <summary>Decides whether the update goes to the engine; null when it does.</summary>
    public async Task<Refusal?> ReviewAsync(IncomingUpdate incoming, TeamMember member, Session? session, CancellationToken cancellationToken)
    {
        var t = texts.For(session?.Language ?? Languages.FromHint(incoming.Input?.LanguageHint));
        if (member.Command is { } command && AdminCommands.Contains(command))
        {
            if (command == "forget.yes" && session?.Team?.ForgetAskedBy is { } asker && asker.UserId != member.UserId)
            {
                return new Refusal(t.Format("group.forget_other", ("name", asker.Name)), member.Pressed);
            }

            if (!await IsAdminAsync(incoming.ChatId, member.UserId, cancellationToken))
            {
                return new Refusal(t.Format("group.admins", ("command", "/" + command.Split('.')[0])), member.Pressed);
            }
        }

        // A button of a question no longer asked: a toast for the one who pressed it, nothing for the group.
        if (member.AnswersState is { } state && session is not null && state != session.State)
        {
            return session.Team?.LastAnswer is { } by && by.UserId != member.UserId
                ? new Refusal(t.Format("group.answered", ("name", by.Name)), Toast: true)
                : new Refusal(t["group.stale"], Toast: true);
        }

        // A reply to a question sent before another member's answer: that question is done.
        if (!member.Pressed && member.Answering && member.Target is { } target
            && session?.Team?.LastAnswer is { } last && target < last.After && last.UserId != member.UserId)
        {
            return new Refusal(t.Format("group.answered", ("name", last.Name)), member.Pressed);
        }

        return null;
    }

    /// <summary>Notes in the group's session what the update was, as the engine saves its turn (<see cref="UserInput.Note"/>).</summary>
    /// <param name="session">The group's session, about to be saved.</param>
    /// <param name="member">Who did it.</param>
    /// <param name="moved">The dialogue moved on (an answer taken, not a toggle nor a retry).</param>
    public static void Note(Session session, TeamMember member, bool moved)
    {
        var team = session.Team ?? new TeamState();
        if (member.Answering && moved)
        {
            team.LastAnswer = new TeamMark { UserId = member.UserId, Name = member.Name, After = member.After };
        }
        else if (member.Command is not null)
        {
            team.LastAnswer = null;
        }

        team.ForgetAskedBy = member.Command switch
        {
            "forget" => new TeamMark { UserId = member.UserId, Name = member.Name },
            "forget.yes" => team.ForgetAskedBy,
            _ => null,
        };
        session.Team = team.LastAnswer is null && team.ForgetAskedBy is null ? null : team;
    }

    /// <summary>The replies as the group sees them: graded ones name the member; the menu only when asked for.</summary>
    public IReadOnlyList<Reply> Shape(IReadOnlyList<Reply> replies, TeamMember member, string language)
    {
        var t = texts.For(language);
        var asked = member.Command is { } command && MenuCommands.Contains(command) || member.Mention;
        var shaped = new List<Reply>(replies.Count);
        foreach (var reply in replies)
        {
            if (reply.MainMenu && !asked)
            {
                if (reply.MenuLead is { } lead)
                {
                    shaped.Add(new Reply(OutputGuard.DefuseLinks(lead)));
                }

                continue;
            }

            // Whatever a member typed that Coach repeats reaches everyone: links in it are not clickable.
            var text = OutputGuard.DefuseLinks(reply.Text);
            shaped.Add(reply with { Text = reply.Graded ? t.Format("group.member", ("name", member.Name), ("text", new Markup(text))) : text });
        }

        return shaped;
    }

    private async Task<bool> IsAdminAsync(long chatId, long userId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (_admins.TryGetValue((chatId, userId), out var known) && known.Until > now)
        {
            return known.Admin;
        }

        bool admin;
        try
        {
            var status = (await bot.GetChatMember(chatId, userId, cancellationToken)).Status;
            admin = status is ChatMemberStatus.Administrator or ChatMemberStatus.Creator;
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // Not known: refused this time, asked again next time.
            logger.LogWarning("getChatMember failed in chat {ChatId}: {Error}", chatId, error.Message);
            return false;
        }

        _admins[(chatId, userId)] = (admin, now + AdminCache);
        return admin;
    }
}

/// <summary>
/// Who did something in a group and what: a text (a reply to the bot's message
/// <see cref="Target"/>) or a press on a button of message <see cref="Target"/>.
/// </summary>
public sealed record TeamMember(long UserId, string Name)
{
    /// <summary>The member's own message, to thread the replies to (none for a press).</summary>
    public int? MessageId { get; init; }

    /// <summary>The bot's message the member answered (replied to or pressed a button of).</summary>
    public int? Target { get; init; }

    /// <summary>Bot messages before this id were sent before this update.</summary>
    public int After { get; init; }

    /// <summary>The command, without "/" and "@bot" (or "c:" for a button): "forget", "forget.yes", "lang", "menu".</summary>
    public string? Command { get; init; }

    /// <summary>An answer to a question (typed, or an answer button) rather than a command.</summary>
    public bool Answering { get; init; }

    public bool Pressed { get; init; }

    /// <summary>For an answer button: the state of the question it answers.</summary>
    public string? AnswersState { get; init; }

    /// <summary>Only the bot's name: "where are we?", which shows the menu when there is no question.</summary>
    public bool Mention { get; init; }
}
