using System.Diagnostics;
using Coach.Bot.Operations;
using Coach.Core.Dialogue;
using Coach.Core.Texts;
using Coach.Storage;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Coach.Bot.Telegram;

/// <summary>
/// Handles one Telegram update: reads what it means (<see cref="UpdateReader"/>), runs the engine
/// and sends the replies. Polling and the webhook share it through <see cref="UpdateDispatcher"/>.
/// No Telegram type goes past this class into the core. The engine's save is only queued
/// (<see cref="ICommittedSessionStore"/>); the replies wait until it is durable, stored with it.
/// </summary>
public sealed class UpdateHandler(
    ITelegramBotClient bot,
    BotIdentity identity,
    DialogueEngine engine,
    ICommittedSessionStore sessions,
    TelegramReplySender sender,
    TeamChats teams,
    InlineKpiAnswers inline,
    IUpdateInbox inbox,
    TimeProvider time,
    CoachMetrics metrics,
    ILogger<UpdateHandler> logger)
{
    /// <summary>How long replies of a saved answer may still take to go out once shutdown has begun.</summary>
    private static readonly TimeSpan SendGrace = TimeSpan.FromSeconds(5);

    /// <summary>How many times a reply Telegram cannot take for now is tried (each try with the client's own retries).</summary>
    private const int SendRounds = 6;

    public static string ChatKey(long chatId) => "tg:" + chatId;

    /// <summary>Handles one update; true when it confirmed /forget (the chat's session is gone, and the caller deletes its stored updates).</summary>
    public async Task<bool> HandleAsync(Update update, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        if (update.InlineQuery is { } query)
        {
            await inline.AnswerAsync(query, cancellationToken);
            return false;
        }

        var press = update.CallbackQuery is { } callback ? new PressAnswer(bot, callback, logger) : null;
        var incoming = UpdateReader.Read(update, await identity.GetAsync(cancellationToken), bot.BotId);

        // Groups as teams (TeamChats): admins only for /forget and /lang, no second answer to a question.
        var refusal = incoming.Member is { } member
            ? await teams.ReviewAsync(incoming, member, engine.Peek(ChatKey(incoming.ChatId)), cancellationToken)
            : null;
        if (refusal is not null)
        {
            if (press is not null)
            {
                await press.AnswerAsync(refusal.Toast ? refusal.Text : null, cancellationToken);
            }

            if (!refusal.Toast)
            {
                await SendAllAsync(incoming.ChatId, [new Reply(refusal.Text)], update.Id, cancellationToken, threadTo: incoming.Member?.MessageId);
            }

            logger.LogInformation("Chat {ChatId}: {Kind} update {UpdateId} refused in the group", incoming.ChatId, incoming.Kind, update.Id);
            return false;
        }

        if (incoming.Input is null && press is not null)
        {
            await press.AnswerAsync(null, cancellationToken);
        }

        if (incoming.Edited)
        {
            var language = engine.Peek(ChatKey(incoming.ChatId))?.Language ?? Languages.FromHint(incoming.LanguageHint);
            await SendAllAsync(incoming.ChatId, [new Reply(engine.Texts.Raw(language, "telegram.edited"))], update.Id, cancellationToken);
            logger.LogInformation("Chat {ChatId}: edited message {UpdateId} answered with a hint", incoming.ChatId, update.Id);
            return false;
        }

        if (incoming.Input is null)
        {
            logger.LogDebug("Chat {ChatId}: update {UpdateId} ({Kind}) is not for Coach", incoming.ChatId, update.Id, incoming.Kind);
            return false;
        }

        // In a group, who answered goes into the session with the turn: the next update may reach another replica.
        var input = incoming.Input with { Sequence = update.Id };
        if (incoming.Member is { } noted)
        {
            input = input with { Note = (session, moved) => TeamChats.Note(session, noted, moved) };
        }

        var outcome = await engine.HandleAsync(input, Busy, cancellationToken);
        if (outcome.Fault is not null)
        {
            logger.LogError(outcome.Fault, "Chat {ChatId}: handling a {Kind} update failed in state {State}", incoming.ChatId, incoming.Kind, outcome.State);
        }

        // A press that no longer applies (a double tap, an old keyboard) gets its toast and nothing else.
        if (press is not null)
        {
            await press.AnswerAsync(outcome.Toast, cancellationToken);
        }

        var replies = outcome.Replies;
        if (incoming.Member is { } team)
        {
            replies = teams.Shape(replies, team, engine.Peek(ChatKey(incoming.ChatId))?.Language ?? Languages.FromHint(incoming.Input.LanguageHint));
        }

        // Committed before sent, with the replies themselves (the outbox): no reply goes out for an
        // answer a crash could still lose, and after a crash the replies not yet sent go out as they
        // were decided. The sessions of the chats handled meanwhile share the commit.
        await sessions.CommitAsync(incoming.Input.ChatId, update.Id, replies.Select(reply => reply.ToJson()).ToList());
        var pressed = update.CallbackQuery?.Message;
        if (outcome.Spent && pressed is not null)
        {
            await sender.MarkChosenAsync(pressed, update.CallbackQuery!.Data ?? "", cancellationToken);
        }

        // A typed answer in a group is threaded to the member's message; a press edits or follows its own.
        var threadTo = press is null ? incoming.Member?.MessageId : null;
        var sent = await SendAllAsync(incoming.ChatId, replies, update.Id, cancellationToken, pressed?.Id, threadTo, outbox: true);
        var (flow, step) = DialogueStates.Split(outcome.State);
        logger.LogInformation(
            "Chat {ChatId}: {Kind} update {UpdateId} handled in {Elapsed:F0} ms; flow {Flow}, step {Step}; {Sent}/{Replies} replies sent",
            incoming.ChatId, incoming.Kind, update.Id, Stopwatch.GetElapsedTime(started).TotalMilliseconds, flow, step, sent, replies.Count);
        return outcome.Forgotten;

        // Slow work (a draft) starts: the press is answered first, so its spinner does not wait for the draft.
        async Task Busy(CancellationToken token)
        {
            if (press is not null)
            {
                await press.AnswerAsync(null, token);
            }

            await sender.ShowBusyAsync(incoming.ChatId, ChatAction.Typing, token);
        }
    }

    /// <summary>
    /// After a crash: sends the replies an update's turn kept in the outbox and Telegram had not yet
    /// accepted, without running the engine again. Only the one whose send was in flight at the crash
    /// may reach the user twice.
    /// </summary>
    public async Task ResumeAsync(Update update, InboxEntry entry, CancellationToken cancellationToken)
    {
        var replies = (entry.Replies ?? []).Select(Reply.FromJson).ToList();
        var incoming = UpdateReader.Read(update, await identity.GetAsync(cancellationToken), bot.BotId);
        var threadTo = update.CallbackQuery is null && entry.Sent == 0 ? incoming.Member?.MessageId : null;
        var sent = await SendAllAsync(incoming.ChatId, replies, update.Id, cancellationToken, update.CallbackQuery?.Message?.Id, threadTo, outbox: true, first: entry.Sent);
        logger.LogInformation("Chat {ChatId}: update {UpdateId} resumed from the outbox; {Sent}/{Replies} replies sent", incoming.ChatId, update.Id, sent, replies.Count);
    }

    /// <summary>
    /// Sends the replies in order, from <paramref name="first"/>. The answer is saved already, so they
    /// go out even if shutdown starts now, within a grace period. With <paramref name="outbox"/> each
    /// accepted reply but the last is marked sent (on disk) before the next goes, so after a crash at
    /// most the one in flight repeats. A reply Telegram cannot take for now (5xx, timeouts, a cut
    /// connection, after the client's own retries) is tried again with growing pauses; one Telegram
    /// refuses (4xx: the bot blocked, a chat gone) is logged with the chat id (never its text) and
    /// the rest are not sent, so the user never sees them out of order. When shutdown cuts the
    /// sending short, the update stays pending and the next start sends what is left.
    /// In a group the first reply is threaded to the member's message (<paramref name="threadTo"/>).
    /// </summary>
    private async Task<int> SendAllAsync(
        long chatId, IReadOnlyList<Reply> replies, int updateId, CancellationToken stopping,
        int? pressedMessage = null, int? threadTo = null, bool outbox = false, int first = 0)
    {
        // No limit of its own while running (a 429 may ask for a minute's wait); once shutdown
        // begins, whatever is still being sent gets SendGrace to finish.
        using var grace = new CancellationTokenSource();
        using var shutdown = stopping.Register(() => grace.CancelAfter(SendGrace));
        for (var i = first; i < replies.Count; i++)
        {
            for (var round = 1; ; round++)
            {
                try
                {
                    await SendOneAsync(chatId, replies[i], i == 0 ? threadTo : null, pressedMessage, grace.Token);
                    break;
                }
                catch (Exception error) when (error is RequestException or HttpRequestException or OperationCanceledException or TimeoutException)
                {
                    stopping.ThrowIfCancellationRequested();
                    var refused = error is ApiRequestException { ErrorCode: >= 400 and < 500 and not 429 };
                    if (refused || round >= SendRounds)
                    {
                        metrics.BotApiFailed();
                        logger.LogError(
                            "Chat {ChatId}: reply {Index} of {Count} to update {UpdateId} could not be sent ({Error}); the chat's answers are saved",
                            chatId, i + 1, replies.Count, updateId, Describe(error));
                        return i;
                    }

                    var pause = Backoff.Delay(round, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30));
                    logger.LogWarning(
                        "Chat {ChatId}: reply {Index} of {Count} to update {UpdateId} failed ({Error}); trying again in {Pause:F1} s",
                        chatId, i + 1, replies.Count, updateId, Describe(error), pause.TotalSeconds);
                    await Task.Delay(pause, time, stopping);
                }
            }

            if (outbox && i < replies.Count - 1)
            {
                await inbox.MarkSentAsync(updateId, i + 1, time.GetUtcNow().UtcDateTime);
            }
        }

        return replies.Count;
    }

    private async Task SendOneAsync(long chatId, Reply reply, int? threadTo, int? pressedMessage, CancellationToken cancellationToken)
    {
        // A toggled question changes the pressed message in place; only a failed edit sends it anew.
        if (reply.ReplacesOrigin && pressedMessage is { } origin && await sender.ReplaceAsync(chatId, origin, reply, cancellationToken))
        {
            return;
        }

        if (threadTo is { } messageId)
        {
            await sender.SendThreadedAsync(chatId, reply, messageId, cancellationToken);
        }
        else
        {
            await sender.SendAsync(chatId, reply, cancellationToken);
        }
    }

    private static string Describe(Exception error) => error switch
    {
        ApiRequestException api => $"{api.ErrorCode} {api.Message}",
        RequestException request => request.Message,
        _ => error.GetType().Name,
    };
}
