using Coach.Bot.Options;
using Coach.Core.Drafting;
using Coach.Core.Parsing;
using Coach.Drafting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Coach.Bot;

/// <summary>Drafting for the host: the Llm options, the prompt files (checked at start-up) and the model when one is configured.</summary>
public static class DraftingHostExtensions
{
    public static IServiceCollection AddCoachDrafting(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<LlmOptions>().BindConfiguration(LlmOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<LlmOptions>, LlmOptionsValidator>();

        // The folder is read from configuration, not IOptions: the options' validator loads the library. The files are
        // read and checked on another thread from here on (~0.2 s, mostly YAML and JSON code run for the first time),
        // while the host is built; the validator waits for them, and a bad file still stops start-up.
        var folder = PromptsFolder(configuration[$"{LlmOptions.Section}:{nameof(LlmOptions.PromptsFolder)}"]);
        var prompts = Task.Run(() => PromptLibrary.Load(folder));
        services.AddSingleton(_ => prompts.GetAwaiter().GetResult());

        // Without an endpoint there is no model: the engine drafts from templates, labelled as such.
        if (!string.IsNullOrWhiteSpace(configuration[$"{LlmOptions.Section}:{nameof(LlmOptions.Endpoint)}"]))
        {
            services.AddSingleton<IDraftModel>(provider =>
            {
                var options = provider.GetRequiredService<IOptions<LlmOptions>>().Value;
                var settings = new ModelSettings(new Uri(options.Endpoint!), options.Model!, options.ApiKey, TimeSpan.FromSeconds(options.TimeoutSeconds), options.MaxTokens);
                var model = SemanticKernelDraftModel.ForEndpoint(settings, provider.GetRequiredService<PromptLibrary>(), provider.GetRequiredService<ILogger<SemanticKernelDraftModel>>(), provider.GetService<TimeProvider>());

                // Counted for /metrics in Telegram mode (the terminal has no metrics).
                return provider.GetService<Operations.CoachMetrics>() is { } metrics ? new Operations.MeteredDraftModel(model, metrics) : model;
            });

            // The same model reads, as a last resort, answers the rules could not read (the rules check its rewrite).
            services.AddSingleton<IAnswerReader>(provider => new SemanticKernelAnswerReader(provider.GetRequiredService<IDraftModel>()));
        }

        return services;
    }

    public static string PromptsFolder(string? configured)
    {
        var folder = string.IsNullOrWhiteSpace(configured) ? PromptLibrary.DefaultFolder : configured;
        return Path.IsPathRooted(folder) ? folder : Path.Combine(AppContext.BaseDirectory, folder);
    }

    /// <summary>Checks the Llm keys and loads the prompt files, so a bad setting or file stops start-up with a message naming it.</summary>
    private sealed class LlmOptionsValidator(IServiceProvider provider) : IValidateOptions<LlmOptions>
    {
        public ValidateOptionsResult Validate(string? name, LlmOptions options)
        {
            var problems = new List<string>();
            if (options.Enabled && (!Uri.TryCreate(options.Endpoint, UriKind.Absolute, out var endpoint) || endpoint.Scheme is not ("http" or "https")))
            {
                problems.Add("Llm:Endpoint must be an absolute http(s) URL such as https://api.openai.com/v1 or http://127.0.0.1:11434/v1.");
            }

            if (options.Enabled && string.IsNullOrWhiteSpace(options.Model))
            {
                problems.Add("Llm:Model must name the model when Llm:Endpoint is set, e.g. gpt-4o-mini or llama3.1.");
            }

            if (options.TimeoutSeconds is < 1 or > 300)
            {
                problems.Add("Llm:TimeoutSeconds must be between 1 and 300.");
            }

            if (options.MaxTokens is < 16 or > 16000)
            {
                problems.Add("Llm:MaxTokens must be between 16 and 16000.");
            }

            try
            {
                provider.GetRequiredService<PromptLibrary>();
            }
            catch (PromptFileException error)
            {
                problems.Add(error.Message);
            }

            return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
        }
    }
}
