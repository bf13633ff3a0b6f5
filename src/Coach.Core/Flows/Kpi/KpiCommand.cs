using Coach.Core.Dialogue;
using Coach.Core.Domain.Kpi;
using Coach.Core.Texts;

namespace Coach.Core.Flows.Kpi;

/// <summary>
/// /kpi: "/kpi cac 90000 80", "/kpi ltv 280 2/week 1y". Alone it lists the metrics with their
/// syntax. Missing numbers are asked one by one; a bad one is named, with an example.
/// </summary>
public static class KpiCommand
{
    public static readonly CommandDefinition Definition = new("kpi", Handle);

    public static FeatureResult Handle(FeatureContext context, string args)
    {
        var t = context.Texts;
        if (args.Trim().Length == 0)
        {
            return new FeatureResult([Syntax(t)]);
        }

        if (Channels(args) is { } table)
        {
            if (ChannelRowsAnswer.TryRead(table, out var rows, out var code, out var line))
            {
                return KpiFlow.AnswerChannels(context.Session, t, rows);
            }

            return new FeatureResult([new Reply(ChannelRowsAnswer.Problem(t, code, line))])
            {
                ContinueAt = KpiFlow.ChannelsState,
            };
        }

        if (!TrySplitMetric(args, out var metric, out var rest))
        {
            var name = args.Trim().Split(' ')[0];
            return new FeatureResult([new Reply(t.Format("kpi.command.unknown", ("name", name))), Syntax(t)]);
        }

        var (values, problem) = ReadPositional(metric, rest, t.Language);
        if (problem is not null)
        {
            KpiFlow.Prefill(context.Session, metric, values.Where(v => v.Key != problem.InputKey).ToDictionary());
            var input = metric.Inputs.FirstOrDefault(i => i.Key == problem.InputKey) ?? metric.Inputs[^1];
            var message = new Reply(t.Format("kpi.command.problem", ("problem", new Markup(KpiText.Problem(t, problem)))));
            return KpiFlow.AskFor(context.Session, metric, input, [message]);
        }

        return KpiFlow.Answer(context.Session, t, metric, values);
    }

    // "/kpi channels VK 30000 40 10; Context 25000 35 12" (also "каналы").
    private static string? Channels(string args)
    {
        var trimmed = args.Trim();
        foreach (var word in new[] { KpiFlow.Channels, "каналы", "каналов" })
        {
            if (trimmed.StartsWith(word, StringComparison.OrdinalIgnoreCase) && (trimmed.Length == word.Length || char.IsWhiteSpace(trimmed[word.Length])))
            {
                return trimmed[word.Length..];
            }
        }

        return null;
    }

    /// <summary>The metric the text starts with (its id or an alias, the longest that fits) and the rest.</summary>
    public static bool TrySplitMetric(string text, out KpiMetric metric, out string rest)
    {
        var lowered = text.Trim().ToLowerInvariant().Replace('ё', 'е');
        foreach (var (alias, candidate) in KpiCatalog.All.SelectMany(m => m.Aliases.Append(m.Id).Select(a => (a, m))).OrderByDescending(x => x.a.Length))
        {
            if (lowered.StartsWith(alias, StringComparison.Ordinal) && (lowered.Length == alias.Length || !char.IsLetterOrDigit(lowered[alias.Length])))
            {
                metric = candidate;
                rest = text.Trim()[alias.Length..];
                return true;
            }
        }

        metric = null!;
        rest = "";
        return false;
    }

