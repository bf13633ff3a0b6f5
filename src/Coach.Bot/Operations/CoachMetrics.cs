using System.Diagnostics.Metrics;
using Coach.Storage;

namespace Coach.Bot.Operations;

/// <summary>
/// Coach's own instruments (meter "Coach"), exported on /metrics in Prometheus format when Metrics:Enabled:
/// updates handled by outcome and how long each took, the inbox's pending updates, Bot API retries and replies
/// that could not be sent, language-model calls by outcome and the drafts that fell back to a template.
/// </summary>
public sealed class CoachMetrics
{
    public const string MeterName = "Coach";

    private readonly Counter<long> _updates;
    private readonly Histogram<double> _handling;
    private readonly Counter<long> _botApiRetries;
    private readonly Counter<long> _botApiFailures;
    private readonly Counter<long> _modelCalls;
    private readonly Counter<long> _modelFallbacks;

    public CoachMetrics(IMeterFactory meters, IUpdateInbox? inbox = null)
    {
        var meter = meters.Create(MeterName);
        _updates = meter.CreateCounter<long>("coach.updates.handled", "{update}", "Telegram updates handled, by outcome (handled, failed, forgotten)");
        _handling = meter.CreateHistogram<double>("coach.update.duration", "s", "Time to handle one update, replies sent included");
        _botApiRetries = meter.CreateCounter<long>("coach.botapi.retries", "{retry}", "Bot API calls retried after a 5xx, a timeout or a lost connection");
        _botApiFailures = meter.CreateCounter<long>("coach.botapi.failures", "{reply}", "Replies that could not be sent after the retries");
        _modelCalls = meter.CreateCounter<long>("coach.llm.calls", "{call}", "Language-model calls, by outcome (ok, timeout, unavailable, quota, error)");
        _modelFallbacks = meter.CreateCounter<long>("coach.llm.fallbacks", "{draft}", "Model answers not used (failed or refused by the output guard): the template went out instead");
        if (inbox is not null)
        {
            meter.CreateObservableGauge("coach.inbox.pending", () => PendingOf(inbox), "{update}", "Updates accepted and not yet handled (in PostgreSQL: by every replica)");
        }
    }

    public void UpdateHandled(string outcome, TimeSpan took)
    {
        _updates.Add(1, new KeyValuePair<string, object?>("outcome", outcome));
        _handling.Record(took.TotalSeconds);
    }

    public void BotApiRetried() => _botApiRetries.Add(1);

    public void BotApiFailed() => _botApiFailures.Add(1);

    public void ModelCalled(string outcome)
    {
        _modelCalls.Add(1, new KeyValuePair<string, object?>("outcome", outcome));
        if (outcome != "ok")
        {
            _modelFallbacks.Add(1);
        }
    }

    public void ModelRefused() => _modelFallbacks.Add(1);

    // A store that does not answer gives no reading rather than failing the scrape.
    private static IEnumerable<Measurement<long>> PendingOf(IUpdateInbox inbox)
    {
        long pending;
        try
        {
            pending = inbox.PendingCount();
        }
        catch (Exception)
        {
            return [];
        }

        return [new Measurement<long>(pending)];
    }
}
