using System.ClientModel;
using System.ClientModel.Primitives;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using Coach.Core.Domain.Tov;
using Coach.Core.Drafting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using OpenAI;

namespace Coach.Drafting;

/// <summary>Where the model is and how long and how much it may answer.</summary>
public sealed record ModelSettings(Uri Endpoint, string Model, string? ApiKey, TimeSpan Timeout, int MaxTokens);

/// <summary>
/// Coach's prompts completed by an OpenAI-compatible chat model through Semantic Kernel. User
/// text goes in only as input values: Semantic Kernel encodes them (no message tags can be
/// injected) and the delimiters are escaped inside them, so the text cannot close its block.
/// Failures become <see cref="DraftModelException"/> with their kind.
/// </summary>
public sealed partial class SemanticKernelDraftModel : IDraftModel
{
    // After a failure the model is left alone for a while: every chat would otherwise wait out the
    // same timeout during an outage. Drafts meanwhile come from the templates.
    public static readonly TimeSpan Pause = TimeSpan.FromSeconds(30);
    private DateTime _pausedUntil = DateTime.MinValue;
    private DraftFailure _lastFailure = DraftFailure.Unavailable;

    private readonly Kernel _kernel;
    private readonly TimeProvider _time;
    private readonly PromptLibrary _prompts;
    private readonly TimeSpan _timeout;
    private readonly ILogger _logger;
    private readonly Dictionary<PromptTask, (KernelFunction Function, OpenAIPromptExecutionSettings Settings)> _functions = new();

    public SemanticKernelDraftModel(Kernel kernel, PromptLibrary prompts, TimeSpan timeout, int maxTokens, ILogger? logger = null, TimeProvider? time = null)
    {
        _logger = logger ?? NullLogger.Instance;
        _time = time ?? TimeProvider.System;
        _kernel = kernel;
        _kernel.PromptRenderFilters.Add(new WellFormedPromptFilter());
        _prompts = prompts;
        _timeout = timeout;
        foreach (var task in Enum.GetValues<PromptTask>())
        {
            var config = prompts[task];
            var settings = OpenAIPromptExecutionSettings.FromExecutionSettings(config.DefaultExecutionSettings ?? new PromptExecutionSettings());
            settings.MaxTokens = maxTokens;
            if (task == PromptTask.ReadAnswer)
            {
                // Structured output: the connector sends the type's JSON schema as response_format (json_schema).
                settings.ResponseFormat = typeof(SemanticKernelAnswerReader.Reading);
            }
            else if (task == PromptTask.TovReview)
            {
                // The review in Coach's fixed structure: criteria and fixes, never free prose.
                settings.ResponseFormat = typeof(ToneReview.Json);
            }
            _functions[task] = (KernelFunctionFactory.CreateFromPrompt(config, new KernelPromptTemplateFactory()), settings);
        }
    }

    /// <summary>A model on an OpenAI-compatible server (OpenAI, Ollama's /v1, a test fake).</summary>
    public static SemanticKernelDraftModel ForEndpoint(ModelSettings settings, PromptLibrary prompts, ILogger? logger = null, TimeProvider? time = null)
    {
        var client = new OpenAIClient(new ApiKeyCredential(string.IsNullOrWhiteSpace(settings.ApiKey) ? "none" : settings.ApiKey), new OpenAIClientOptions
        {
            Endpoint = settings.Endpoint,
            NetworkTimeout = settings.Timeout,

            // One retry at most: the user is waiting, and the template is a good answer too.
            RetryPolicy = new ClientRetryPolicy(maxRetries: 1),
        });
        var builder = Kernel.CreateBuilder();
        builder.Services.AddSingleton<IChatCompletionService>(new OpenAIChatCompletionService(settings.Model, client));
        return new SemanticKernelDraftModel(builder.Build(), prompts, settings.Timeout, settings.MaxTokens, logger, time);
    }

    private DateTime Now => _time.GetUtcNow().UtcDateTime;

    public IReadOnlyList<string> FixedPromptText(PromptTask task) => _prompts.FixedText(task);

    public void Refused(PromptTask task, string kind) =>
        _logger.LogWarning("A model answer to the {Prompt} prompt was refused by the output guard ({Kind}); the template went out instead", PromptLibrary.FileName(task), kind);