    /// <summary>
    /// Reads the numbers in the order of the metric's inputs. Numbers may contain spaces
    /// ("90 000"), so "900 800" could be one number or two: of the ways to cut the words into
    /// values that use them all, the one that fills the most inputs wins.
    /// </summary>
    public static (Dictionary<string, KpiValue> Values, KpiProblem? Problem) ReadPositional(KpiMetric metric, string text, string? language = null)
    {
        var words = text.Replace(", ", " ").Replace(';', ' ').Split((char[])[' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries).ToList();
        var best = Cut(metric.Inputs, 0, words, 0, language);
        if (best is not null)
        {
            return (best, null);
        }

        // A metric that is one sum (reach: the channels' contacts) takes every number given, with or without "+".
        if (metric.Inputs is [{ Many: true } sum] && Addends(words, 0, language) is { Count: > 1 } addends
            && KpiInputReader.TryRead(sum, string.Join(" + ", addends), out var total, out _, language))
        {
            return (new Dictionary<string, KpiValue> { [sum.Key] = total }, null);
        }

        // No cut uses every word: read greedily, name the first value that does not fit, and keep
        // the values after it (a bad word counts as one input) so that only it is asked again.
        var values = new Dictionary<string, KpiValue>();
        KpiProblem? first = null;
        var position = 0;
        foreach (var input in metric.Inputs)
        {
            if (position >= words.Count)
            {
                break;
            }

            var taken = Longest(input, words, position, out var value, out var problem, language);
            if (taken == 0)
            {
                first ??= new KpiProblem(input.Key, problem);
                position++;
                continue;
            }

            values[input.Key] = value!;
            position += taken;
        }

        return (values, first ?? new KpiProblem(metric.Inputs[^1].Key, "too_many"));
    }

    // "30 000 + 25 000 + 15 000 + 20 000" is eleven words.
    private const int MaxWordsPerValue = 24;

    private static Dictionary<string, KpiValue>? Cut(IReadOnlyList<KpiInput> inputs, int inputIndex, List<string> words, int position, string? language)
    {
        if (position == words.Count)
        {
            return new Dictionary<string, KpiValue>();
        }

        if (inputIndex == inputs.Count)
        {
            return null;
        }

        Dictionary<string, KpiValue>? best = null;
        var input = inputs[inputIndex];
        for (var length = 1; length <= Math.Min(MaxWordsPerValue, words.Count - position); length++)
        {
            if (!KpiInputReader.TryRead(input, string.Join(' ', words.Skip(position).Take(length)), out var value, out _, language))
            {
                continue;
            }

            var rest = Cut(inputs, inputIndex + 1, words, position + length, language);
            if (rest is not null && (best is null || rest.Count + 1 > best.Count))
            {
                rest[input.Key] = value;
                best = rest;
            }
        }

        return best;
    }

    // The words from a position cut into the fewest numbers ("15 000 90 000 8 000" is three), or null.
    private static List<string>? Addends(List<string> words, int position, string? language)
    {
        var fewest = new List<string>?[words.Count + 1];
        fewest[words.Count] = [];
        for (var start = words.Count - 1; start >= position; start--)
        {
            for (var length = 1; length <= Math.Min(MaxWordsPerValue, words.Count - start); length++)
            {
                var piece = string.Join(' ', words.Skip(start).Take(length));
                if (fewest[start + length] is { } rest && (fewest[start] is null || rest.Count + 1 < fewest[start]!.Count)
                    && Parsing.NumberParser.TryParse(piece, out _, out _, allowNegative: true, language))
                {
                    fewest[start] = [piece, .. rest];
                }
            }
        }

        return fewest[position];
    }

    private static int Longest(KpiInput input, List<string> words, int position, out KpiValue? value, out string problem, string? language)
    {
        value = null;
        problem = "notanumber";
        for (var length = Math.Min(words.Count - position, MaxWordsPerValue); length >= 1; length--)
        {
            if (KpiInputReader.TryRead(input, string.Join(' ', words.Skip(position).Take(length)), out var read, out var error, language))
            {
                value = read;
                return length;
            }

            if (length == 1)
            {
                problem = error;
            }
        }

        return 0;
    }

    private static Reply Syntax(Texts.Texts t)
    {
        var lines = new List<string> { t["kpi.command.title"] };
        foreach (var metric in KpiCatalog.All)
        {
            var inputs = string.Join(' ', metric.Inputs.Select(i => TextCatalog.Escape($"<{t[$"kpi.input.{i.Key}.short"]}{(i.Optional ? "?" : "")}>")));
            lines.Add($"<code>/kpi {metric.Id} {inputs}</code> · {TextCatalog.Escape(t[$"kpi.{metric.Id}.name"])}");
        }

        lines.Add(t["kpi.command.channels"]);
        lines.Add(t["kpi.command.examples"]);
        return new Reply(string.Join("\n", lines))
        {
            Buttons = [[new Button(t["kpi.button.guided"], ButtonData.Open(KpiFlow.Id))]],
        };
    }
}
