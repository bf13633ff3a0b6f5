using System.Globalization;
using Coach.Core.Dialogue;
using Coach.Core.Domain.Kpi;
using Coach.Core.Parsing;

namespace Coach.Core.Flows.Kpi;

/// <summary>
/// Numbers that were not enough for a metric wait in the session for the next message: a lone
/// number typed then ("80" after "spent 90 000 on ads") completes them instead of being lost.
/// </summary>
public static partial class KpiRecognizer
{
    /// <summary>
    /// What the numbers alone usually mean, so a lone number completes it without a question:
    /// money spent on ads and then a count is the cost of a new customer.
    /// </summary>
    private static readonly (string[] Slots, string Metric)[] UsualReadings =
    [
        ([KpiSlots.Spend], "cac"),
    ];

    // The waiting numbers are read once: whatever the next message is, they do not wait longer.
    private static IReadOnlyDictionary<string, ParsedNumber>? TakePending(Session session)
    {
        var pending = session.PendingKpiNumbers;
        session.PendingKpiNumbers = null;
        return pending is null ? null : DecodePending(pending);
    }

    private static FeatureResult? CompletePending(FeatureContext context, IReadOnlyDictionary<string, ParsedNumber> slots, string text)
    {
        var t = context.Texts;
        if (slots.Count == 0 || !NumberParser.TryParse(text, out var number, out _, language: t.Language))
        {
            return null;
        }

        var offered = Candidates(slots).Where(m => Arguments(m, slots).Length > 0).ToList();
        var usual = UsualReadings.FirstOrDefault(u => u.Slots.Order().SequenceEqual(slots.Keys.Order())).Metric;
        if (offered.FirstOrDefault(m => m.Id == usual) is { } metric)
        {
            var values = Fill(metric, slots) ?? [];
            var missing = metric.Inputs.First(i => !values.ContainsKey(i.Key));
            values[missing.Key] = new KpiValue(number.Value, [number.Value], null, IsMoney(number) ? number.Unit : NumberUnit.None);
            return KpiFlow.Answer(context.Session, t, metric, values, context.Utc);
        }

        var buttons = CommandButtons(t, offered, slots, ArgumentText(number.Value));
        if (buttons.Count == 0)
        {
            return null;
        }

        buttons.Add([MenuButton(t)]);
        var shown = NumberFormatter.Format(number.Value, t.Language, number.Unit);
        return new FeatureResult([new Reply(t.Format("kpi.recognizer.which_number", ("number", shown))) { Buttons = buttons }]);
    }

    // A number for a "/kpi" button: "1.125" would read as 1 125 in Russian, "1.1250" reads as 1.125 in both languages.
    internal static string ArgumentText(decimal value)
    {
        var text = value.ToString(CultureInfo.InvariantCulture);
        var dot = text.IndexOf('.');
        return dot >= 0 && text.Length - dot - 1 == 3 ? text + "0" : text;
    }

    // "spend=90000:Rub;clicks=4000:None": invariant numbers, so a stored session reads back the same anywhere.
    private static string EncodePending(IReadOnlyDictionary<string, ParsedNumber> slots) =>
        string.Join(';', slots.Select(s => $"{s.Key}={s.Value.Value.ToString(CultureInfo.InvariantCulture)}:{s.Value.Unit}"));

    private static Dictionary<string, ParsedNumber> DecodePending(string encoded)
    {
        var slots = new Dictionary<string, ParsedNumber>();
        foreach (var entry in encoded.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = entry.Split('=', ':');
            if (parts.Length == 3
                && decimal.TryParse(parts[1], NumberStyles.Number, CultureInfo.InvariantCulture, out var value)
                && Enum.TryParse<NumberUnit>(parts[2], out var unit))
            {
                slots[parts[0]] = new ParsedNumber(value, unit);
            }
        }

        return slots;
    }
}
