using Coach.Core.Dialogue;
using Coach.Core.Domain.Words;

namespace Coach.Core.Domain.Channels;

/// <summary>
/// Reads a channel name as typed in /kpi channels ("Яндекс Директ", "Google Ads", "таргет ВК") as the channel plan's
/// channel id, from the phrases in <c>Domain/Channels/Words/names.json</c>. The longest phrase found as whole words
/// wins; when it belongs to several channels ("яндекс", "соцсети") or to none, the name is not read, and the caller asks.
/// </summary>
public static class ChannelNames
{
    private static readonly IReadOnlyDictionary<string, string[]> Phrases = WordFiles.Load<Dictionary<string, string[]>>("Channels", "names");

    /// <summary>The channel ids the name may mean: one when it is clear, several when ambiguous, none when unknown.</summary>
    public static IReadOnlyList<string> Candidates(string typed)
    {
        var padded = $" {OptionMatcher.Normalize(typed)} ";
        var found = Phrases
            .Select(p => (Channel: p.Key, Length: p.Value.Where(phrase => padded.Contains($" {phrase} ", StringComparison.Ordinal)).Select(phrase => phrase.Length).DefaultIfEmpty(0).Max()))
            .Where(x => x.Length > 0)
            .ToList();
        if (found.Count == 0)
        {
            return [];
        }

        var longest = found.Max(x => x.Length);
        return found.Where(x => x.Length == longest).Select(x => x.Channel).ToList();
    }

    /// <summary>
    /// The one channel the name means among <paramref name="planned"/> (every channel when there is no plan yet), or
    /// null when it is ambiguous, unknown or a channel the plan does not have.
    /// </summary>
    public static string? Read(string typed, IReadOnlyCollection<string>? planned)
    {
        var candidates = Candidates(typed);
        return candidates.Count == 1 && (planned is null || planned.Contains(candidates[0])) ? candidates[0] : null;
    }
}