    public async Task<string> CompleteAsync(ModelRequest request, CancellationToken cancellationToken)
    {
        if (Now < _pausedUntil)
        {
            // The same kind as the failure that started the pause, so the user's note stays true (e.g. the quota).
            throw new DraftModelException(_lastFailure, "The language model failed moments ago; the template is used for now.");
        }

        var (function, settings) = _functions[request.Task];
        var arguments = Arguments(request, settings, function);
        // The deadline runs on the host's clock, as the pause does, so a test can move it.
        using var timeout = new CancellationTokenSource(_timeout, _time);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            var result = await _kernel.InvokeAsync(function, arguments, deadline.Token);
            return result.GetValue<string>() ?? "";
        }
        catch (Exception error) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw Failed(DraftFailure.Timeout, $"no answer within {_timeout.TotalSeconds:F0} s", error);
        }
        catch (HttpOperationException error) when (error.StatusCode == HttpStatusCode.TooManyRequests)
        {
            throw Failed(DraftFailure.Quota, "quota or rate limit (429)", error);
        }
        catch (Exception error) when (error is HttpOperationException or HttpRequestException or ClientResultException or KernelException)
        {
            throw Failed(DraftFailure.Unavailable, error.Message, error);
        }
        catch (Exception error) when (!cancellationToken.IsCancellationRequested)
        {
            // A refused connection arrives wrapped (AggregateException after the client's retry): still one line in the log.
            throw Failed(DraftFailure.Unavailable, $"{error.GetType().Name}: {error.GetBaseException().Message}", error);
        }
    }

    // One warning line per failure (the task and why, never the prompt or the user's text); the user gets the template.
    private DraftModelException Failed(DraftFailure failure, string why, Exception error)
    {
        _pausedUntil = Now + Pause;
        _lastFailure = failure;
        _logger.LogWarning("The language model failed ({Failure}): {Why}", failure, why);
        return new DraftModelException(failure, "The language model failed: " + why, error);
    }

    /// <summary>The prompt's inputs: the voice, persona and channel rule as data, the user's text escaped.</summary>
    internal static KernelArguments Arguments(ModelRequest request, PromptExecutionSettings settings, KernelFunction function)
    {
        var profile = request.Profile;
        var all = new Dictionary<string, object?>
        {
            ["language"] = request.Language == "ru" ? "Russian" : "English",
            ["formality"] = profile.Formality.ToString().ToLowerInvariant(),
            ["humor"] = profile.Humor.ToString().ToLowerInvariant(),
            ["address"] = Register(request.Language, profile.Address),
            ["brand_message"] = Escape(profile.BrandMessage.Length > 0 ? profile.BrandMessage : "(not given)"),
            ["words_to_use"] = Escape(profile.WordsToUse.Count > 0 ? string.Join(", ", profile.WordsToUse) : "(none)"),
            ["words_to_avoid"] = Escape(profile.WordsToAvoid.Count > 0 ? string.Join(", ", profile.WordsToAvoid) : "(none)"),
            ["emoji"] = profile.Emoji.ToString().ToLowerInvariant(),
            ["samples"] = Escape(profile.Samples.Length > 0 ? profile.Samples : "(none)"),
            ["persona"] = Escape(request.Persona.Length > 0 ? request.Persona : "(no persona described)"),
            ["channel"] = request.Rule is null ? "(any)" : $"{request.Rule.Id} ({request.ChannelName})",
            ["channel_rules"] = request.ChannelRules.Length > 0 ? request.ChannelRules : "(no channel limits)",
            ["user_text"] = Escape(request.UserText),
            ["core_message"] = Escape(request.CoreMessage),
            ["instruction"] = request.Instruction,
        };

        // Only the inputs this prompt declares: the library checked that each one is used.
        var declared = function.Metadata.Parameters.Select(p => p.Name).ToHashSet();
        var arguments = new KernelArguments(settings);
        foreach (var (name, value) in all.Where(pair => declared.Contains(pair.Key)))
        {
            arguments[name] = value;
        }

        return arguments;
    }

    private static string Register(string language, Address address) => (language, address) switch
    {
        ("ru", Address.Polite) => "address the reader as «вы»",
        ("ru", _) => "address the reader as «ты»",
        (_, Address.Polite) => "polite register: full forms, no contractions, no slang",
        _ => "casual register: contractions and everyday words are welcome",
    };

    /// <summary>
    /// User text cannot open or close a delimiter block nor break the prompt's XML: look-alikes are
    /// folded (NFKC: a fullwidth ］ becomes ]), invisible format characters, controls and characters
    /// XML does not allow (U+FFFE, U+FFFF, lone surrogates) are dropped, and every run of two or
    /// more brackets is broken up.
    /// </summary>
    internal static string Escape(string text)
    {
        // Dropped before folding too: normalising a string with a lone surrogate throws.
        var folded = Kept(Kept(text).Normalize(NormalizationForm.FormKC));
        return BracketRun().Replace(folded, run => string.Join(' ', run.Value.ToCharArray()));
    }

    private static string Kept(string text)
    {
        var kept = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                kept.Append(c).Append(text[++i]);
            }
            else if (c == '\n' || (!char.IsSurrogate(c) && !char.IsControl(c) && XmlConvert.IsXmlChar(c)
                && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format))
            {
                kept.Append(c);
            }
        }

        return kept.ToString();
    }

    [GeneratedRegex(@"\[{2,}|\]{2,}")]
    private static partial Regex BracketRun();
}
