using System.Globalization;
using System.Text.RegularExpressions;
using Coach.Core.Domain.Words;

namespace Coach.Core.Domain.CheckIns;

/// <summary>
/// Reads a time zone as people type it: an offset ("UTC+3", "GMT-5", "+5:30", "−4") or a city from
/// <c>Domain/CheckIns/Words/zones.json</c> ("Москва", "Novosibirsk"), as minutes from UTC.
/// </summary>
public static partial class TimeZoneReader
{
    private static readonly IReadOnlyDictionary<string, int> Cities = WordFiles.Load<Dictionary<string, int>>("CheckIns", "zones");

    /// <summary>The offset in minutes, or null when the text is neither an offset within −12…+14 hours nor a known city.</summary>
    public static int? Read(string text)
    {
        var typed = text.Trim().ToLowerInvariant().Replace('ё', 'е').Replace('−', '-').Replace('–', '-').Trim('.', ' ');
        if (Cities.TryGetValue(typed, out var city))
        {
            return city;
        }

        var match = Offset().Match(typed);
        if (!match.Success)
        {
            // "г. Казань", "Казань, Татарстан": a known city as a whole word of the answer.
            var words = $" {Regex.Replace(typed, @"[,.;()]", " ")} ";
            var found = Cities.Where(c => words.Contains($" {c.Key} ", StringComparison.Ordinal)).OrderByDescending(c => c.Key.Length).ToList();
            return found.Count > 0 ? found[0].Value : null;
        }

        var hours = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minutes = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        if (minutes is not (0 or 30 or 45))
        {
            return null;
        }

        var offset = (match.Groups["sign"].Value == "-" ? -1 : 1) * (hours * 60 + minutes);
        return offset is >= -12 * 60 and <= 14 * 60 ? offset : null;
    }

    /// <summary>"UTC+3", "UTC−5", "UTC+5:30", "UTC".</summary>
    public static string Show(int offsetMinutes)
    {
        if (offsetMinutes == 0)
        {
            return "UTC";
        }

        var sign = offsetMinutes < 0 ? "−" : "+";
        var size = Math.Abs(offsetMinutes);
        return size % 60 == 0
            ? $"UTC{sign}{size / 60}"
            : string.Create(CultureInfo.InvariantCulture, $"UTC{sign}{size / 60}:{size % 60:00}");
    }

    [GeneratedRegex(@"^(?:(?:utc|gmt)\s*)?(?<sign>[+-])\s*(?<h>\d{1,2})(?:[:.]?(?<m>\d{2}))?(?:\s*h)?$")]
    private static partial Regex Offset();
}
