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
                return KpiFlow.AnswerChannels(context.Session, t, rows, context.Utc);
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

        var split = ReadSplit(metric, rest, t.Language);
        if (split.Readings.Count > 1)
        {
            return new FeatureResult([Readings(t, metric, split.Readings)]);
        }

        var (values, problem) = (split.Values, split.Problem);
        if (problem is not null)
        {
            KpiFlow.Prefill(context.Session, metric, values.Where(v => v.Key != problem.InputKey).ToDictionary());
            var input = metric.Inputs.FirstOrDefault(i => i.Key == problem.InputKey) ?? metric.Inputs[^1];
            var message = new Reply(t.Format("kpi.command.problem", ("problem", new Markup(KpiText.Problem(t, problem)))));
            return KpiFlow.AskFor(context.Session, metric, input, [message]);
        }

        var answer = KpiFlow.Answer(context.Session, t, metric, values);
        if (split.Chosen is not { } chosen)
        {
            return answer;
        }

        // Another split of the same words also fills every input: say which reading was taken.
        var note = new Reply(t.Format("kpi.reading.taken", ("values", Show(t, chosen))));
        return answer with { Replies = [note, .. answer.Replies] };
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
    /// values that use them all, the ones that fill the most inputs count.
    /// </summary>
    public static (Dictionary<string, KpiValue> Values, KpiProblem? Problem) ReadPositional(KpiMetric metric, string text, string? language = null)
    {
        var split = ReadSplit(metric, text, language);
        return (split.Values, split.Problem);
    }

    /// <summary>One way to cut the words: each input's words and value, in input order.</summary>
    public sealed record Cut(IReadOnlyList<(KpiInput Input, string Words, KpiValue Value)> Pieces)
    {
        public Dictionary<string, KpiValue> Values => Pieces.ToDictionary(p => p.Input.Key, p => p.Value);
    }

    /// <summary>
    /// The reading of a /kpi line. When several cuts fill the inputs, the one clearly plausible
    /// (<see cref="KpiPlausibility"/>) is taken and returned as <paramref name="Chosen"/> so the reply
    /// can say so; when none or several are, they are all in <paramref name="Readings"/>, to ask.
    /// </summary>
    public sealed record Split(Dictionary<string, KpiValue> Values, KpiProblem? Problem, Cut? Chosen, IReadOnlyList<Cut> Readings);

    public static Split ReadSplit(KpiMetric metric, string text, string? language = null)
    {
        var words = text.Replace(", ", " ").Replace(';', ' ').Split((char[])[' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries).ToList();
        var cuts = new List<Cut>();
        Cuts(metric.Inputs, 0, words, 0, [], cuts, language);
        if (cuts.Count > 0)
        {
            var most = cuts.Max(c => c.Pieces.Count);
            var full = cuts.Where(c => c.Pieces.Count == most).ToList();
            if (full.Count == 1)
            {
                return new Split(full[0].Values, null, null, []);
            }

            var plausible = full.Where(c => KpiPlausibility.IsPlausible(metric, c.Values)).ToList();
            return plausible.Count == 1
                ? new Split(plausible[0].Values, null, plausible[0], [])
                : new Split([], null, null, (plausible.Count > 1 ? plausible : full).Take(MaxReadings).ToList());
        }

        // A metric that is one sum (reach: the channels' contacts) takes every number given, with or without "+".
        if (metric.Inputs is [{ Many: true } sum] && Addends(words, 0, language) is { Count: > 1 } addends
            && KpiInputReader.TryRead(sum, string.Join(" + ", addends), out var total, out _, language))
        {
            return new Split(new Dictionary<string, KpiValue> { [sum.Key] = total }, null, null, []);
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

        return new Split(values, first ?? new KpiProblem(metric.Inputs[^1].Key, "too_many"), null, []);
    }

    // "30 000 + 25 000 + 15 000 + 20 000" is eleven words.
    private const int MaxWordsPerValue = 24;

    // Buttons for a phone screen; more readings than this are not a line anyone meant.
    private const int MaxReadings = 4;

    // Every cut of the words from a position into values of the inputs from an index that uses them all.
    private static void Cuts(IReadOnlyList<KpiInput> inputs, int inputIndex, List<string> words, int position,
        List<(KpiInput, string, KpiValue)> taken, List<Cut> found, string? language)
    {
        if (position == words.Count)
        {
            found.Add(new Cut([.. taken]));
            return;
        }

        if (inputIndex == inputs.Count || found.Count > 4 * MaxReadings)
        {
            return;
        }

        var input = inputs[inputIndex];
        for (var length = 1; length <= Math.Min(MaxWordsPerValue, words.Count - position); length++)
        {
            var piece = string.Join(' ', words.Skip(position).Take(length));
            // A count never carries a currency: "90000 ₽ 80" is 90 000 ₽ and 80, not 90 000 and 80 ₽.
            if (KpiInputReader.TryRead(input, piece, out var value, out _, language)
                && !(input.Kind == KpiInputKind.Count && value.Currency != Parsing.NumberUnit.None))
            {
                taken.Add((input, piece, value));
                Cuts(inputs, inputIndex + 1, words, position + length, taken, found, language);
                taken.RemoveAt(taken.Count - 1);
            }
        }
    }

    // "375 500 and 250 000": each piece as the user wrote it, numbers in the chat's format.
    private static string Show(Texts.Texts t, Cut cut) =>
        string.Join(t["kpi.reading.and"], cut.Pieces.Select(p =>
            Parsing.NumberParser.TryParse(p.Words, out var number, out _, allowNegative: true, t.Language)
                ? Parsing.NumberFormatter.Format(number.Value, t.Language, number.Unit)
                : p.Words));

    // The same pieces as "/kpi" arguments that read one way only: numbers without spaces.
    private static string Arguments(Texts.Texts t, Cut cut) =>
        string.Join(' ', cut.Pieces.Select(p =>
            Parsing.NumberParser.TryParse(p.Words, out var number, out _, allowNegative: true, t.Language) && number.Unit == Parsing.NumberUnit.None
                ? KpiRecognizer.ArgumentText(number.Value)
                : p.Words));

    private static Reply Readings(Texts.Texts t, KpiMetric metric, IReadOnlyList<Cut> readings) =>
        new(t.Format("kpi.reading.which", ("metric", KpiText.Name(t, metric))))
        {
            Buttons = readings
                .Select(cut => new Button(Show(t, cut), ButtonData.Command("kpi", $"{metric.Id} {Arguments(t, cut)}")))
                .Where(b => System.Text.Encoding.UTF8.GetByteCount(b.Data) <= ButtonData.MaxBytes)
                .Select(b => (IReadOnlyList<Button>)[b])
                .ToList(),
        };

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
