using Coach.Core.Domain.Tov;

namespace Coach.Core.Drafting;

/// <summary>A draft ready to show: its text, whether Coach's template wrote it, and the note to show with it (a text key).</summary>
public sealed record ComposedDraft(ChannelRule Rule, string Text, bool FromTemplate, string? NoteKey);

/// <summary>A review by the model in Coach's structure, or the note saying why there is none (both null: no model configured).</summary>
public sealed record ModelReview(ToneReview? Review, string? NoteKey);

/// <summary>How a draft's buttons change it.</summary>
public enum DraftChange
{
    Shorter,
    MoreFormal,
    Friendlier,
    AnotherVariant,
}

/// <summary>
/// Writes drafts with the language model when one is configured, else with Coach's templates.
/// The model's answer goes out only after <see cref="OutputGuard"/> and <see cref="DraftOutputCheck"/>; when the model fails
/// (timeout, server error, quota) or its answer is refused, the template draft goes out with a
/// one-line note: the user always gets a draft.
/// </summary>
public sealed class DraftComposer(IDraftModel? model, Texts.Texts texts)
{
    private bool _failed;
    private string? _failureNote;

    public bool HasModel => model is not null;

    public Task<ComposedDraft> DraftAsync(DraftSpec spec, CancellationToken cancellationToken) =>
        Ask(spec, Request(PromptTask.Draft, spec, spec.Topic), cancellationToken);

    /// <summary>
    /// The 360 pack: the first channel's draft states the core message, every other channel gets
    /// it adapted to its own format. After a failure the rest come from templates at once rather
    /// than each waiting for the same timeout.
    /// </summary>
    public async Task<IReadOnlyList<ComposedDraft>> PackAsync(IReadOnlyList<ChannelRule> rules, DraftSpec spec, CancellationToken cancellationToken)
    {
        // The core message is written for the roomiest channel (not a seven-word banner) and the
        // others are adapted from it; the drafts keep the order the channels were given in.
        var drafts = new ComposedDraft?[rules.Count];
        var first = Enumerable.Range(0, rules.Count).OrderByDescending(i => Room(rules[i])).First();
        var coreSpec = spec with { Rule = rules[first] };
        drafts[first] = await Ask(coreSpec, Request(PromptTask.Draft, coreSpec, spec.Topic), cancellationToken);
        var core = drafts[first]!.FromTemplate ? null : drafts[first]!.Text;
        for (var i = 0; i < rules.Count; i++)
        {
            if (drafts[i] is not null)
            {
                continue;
            }

            var channelSpec = spec with { Rule = rules[i] };
            var request = core is null
                ? Request(PromptTask.Draft, channelSpec, spec.Topic)
                : Request(PromptTask.AdaptToChannel, channelSpec, spec.Topic) with { CoreMessage = core };
            drafts[i] = await Ask(channelSpec, request, cancellationToken);
            core ??= drafts[i]!.FromTemplate ? null : drafts[i]!.Text;
        }

        return drafts.Select(draft => draft!).ToList();
    }

    // Room for a whole message, in characters; from 300 on every channel is roomy enough, and
    // the first of those in the given order carries the core message.
    private static int Room(ChannelRule rule) => rule switch
    {
        { MaxWords: { } words } => Math.Min(words * 6, RoomEnough),
        { OneSmsSegment: true } => ChannelRules.SmsGsmLimit,
        { MaxChars: { } chars } => Math.Min(chars, RoomEnough),
        _ => RoomEnough,
    };

    private const int RoomEnough = 300;

    /// <summary>The draft changed by one of its buttons; <paramref name="changed"/> is the spec after the change.</summary>
    public Task<ComposedDraft> RewriteAsync(DraftSpec changed, string current, DraftChange change, CancellationToken cancellationToken)
    {
        var instruction = change switch
        {
            DraftChange.Shorter => "Make it noticeably shorter: keep the one main idea and the call to action.",
            DraftChange.MoreFormal => "Make it more formal: polite register, no slang, fewer exclamation marks.",
            DraftChange.Friendlier => "Make it friendlier and warmer: simple everyday words, speak to the reader directly.",
            _ => "Write another variant: a different angle and a different opening, the same message.",
        };
        return Ask(changed, Request(PromptTask.Rewrite, changed, current) with { Instruction = instruction }, cancellationToken);
    }

