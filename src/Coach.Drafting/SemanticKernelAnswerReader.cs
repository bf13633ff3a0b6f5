using System.Text.Json;
using System.Text.Json.Serialization;
using Coach.Core.Domain.Tov;
using Coach.Core.Drafting;
using Coach.Core.Parsing;

namespace Coach.Drafting;

/// <summary>
/// The reader of last resort through the configured model: the read-answer prompt with a JSON schema for the answer
/// (response_format json_schema), parsed strictly. Any failure (timeout, outage, quota, junk, a refusal, "not
/// understood") is null, so the engine gives its usual "didn't understand, e.g. …"; the engine checks a rewrite with the
/// question's own rules before anything is saved.
/// </summary>
public sealed class SemanticKernelAnswerReader(IDraftModel model) : IAnswerReader
{
    /// <summary>Longer than this is no rewritten answer but prose: refused.</summary>
    public const int LongestRewrite = 120;

    /// <summary>The JSON the prompt asks for; its schema goes out with the request.</summary>
    public sealed class Reading
    {
        [JsonPropertyName("understood")]
        public bool Understood { get; init; }

        [JsonPropertyName("answer")]
        public string Answer { get; init; } = "";
    }

    public async Task<string?> ReadAsync(UnreadAnswer answer, CancellationToken cancellationToken)
    {
        var request = new ModelRequest(PromptTask.ReadAnswer, answer.Language, new ToneProfile(), answer.Text)
        {
            Instruction = $"The question: {answer.Question}\nAn answer in the form Coach reads: {answer.Example}",
        };
        try
        {
            return Parse(await model.CompleteAsync(request, cancellationToken).ConfigureAwait(false));
        }
        catch (DraftModelException)
        {
            return null;
        }
    }

    /// <summary>The rewrite from the model's JSON, or null for anything but an understood, short, one-line answer.</summary>
    public static string? Parse(string json)
    {
        try
        {
            var reading = JsonSerializer.Deserialize<Reading>(json.Trim());
            var text = reading?.Answer.Trim() ?? "";
            return reading is { Understood: true } && text.Length is > 0 and <= LongestRewrite && !text.Contains('\n') ? text : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
