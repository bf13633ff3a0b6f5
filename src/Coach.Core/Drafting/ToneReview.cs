using System.Text.Json;
using System.Text.Json.Serialization;
using Coach.Core.Domain.Tov;

namespace Coach.Core.Drafting;

/// <summary>What a review point is about: Coach names it in the user's language, the model only picks one.</summary>
public enum ReviewCriterion
{
    Formality,
    Humour,
    Register,
    Emoji,
    WordsToAvoid,
    WordsToUse,
    BrandMessage,
    ChannelRules,
    Clarity,
    CallToAction,
}

/// <summary>One concrete fix: the criterion it serves and what to change, in the model's words (guarded).</summary>
public sealed record ReviewPoint(ReviewCriterion Criterion, string Fix);

/// <summary>The model's review in Coach's fixed structure: whether the text fits, and at most five fixes.</summary>
public sealed record ToneReview(bool Fits, IReadOnlyList<ReviewPoint> Points)
{
    public const int MaxPoints = 5;

    /// <summary>A fix longer than this is prose, not a fix: the review is refused.</summary>
    public const int MaxFixChars = 300;

    /// <summary>
    /// The JSON the review prompt asks for (its schema goes out as response_format); criteria by their
    /// snake_case names ("words_to_avoid").
    /// </summary>
    public sealed class Json
    {
        [JsonPropertyName("fits")]
        public bool Fits { get; init; }

        [JsonPropertyName("points")]
        public List<JsonPoint> Points { get; init; } = [];
    }

    public sealed class JsonPoint
    {
        [JsonPropertyName("criterion")]
        public string Criterion { get; init; } = "";

        [JsonPropertyName("fix")]
        public string Fix { get; init; } = "";
    }

    /// <summary>
    /// Reads the model's answer strictly: valid JSON of <see cref="Json"/>'s shape, known criteria, one-line fixes of
    /// sensible length, at most <see cref="MaxPoints"/>, and at least one when the text does not fit. Anything else
    /// (prose, junk, an unknown criterion) is null: the review is refused, never shown as the model wrote it.
    /// </summary>
    public static ToneReview? Parse(string answer)
    {
        Json? json;
        try
        {
            json = JsonSerializer.Deserialize<Json>(StripFence(answer.Trim()));
        }
        catch (JsonException)
        {
            return null;
        }

        if (json is null || json.Points.Count > MaxPoints || (!json.Fits && json.Points.Count == 0))
        {
            return null;
        }

        var points = new List<ReviewPoint>();
        foreach (var point in json.Points)
        {
            var fix = point.Fix.Trim();
            if (CriterionOf(point.Criterion) is not { } criterion || fix.Length is 0 or > MaxFixChars || fix.Contains('\n'))
            {
                return null;
            }

            points.Add(new ReviewPoint(criterion, fix));
        }

        return new ToneReview(json.Fits, points);
    }

    public static string NameOf(ReviewCriterion criterion) => JsonNamingPolicy.SnakeCaseLower.ConvertName(criterion.ToString());

    private static ReviewCriterion? CriterionOf(string name) =>
        Enum.GetValues<ReviewCriterion>().Where(c => NameOf(c) == name.Trim().ToLowerInvariant()).Select(c => (ReviewCriterion?)c).FirstOrDefault();

    // Some models wrap JSON in a Markdown fence even when asked not to.
    private static string StripFence(string text) =>
        text.StartsWith("```", StringComparison.Ordinal) && text.EndsWith("```", StringComparison.Ordinal) && text.IndexOf('\n') is > 0 and var start
            ? text[(start + 1)..^3].Trim()
            : text;
}
