using Coach.Core.Dialogue;
using Coach.Core.Domain.Kpi;

namespace Coach.Core.Flows.Kpi;

/// <summary>
/// The guided KPI calculator: a chooser flow ("kpi": pick a metric) that continues into one
/// small flow per metric ("kpi_cac": one question per input), declared from the metric
/// catalogue. A metric's flow keeps the last inputs, so recomputing with one changed number is
/// a press of "Keep" for the others.
/// </summary>
public static class KpiFlow
{
    public const string Id = "kpi";

    /// <summary>The channel comparison: a table rather than a formula, offered beside the metrics.</summary>
    public const string Channels = "channels";

    public static readonly string ChannelsState = DialogueStates.Of("kpi_channels", "rows");

    public static string FlowId(KpiMetric metric) => $"kpi_{metric.Id}";

    public static string StateOf(KpiMetric metric, KpiInput input) => DialogueStates.Of(FlowId(metric), input.Key);

    public static IEnumerable<FlowDefinition> Create()
    {
        var metrics = KpiCatalog.All;
        yield return new FlowDefinition(
            Id,
            [new StepDefinition("metric", new ChoiceAnswer([.. metrics.Select(m => m.Id), Channels]) { Columns = 3, PickByWords = false })],
            context => Choose(context))
        {
            FreshStart = true,
            Aside = true,
        };

        yield return new FlowDefinition("kpi_channels", [new StepDefinition("rows", new ChannelRowsAnswer())], CompleteChannels)
        {
            Title = "kpi.channels.name",
            InMenu = false,
            Aside = true,
        };

        foreach (var metric in metrics)
        {
            var steps = metric.Inputs.Select(input => new StepDefinition(input.Key, new KpiAnswer(input))
            {
                Optional = input.Optional,
                TextPrefix = $"kpi.input.{input.Key}",
                Why = "kpi.input.why",
            });
            yield return new FlowDefinition(FlowId(metric), steps.ToList(), context => Complete(context, metric))
            {
                Title = $"kpi.{metric.Id}.name",
                InMenu = false,
                Aside = true,
            };
        }
    }

    /// <summary>The inputs saved for a metric, decoded.</summary>
    public static Dictionary<string, KpiValue> Values(Session session, KpiMetric metric)
    {
        var values = new Dictionary<string, KpiValue>();
        // An index loop: a foreach over the IReadOnlyList would box its enumerator on every card.
        for (var n = 0; n < metric.Inputs.Count; n++)
        {
            var input = metric.Inputs[n];
            if (KpiValueCodec.Decode(session.Answer(StateOf(metric, input))) is { } value)
            {
                values[input.Key] = value;
            }
        }

        return values;
    }

    /// <summary>Saves given inputs as the metric flow's answers (clearing the others), for the command and free text.</summary>
    public static void Prefill(Session session, KpiMetric metric, IReadOnlyDictionary<string, KpiValue> values)
    {
        for (var n = 0; n < metric.Inputs.Count; n++)
        {
            var input = metric.Inputs[n];
            var key = StateOf(metric, input);
            if (values.TryGetValue(input.Key, out var value))
            {
                session.Answers[key] = KpiValueCodec.Encode(value);
            }
            else
            {
                session.Answers.Remove(key);
            }
        }
    }