    /// <summary>The model's review of a text against the voice; no model → nothing (the deterministic check stands alone).</summary>
    public async Task<ModelReview> ReviewAsync(string text, ToneProfile profile, ChannelRule? rule, CancellationToken cancellationToken)
    {
        if (model is null)
        {
            return new ModelReview(null, null);
        }

        var request = new ModelRequest(PromptTask.TovReview, texts.Language, profile, text)
        {
            Rule = rule,
            ChannelName = rule is null ? "" : ChannelName(rule),
            ChannelRules = rule is null ? "" : RulesText(rule),
        };
        try
        {
            var answer = await model.CompleteAsync(request, cancellationToken);
            var rejected = new ModelReview(null, "tov.note.rejected");
            if (ToneReview.Parse(answer) is not { } structured)
            {
                return Refused(PromptTask.TovReview, new OutputReview("", "structure"), rejected);
            }

            // Every fix passes the same guard as a draft; one refused fix refuses the review (a hijacked answer is not half-trusted).
            var guard = Guard(request);
            var points = new List<ReviewPoint>();
            foreach (var point in structured.Points)
            {
                var review = OutputGuard.Review(point.Fix, null, guard, maxChars: ToneReview.MaxFixChars);
                if (!review.Accepted)
                {
                    return Refused(PromptTask.TovReview, review, rejected);
                }

                points.Add(point with { Fix = review.Text });
            }

            return new ModelReview(structured with { Points = points }, null);
        }
        catch (Exception failure) when (!cancellationToken.IsCancellationRequested)
        {
            return new ModelReview(null, Note(failure));
        }
    }

    public string ChannelName(ChannelRule rule) => texts["tov.channel.opt." + rule.Id];

    /// <summary>The rule as sentences in the user's language: the same numbers the checks measure.</summary>
    public string RulesText(ChannelRule rule) => RulesText(rule, texts);

    public static string RulesText(ChannelRule rule, Texts.Texts t) => Coach.Core.Texts.TextCatalog.Plain(t.Format(
        "tov.channel.rules." + rule.Id,
        ("words", rule.MaxWords),
        ("chars", rule.MaxChars),
        ("line", rule.FirstLineMaxChars),
        ("unicode", ChannelRules.SmsUnicodeLimit)));

    private ModelRequest Request(PromptTask task, DraftSpec spec, string userText) => new(task, spec.Language, spec.Profile, userText)
    {
        Persona = spec.Persona,
        Rule = spec.EffectiveRule,
        ChannelName = ChannelName(spec.Rule),
        ChannelRules = RulesText(spec.EffectiveRule),
    };

    private async Task<ComposedDraft> Ask(DraftSpec spec, ModelRequest request, CancellationToken cancellationToken)
    {
        ComposedDraft Template(string note) => new(spec.Rule, TemplateDrafter.Write(spec, texts), true, note);

        if (model is null)
        {
            return Template("tov.note.no_llm");
        }

        if (_failed)
        {
            return Template(_failureNote!);
        }

        try
        {
            var answer = await model.CompleteAsync(request, cancellationToken);
            var review = OutputGuard.Review(answer, spec.EffectiveRule, Guard(request));
            return review.Accepted ? new ComposedDraft(spec.Rule, review.Text, false, null) : Refused(request.Task, review, Template("tov.note.rejected"));
        }
        catch (Exception failure) when (!cancellationToken.IsCancellationRequested)
        {
            // Whatever went wrong with the model, the user gets the template and a line saying why.
            _failed = true;
            _failureNote = Note(failure);
            return Template(_failureNote);
        }
    }

    // Every prompt's fixed text counts (a rewrite may leak the draft prompt too); the user's own data
    // (topic, voice, samples, audience, the core message they were shown) may be quoted back.
    private GuardContext Guard(ModelRequest request) => new(
        texts.Language,
        Enum.GetValues<PromptTask>().SelectMany(task => model!.FixedPromptText(task)).Distinct().ToList(),
        string.Join("\n", request.UserText, request.Profile.BrandMessage, string.Join(", ", request.Profile.WordsToUse), request.Profile.Samples, request.Persona, request.CoreMessage));

    private T Refused<T>(PromptTask task, OutputReview review, T fallback)
    {
        model!.Refused(task, review.Problem!);
        return fallback;
    }

    private static string Note(Exception failure) => failure switch
    {
        DraftModelException { Failure: DraftFailure.Timeout } or TimeoutException or OperationCanceledException => "tov.note.timeout",
        DraftModelException { Failure: DraftFailure.Quota } => "tov.note.quota",
        _ => "tov.note.unavailable",
    };
}
