using System.Text.RegularExpressions;
using Coach.Core.Drafting;
using Microsoft.SemanticKernel;
using YamlDotNet.Serialization;

namespace Coach.Drafting;

/// <summary>A prompt file that is missing or does not pass the checks; the message names the file.</summary>
public sealed class PromptFileException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// The Semantic Kernel prompt templates in the prompts/ folder, one YAML file per task, loaded
/// and checked once at start-up: the file name equals its name, the template format is
/// semantic-kernel, every input is declared with a description and is_required and every
/// declared input is used, only a "default" execution-settings entry (the model comes from
/// configuration), and user text sits only inside its delimiters.
/// </summary>
public sealed partial class PromptLibrary
{
    public const string DefaultFolder = "prompts";

    /// <summary>
    /// The inputs that carry text the user typed (or a draft made from it), with the block each
    /// must sit in: never in the system part, only inside its delimiters.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, (string Open, string Close)> DelimitedInputs = new Dictionary<string, (string, string)>
    {
        ["user_text"] = ("[[[USER_TEXT", "USER_TEXT]]]"),
        ["brand_message"] = ("[[[USER_TEXT", "USER_TEXT]]]"),
        ["words_to_use"] = ("[[[USER_TEXT", "USER_TEXT]]]"),
        ["words_to_avoid"] = ("[[[USER_TEXT", "USER_TEXT]]]"),
        ["samples"] = ("[[[USER_TEXT", "USER_TEXT]]]"),
        ["persona"] = ("[[[USER_TEXT", "USER_TEXT]]]"),
        ["core_message"] = ("[[[DRAFT", "DRAFT]]]"),
    };

    private readonly IReadOnlyDictionary<PromptTask, PromptTemplateConfig> _prompts;

    private PromptLibrary(IReadOnlyDictionary<PromptTask, PromptTemplateConfig> prompts) => _prompts = prompts;

    public static string FileName(PromptTask task) => task switch
    {
        PromptTask.Draft => "draft",
        PromptTask.AdaptToChannel => "adapt-to-channel",
        PromptTask.Rewrite => "rewrite",
        PromptTask.ReadAnswer => "read-answer",
        _ => "tov-review",
    };

    public PromptTemplateConfig this[PromptTask task] => _prompts[task];

    /// <summary>Loads every task's file from the folder; throws <see cref="PromptFileException"/> naming the first bad file.</summary>
    public static PromptLibrary Load(string folder)
    {
        var prompts = new Dictionary<PromptTask, PromptTemplateConfig>();
        foreach (var task in Enum.GetValues<PromptTask>())
        {
            var name = FileName(task);
            var path = Path.Combine(folder, name + ".yaml");
            var shown = Path.Combine(Path.GetFileName(Path.TrimEndingDirectorySeparator(folder)), name + ".yaml");
            if (!File.Exists(path))
            {
                throw new PromptFileException($"Prompt file {shown} is missing (looked in {Path.GetFullPath(folder)}).");
            }

            try
            {
                prompts[task] = Parse(File.ReadAllText(path), name);
            }
            catch (Exception error) when (error is not PromptFileException)
            {
                throw new PromptFileException($"Prompt file {shown} is not a valid Semantic Kernel YAML prompt: {error.Message}", error);
            }
            catch (PromptFileException error)
            {
                throw new PromptFileException($"Prompt file {shown}: {error.Message}", error);
            }
        }

        return new PromptLibrary(prompts);
    }

    /// <summary>The fixed text of a prompt (its sentences without any input), in pieces long enough to recognise when quoted back.</summary>
    public IReadOnlyList<string> FixedText(PromptTask task)
    {
        // Sentence by sentence, list marks dropped: a model quoting one rule is caught, not only a whole line.
        return Variable().Split(_prompts[task].Template)
            .SelectMany(piece => piece.Split('\n'))
            .SelectMany(line => Sentence().Split(Tags().Replace(line, "")))
            .Select(sentence => sentence.Trim().TrimStart('-', ' ').Trim())
            .Where(sentence => sentence.Length >= 20)
            .ToList();
    }

