namespace Coach.Bot.Options;

/// <summary>
/// The "Llm" configuration section: an OpenAI-compatible chat model for drafts (OpenAI, a local
/// Ollama's /v1, any compatible server). With no endpoint Coach drafts from its own templates.
/// </summary>
public sealed class LlmOptions
{
    public const string Section = "Llm";

    /// <summary>The API base URL including /v1, e.g. https://api.openai.com/v1 or http://127.0.0.1:11434/v1. Empty: template drafts.</summary>
    public string? Endpoint { get; set; }

    /// <summary>The model name the server knows, e.g. gpt-4o-mini or llama3.1.</summary>
    public string? Model { get; set; }

    /// <summary>The API key; only from the environment or user secrets. Servers that need none (Ollama) may leave it empty.</summary>
    public string? ApiKey { get; set; }

    /// <summary>How long one draft may take before the template draft is sent instead.</summary>
    public int TimeoutSeconds { get; set; } = 30;

    /// <summary>The longest answer the model may give, in tokens.</summary>
    public int MaxTokens { get; set; } = 600;

    /// <summary>The folder of the prompt files; relative paths are taken from the program's folder.</summary>
    public string PromptsFolder { get; set; } = "prompts";

    public bool Enabled => !string.IsNullOrWhiteSpace(Endpoint);
}
