using Coach.Core.Domain.Tov;

namespace Coach.Core.Drafting;

/// <summary>A draft ready to show: its text, whether Coach's template wrote it, and the note to show with it (a text key).</summary>
public sealed record ComposedDraft(ChannelRule Rule, string Text, bool FromTemplate, string? NoteKey);

/// <summary>A review by the model, or the note saying why there is none (null note and null text: no model configured).</summary>
public sealed record ModelReview(string? Text, string? NoteKey);

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
/// The model's answer goes out only after <see cref="DraftOutputCheck"/>; when the model fails
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
        var drafts = new List<ComposedDraft>();
        string? core = null;
        foreach (var rule in rules)
        {
            var channelSpec = spec with { Rule = rule };
            var request = core is null
                ? Request(PromptTask.Draft, channelSpec, spec.Topic)
                : Request(PromptTask.AdaptToChannel, channelSpec, spec.Topic) with { CoreMessage = core };
            var draft = await Ask(channelSpec, request, cancellationToken);
            core ??= draft.FromTemplate ? null : draft.Text;
            drafts.Add(draft);
        }

        return drafts;
    }

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
            var review = DraftOutputCheck.Review(answer, null, model.FixedPromptText(PromptTask.TovReview), maxChars: 1500);
            return review.Accepted ? new ModelReview(review.Text, null) : new ModelReview(null, "tov.note.rejected");
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
            var review = DraftOutputCheck.Review(answer, spec.EffectiveRule, model.FixedPromptText(request.Task));
            return review.Accepted ? new ComposedDraft(spec.Rule, review.Text, false, null) : Template("tov.note.rejected");
        }
        catch (Exception failure) when (!cancellationToken.IsCancellationRequested)
        {
            // Whatever went wrong with the model, the user gets the template and a line saying why.
            _failed = true;
            _failureNote = Note(failure);
            return Template(_failureNote);
        }
    }

    private static string Note(Exception failure) => failure switch
    {
        DraftModelException { Failure: DraftFailure.Timeout } or TimeoutException or OperationCanceledException => "tov.note.timeout",
        DraftModelException { Failure: DraftFailure.Quota } => "tov.note.quota",
        _ => "tov.note.unavailable",
    };
}