    internal static PromptTemplateConfig Parse(string yaml, string expectedName)
    {
        // Microsoft.SemanticKernel.Yaml is not available: YAML → JSON → PromptTemplateConfig.FromJson.
        var data = new DeserializerBuilder().WithAttemptingUnquotedStringTypeDeserialization().Build().Deserialize<object>(yaml)
            ?? throw new PromptFileException("the file is empty.");
        var json = new SerializerBuilder().JsonCompatible().Build().Serialize(data);
        var config = PromptTemplateConfig.FromJson(json);
        var raw = data as IDictionary<object, object> ?? throw new PromptFileException("the file is not a YAML mapping.");

        if (config.Name != expectedName)
        {
            throw new PromptFileException($"name is '{config.Name}', but must equal the file name '{expectedName}'.");
        }

        if (config.TemplateFormat != "semantic-kernel")
        {
            throw new PromptFileException($"template_format is '{config.TemplateFormat}', but must be 'semantic-kernel'.");
        }

        if (string.IsNullOrWhiteSpace(config.Template) || !config.Template.Contains("<message role=\"system\">", StringComparison.Ordinal))
        {
            throw new PromptFileException("the template must start with a <message role=\"system\"> part.");
        }

        if (config.AllowDangerouslySetContent || config.InputVariables.Any(input => input.AllowDangerouslySetContent))
        {
            throw new PromptFileException("allow_dangerously_set_content must stay off: user text would reach the prompt unencoded.");
        }

        CheckInputs(config, raw);
        try
        {
            new KernelPromptTemplateFactory().Create(config);
        }
        catch (KernelException error)
        {
            throw new PromptFileException($"the template does not compile: {error.Message}", error);
        }

        if (config.ExecutionSettings.Keys.Any(key => key != PromptExecutionSettings.DefaultServiceId))
        {
            throw new PromptFileException("execution_settings may hold only a 'default' entry: the model comes from configuration.");
        }

        foreach (var (variable, (open, close)) in DelimitedInputs)
        {
            if (!Uses(config.Template, variable).All(use => InsideBlock(config.Template, use, open, close)))
            {
                throw new PromptFileException($"{{{{${variable}}}}} carries user text and must sit only between {open} and {close} in a user message.");
            }
        }

        return config;
    }

    private static void CheckInputs(PromptTemplateConfig config, IDictionary<object, object> raw)
    {
        var declared = raw.TryGetValue("input_variables", out var inputs) && inputs is IList<object> list
            ? list.OfType<IDictionary<object, object>>().ToList()
            : throw new PromptFileException("input_variables are missing.");
        foreach (var input in declared)
        {
            var name = input.TryGetValue("name", out var value) ? value?.ToString() : null;
            if (string.IsNullOrWhiteSpace(name) || !input.TryGetValue("description", out var description) || string.IsNullOrWhiteSpace(description?.ToString()) || !input.ContainsKey("is_required"))
            {
                throw new PromptFileException($"input '{name}' needs a name, a description and is_required.");
            }
        }

        var names = config.InputVariables.Select(v => v.Name).ToHashSet();
        var used = Variable().Matches(config.Template).Select(m => m.Groups[1].Value).ToHashSet();
        var undeclared = used.Except(names).ToList();
        if (undeclared.Count > 0)
        {
            throw new PromptFileException($"the template uses undeclared inputs: {string.Join(", ", undeclared)}.");
        }

        var unused = names.Except(used).ToList();
        if (unused.Count > 0)
        {
            throw new PromptFileException($"inputs declared but not used: {string.Join(", ", unused)}.");
        }
    }

    private static IEnumerable<int> Uses(string template, string variable) =>
        Variable().Matches(template).Where(m => m.Groups[1].Value == variable).Select(m => m.Index);

    // Inside a block: an opening delimiter before it with no closing one between, and outside the system part.
    private static bool InsideBlock(string template, int use, string open, string close)
    {
        var opened = template.LastIndexOf(open, use, StringComparison.Ordinal);
        var closed = template.LastIndexOf(close, use, StringComparison.Ordinal);
        var systemEnd = template.IndexOf("</message>", StringComparison.Ordinal);
        return opened > systemEnd && opened > closed && template.IndexOf(close, use, StringComparison.Ordinal) > use;
    }

    [GeneratedRegex(@"\{\{\s*\$([a-zA-Z_][a-zA-Z0-9_]*)\s*\}\}")]
    private static partial Regex Variable();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex Sentence();
}
