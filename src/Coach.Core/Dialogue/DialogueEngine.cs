using System.Collections.Concurrent;
using Coach.Core.Texts;

namespace Coach.Core.Dialogue;

/// <summary>
/// The entry point of every transport: takes one user input, runs it through the chat's
/// dialogue machine, saves the session and returns what to say. Inputs of one chat are
/// handled one at a time (a session is changed by one input at a time); different chats run in
/// parallel, sharing the flow catalogue's dialogue machines.
/// </summary>
public sealed class DialogueEngine(
    ISessionStore store, FlowCatalog flows, TextCatalog texts, TimeProvider? time = null, Drafting.IDraftModel? model = null, Parsing.IAnswerReader? reader = null)
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _locks = new();
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    /// <summary>How many times an input is run on a fresh load when its save meets a newer session.</summary>
    public const int ConflictRetries = 5;

    /// <summary>How often the busy signal is repeated while slow work runs.</summary>
    public static readonly TimeSpan BusyInterval = TimeSpan.FromSeconds(4);

    public FlowCatalog Flows => flows;

    public TextCatalog Texts => texts;

    public Task<DialogueOutcome> HandleAsync(UserInput input, CancellationToken cancellationToken = default) =>
        HandleAsync(input, busy: null, cancellationToken);

    /// <summary>
    /// Handles one input. <paramref name="busy"/> is called when slow work (drafting with a
    /// language model) starts and every <see cref="BusyInterval"/> while it runs, so the transport
    /// can show "typing…"; its failure costs nothing.
    /// </summary>
    public async Task<DialogueOutcome> HandleAsync(UserInput input, Func<CancellationToken, Task>? busy, CancellationToken cancellationToken = default)
    {
        var gate = _locks.GetOrAdd(input.ChatId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // A save refused as stale (another process saved the chat meanwhile) runs the input again on the
            // newer session; if that one already handled this input, the sequence check answers "where we are".
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    return await Handle(input, busy, cancellationToken, rethrowConflict: attempt < ConflictRetries).ConfigureAwait(false);
                }
                catch (SessionConflictException)
                {
                }
            }
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>The stored session of a chat, if any (for status lines and tests).</summary>
    public Session? Peek(string chatId) => store.Find(chatId);

    private async Task<DialogueOutcome> Handle(UserInput input, Func<CancellationToken, Task>? busy, CancellationToken cancellationToken, bool rethrowConflict)
    {
        Session? session = null;
        try
        {
            session = store.Find(input.ChatId);
            if (session is null && input.Kind == UserInputKind.Scheduled)
            {
                // The clock has nothing to do for a chat Coach keeps nothing of (never started, or forgotten).
                return new DialogueOutcome([], DialogueStates.Menu, null);
            }

            session ??= NewSession(input);
            var stateBefore = session.State;
            if (!session.LanguageChosen && input.LanguageHint is not null && !input.Shared)
            {
                session.Language = Languages.FromHint(input.LanguageHint);
            }

            // A redelivered input (the process stopped after saving but before the reply went out)
            // is not applied twice; the user gets the question they are at instead. Only the last
            // input can come back this way (transports drop older repeats and keep each chat in
            // order), and an equality test survives Telegram restarting its update ids.
            var duplicate = input.Sequence is { } sequence && sequence == session.LastSequence;

            // A second press on a message already used (a double tap, an old keyboard) changes nothing.
            var origin = input.Kind == UserInputKind.Button ? input.Origin : null;
            if (!duplicate && origin is not null && session.SpentOrigins.Contains(origin))
            {
                return new DialogueOutcome([], session.State, null) { Toast = texts.For(session.Language)["error.stale.toast"] };
            }

            var turn = new DialogueTurn(session, flows, texts, _time.GetUtcNow().UtcDateTime);
            turn.Handle(duplicate ? input with { Kind = UserInputKind.Where, Payload = "" } : input);
            if (turn.Unread is { } unread && reader is not null)
            {
                turn = await ReadAgain(turn, unread, input, session, busy, cancellationToken).ConfigureAwait(false);
            }

            await RunWork(turn, session, busy, cancellationToken).ConfigureAwait(false);
            var spent = !duplicate && origin is not null && turn.Toast is null && !turn.Replies.Any(r => r.ReplacesOrigin);
            if (spent)
            {
                Spend(session, origin!);
            }

            if (input.Sequence is { } handled && !duplicate)
            {
                session.LastSequence = handled;
            }

            if (turn.Forget)
            {
                store.Delete(input.ChatId);
            }
            else
            {
                input.Note?.Invoke(session, session.State != stateBefore);
                session.UpdatedUtc = _time.GetUtcNow().UtcDateTime;
                store.Save(session);
            }

            return new DialogueOutcome(turn.Replies, session.State, null) { Forgotten = turn.Forget, Toast = turn.Toast, Spent = spent };
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutdown while a draft was being written: nothing is saved, and the transport keeps
            // the input to handle again at the next start rather than answering with an apology.
            throw;
        }
        catch (SessionConflictException) when (rethrowConflict)
        {
            throw;
        }
        catch (Exception fault)
        {
            // Nothing half-done is saved: the stored session stays as it was before this input.
            var language = session?.Language ?? Languages.FromHint(input.LanguageHint);
            return new DialogueOutcome([new Reply(texts.Raw(language, "error.internal"))], session?.State ?? DialogueStates.Menu, fault);
        }
    }

    // The rules could not read the answer: the reader rewrites it, and the rules check the rewrite as if the user had
    // typed it. Only an accepted rewrite replaces the turn, led by what was understood; a failed, refused or
    // unreadable rewrite leaves today's answer ("didn't understand, e.g. …").
    private async Task<DialogueTurn> ReadAgain(
        DialogueTurn turn, Parsing.UnreadAnswer unread, UserInput input, Session session, Func<CancellationToken, Task>? busy, CancellationToken cancellationToken)
    {
        string? rewrite;
        try
        {
            rewrite = await WhileBusy(busy, () => reader!.ReadAsync(unread, cancellationToken), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            return turn;
        }

        rewrite = rewrite?.Trim();
        if (string.IsNullOrEmpty(rewrite) || rewrite.StartsWith('/') || rewrite == input.Payload.Trim())
        {
            return turn;
        }

        var again = new DialogueTurn(session, flows, texts, _time.GetUtcNow().UtcDateTime);
        again.Handle(input with { Payload = rewrite });
        if (!again.Accepted)
        {
            return turn;
        }

        again.Replies.Insert(0, new Reply(texts.For(session.Language).Format("answer.understood", ("answer", rewrite))));
        for (var i = 0; i < again.Work.Count; i++)
        {
            again.Work[i] = (again.Work[i].At + 1, again.Work[i].Work);
        }

        return again;
    }

    private async Task RunWork(DialogueTurn turn, Session session, Func<CancellationToken, Task>? busy, CancellationToken cancellationToken)
    {
        if (turn.Work.Count == 0)
        {
            return;
        }

        var context = new WorkContext(session, texts.For(session.Language), model) { Utc = _time.GetUtcNow().UtcDateTime };
        var results = await WhileBusy(busy, async () =>
        {
            var done = new List<IReadOnlyList<Reply>>();
            foreach (var (_, work) in turn.Work)
            {
                done.Add(await work(context, cancellationToken).ConfigureAwait(false));
            }

            return done;
        }, cancellationToken).ConfigureAwait(false);

        // Inserted from the last place to the first, so earlier places stay where they were.
        for (var i = turn.Work.Count - 1; i >= 0; i--)
        {
            turn.Replies.InsertRange(turn.Work[i].At, results[i]);
        }
    }

    // Slow work under the busy signal: started before it, stopped (and awaited briefly) after it, whatever happens.
    private async Task<T> WhileBusy<T>(Func<CancellationToken, Task>? busy, Func<Task<T>> work, CancellationToken cancellationToken)
    {
        using var working = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var signal = busy is null ? Task.CompletedTask : KeepBusy(busy, working.Token);
        try
        {
            return await work().ConfigureAwait(false);
        }
        finally
        {
            await working.CancelAsync().ConfigureAwait(false);

            // A transport that ignores the cancellation must not hold the reply (nor the chat).
            await signal.WaitAsync(TimeSpan.FromSeconds(2)).ContinueWith(_ => { }, TaskScheduler.Default).ConfigureAwait(false);
        }
    }

    // Telegram shows "typing…" for about five seconds: the signal is repeated while the work runs.
    private async Task KeepBusy(Func<CancellationToken, Task> busy, CancellationToken working)
    {
        while (!working.IsCancellationRequested)
        {
            try
            {
                await busy(working).ConfigureAwait(false);
                await Task.Delay(BusyInterval, _time, working).ConfigureAwait(false);
            }
            catch (Exception)
            {
                // The work is done (cancelled signal), or the transport could not show "typing…":
                // either way the signal stops; it is a courtesy, the answer still goes out.
                return;
            }
        }
    }

    private static void Spend(Session session, string origin)
    {
        session.SpentOrigins.Add(origin);
        if (session.SpentOrigins.Count > Session.SpentOriginsKept)
        {
            session.SpentOrigins.RemoveRange(0, session.SpentOrigins.Count - Session.SpentOriginsKept);
        }
    }

    private Session NewSession(UserInput input)
    {
        var now = _time.GetUtcNow().UtcDateTime;
        return new Session
        {
            Id = input.ChatId,
            Language = Languages.FromHint(input.LanguageHint),
            CreatedUtc = now,
            UpdatedUtc = now,
        };
    }
}

/// <summary>What one input produced: the replies, the state it left the chat in, and a fault if one was caught.</summary>
public sealed record DialogueOutcome(IReadOnlyList<Reply> Replies, string State, Exception? Fault)
{
    /// <summary>The input confirmed /forget: the session is deleted, and the transport deletes what it kept of the chat too.</summary>
    public bool Forgotten { get; init; }

    /// <summary>
    /// A short note instead of a message, for a press on a button that no longer applies (a double tap,
    /// a stale keyboard); <see cref="Replies"/> is then empty. Telegram shows it as the press's toast.
    /// </summary>
    public string? Toast { get; init; }

    /// <summary>
    /// The press used up the message it came from (<see cref="UserInput.Origin"/>): the transport may show
    /// the choice on it and take its buttons away. False for toggles, which change that message instead.
    /// </summary>
    public bool Spent { get; init; }
}