    /// <summary>Computes, records and answers; or names the problem and continues at the input to fix.</summary>
    /// <param name="session">The chat's session: the inputs are saved as the metric flow's answers, the result in the history.</param>
    /// <param name="t">The chat's texts.</param>
    /// <param name="metric">The metric.</param>
    /// <param name="values">Its inputs, as read.</param>
    /// <param name="utc">Now, for the history record.</param>
    /// <param name="subject">What the numbers are when not the usual ones (see <see cref="KpiCards.Result"/>); a change that
    /// is not of traffic is not recorded as traffic growth.</param>
    public static FeatureResult Answer(
        Session session, Texts.Texts t, KpiMetric metric, IReadOnlyDictionary<string, KpiValue> values, DateTime utc, string? subject = null)
    {
        var outcome = KpiCalculator.Compute(metric, values);
        if (outcome.Missing.Count > 0)
        {
            Prefill(session, metric, values);
            return AskFor(session, metric, outcome.Missing[0], []);
        }

        if (outcome.Problem is { } problem)
        {
            // The faulty value is not kept: a "Keep" button would only send it again.
            var kept = values.Where(v => v.Key != problem.InputKey).ToDictionary();
            Prefill(session, metric, kept);
            return AskFor(session, metric, metric.Inputs.First(i => i.Key == problem.InputKey), [new Reply(KpiText.Problem(t, problem))]);
        }

        // Saved as the metric flow's answers too, so recomputing offers them to keep.
        Prefill(session, metric, values);
        var result = outcome.Result!;
        // A change in revenue or sales is not traffic growth: recorded as that, /status and the remarks would call it so.
        if (subject is null || metric.Id != "traffic_growth")
        {
            session.KpiHistory.Add(KpiRecord.From(result, utc));
            Trim(session);
        }

        var chart = KpiCards.Chart(t, result);
        var remarks = Remarks.ConsultantRemarks.ForKpi(session, t, metric.Id);
        return new FeatureResult(
        [
            new Reply(string.Join("\n\n", [KpiCards.Result(t, result, subject), .. remarks]))
            {
                Charts = chart is null ? [] : [chart],
                Buttons = [[new Button(t["kpi.button.another"], ButtonData.Open(Id)), new Button(t["button.menu"], ButtonData.Command("menu"))]],
            },
        ]);
    }

    /// <summary>
    /// Compares the channels, records the blended figures, keeps each channel's CAC for the channel plan and answers
    /// with the card and chart; a channel name Coach cannot read as one of the plan's is asked about next.
    /// </summary>
    public static FeatureResult AnswerChannels(Session session, Texts.Texts t, IReadOnlyList<ChannelRow> rows, DateTime utc)
    {
        var result = ChannelComparison.Compare(rows);
        session.KpiHistory.Add(new KpiRecord
        {
            Metric = Channels,
            Value = result.BlendedCac ?? 0,
            Inputs = new Dictionary<string, decimal> { ["spend"] = result.TotalSpend, ["customers"] = result.TotalCustomers, ["channels"] = rows.Count },
            Currency = rows.Select(r => r.Currency).FirstOrDefault(u => u != Parsing.NumberUnit.None).ToString(),
            Utc = utc,
        });
        Trim(session);
        ChannelMatchFlow.Keep(session, rows, utc);
        var card = ChannelCards.Result(t, result);
        return ChannelMatchFlow.Pending(session) is null
            ? new FeatureResult([card, ChannelMatchFlow.Read(t, session, utc)])
            : new FeatureResult([card]) { ContinueAt = ChannelMatchFlow.State };
    }

    // Continues at one input. When it is the only one still missing, answering it computes the
    // metric at once instead of walking past the inputs already given.
    public static FeatureResult AskFor(Session session, KpiMetric metric, KpiInput input, IReadOnlyList<Reply> replies)
    {
        var state = StateOf(metric, input);
        var others = metric.Required.Where(i => i != input);
        session.EditOnly = others.All(i => session.HasAnswer(StateOf(metric, i))) ? state : null;
        return new FeatureResult(replies) { ContinueAt = state };
    }

    private static FeatureResult CompleteChannels(StepContext context) =>
        AnswerChannels(context.Session, context.Texts, ChannelRowsAnswer.Decode(context.Session.Answer(ChannelsState)), context.Utc);

    private static void Trim(Session session)
    {
        if (session.KpiHistory.Count > KpiRecord.Keep)
        {
            session.KpiHistory.RemoveRange(0, session.KpiHistory.Count - KpiRecord.Keep);
        }
    }

    private static FeatureResult Choose(StepContext context)
    {
        if (context.Session.Answer(DialogueStates.Of(Id, "metric")) == Channels)
        {
            return new FeatureResult([]) { ContinueAt = ChannelsState };
        }

        var metric = KpiCatalog.Find(context.Session.Answer(DialogueStates.Of(Id, "metric")) ?? "") ?? KpiCatalog.All[0];
        return new FeatureResult([]) { ContinueAt = StateOf(metric, metric.Inputs[0]) };
    }

    private static FeatureResult Complete(StepContext context, KpiMetric metric) =>
        Answer(context.Session, context.Texts, metric, Values(context.Session, metric), context.Utc);
}
