using System.Diagnostics;
using System.Diagnostics.Metrics;
using LocalMesh.Configuration;

namespace LocalMesh.Telemetry;

/// <summary>LocalMesh's OpenTelemetry sources: one <see cref="ActivitySource"/> and one <see cref="Meter"/>, both named <see cref="Name"/>.</summary>
public sealed class LocalMeshTelemetry : IDisposable
{
    /// <summary>The source and meter name to subscribe to.</summary>
    public const string Name = "LocalMesh";

    /// <summary>Traces of routed requests: <see cref="RouteActivity"/> spans, and the GenAI spans of backend calls under them.</summary>
    public static readonly ActivitySource ActivitySource = new(Name);

    private readonly Meter _meter;
    private readonly Ledger.AuditLedger _ledger;

    /// <summary>Creates the instruments.</summary>
    /// <param name="meters">Where the meter comes from.</param>
    /// <param name="ledger">The audit ledger, whose writer's backlog and losses are observed and whose crossings are counted.</param>
    /// <param name="jobs">The offline queue, whose backlog is observed.</param>
    /// <param name="time">The node's clock, against which the oldest queued job's age is read; <see cref="TimeProvider.System"/> when null.</param>
    public LocalMeshTelemetry(IMeterFactory meters, Ledger.AuditLedger ledger, Queue.JobStore jobs, TimeProvider? time = null)
    {
        time ??= TimeProvider.System;
        _meter = meters.Create(Name);
        _ledger = ledger;
        LedgerPending = _meter.CreateObservableGauge("localmesh.ledger.pending", () => ledger.Pending, unit: "{record}",
            description: "Audit ledger records queued and not yet committed (written every Audit:CommitIntervalSeconds).");
        LedgerDropped = _meter.CreateObservableCounter("localmesh.ledger.dropped", () => ledger.Dropped, unit: "{record}",
            description: "Audit ledger records that could not be written (each is also logged as an error).");
        Requests = _meter.CreateCounter<long>("localmesh.requests", description: "Requests by operation, tier, backend, domain and outcome.");
        Duration = _meter.CreateHistogram<double>("localmesh.request.duration", unit: "s", description: "Time to answer (first byte for streams).");
        Overhead = _meter.CreateHistogram<double>("localmesh.request.overhead", unit: "s", description: "The node's own time per chat request up to the response headers, without the wait on backends (x-localmesh-overhead-ms), by tier.");
        BytesKeptLocal = _meter.CreateCounter<long>("localmesh.bytes.kept_local", unit: "By", description: "Client request bytes answered without leaving the machine.");
        BytesSent = _meter.CreateCounter<long>("localmesh.bytes.sent", unit: "By", description: "Request bytes sent to backends (as the ledger records each crossing), by tier and backend.");
        Cost = _meter.CreateCounter<double>("localmesh.cost", description: "Estimated cost of backend calls from their configured prices (as the ledger records each crossing), by backend.");
        Queued = _meter.CreateCounter<long>("localmesh.jobs.queued", description: "Requests stored in the offline queue.");
        AnswerCacheLookups = _meter.CreateCounter<long>("localmesh.kb.cache.lookups", description: "Knowledge-base answer cache lookups, by result (hit, miss).");
        CacheLookups = _meter.CreateCounter<long>("localmesh.cache.lookups", description: "Semantic cache lookups of escalated answers, by result (hit; miss; near_miss: a close question the guard turned down) and domain.");
        QueueDepth = _meter.CreateObservableGauge("localmesh.queue.depth", () => jobs.Backlog().Queued, unit: "{job}",
            description: "Jobs waiting in the offline queue for a backend their policy allows.");
        QueueOldestAge = _meter.CreateObservableGauge("localmesh.queue.oldest_age", () => OldestAge(jobs, time), unit: "s",
            description: "How long the oldest waiting job has waited (0 when none waits).");
        QueueReplays = _meter.CreateCounter<long>("localmesh.queue.replays", unit: "{job}",
            description: "Queued jobs the worker sent again, by outcome: answered, retried (failed, queued again), failed (for good) or no_route (still nothing reachable).");

        // Counted where the ledger records the crossing: the same bytes and cost the audit report sums.
        ledger.CrossingWritten += OnCrossing;
    }

    /// <summary>Requests handled.</summary>
    public Counter<long> Requests { get; }

    /// <summary>Ledger records queued and not yet committed.</summary>
    public ObservableGauge<long> LedgerPending { get; }

    /// <summary>Ledger records that could not be written.</summary>
    public ObservableCounter<long> LedgerDropped { get; }

    /// <summary>Knowledge-base answer cache lookups, tagged <c>result</c> = hit or miss.</summary>
    public Counter<long> AnswerCacheLookups { get; }

    /// <summary>Semantic cache lookups of escalated answers, tagged <c>result</c> (hit, miss, near_miss) and <c>domain</c>.</summary>
    public Counter<long> CacheLookups { get; }

    /// <summary>Request latency.</summary>
    public Histogram<double> Duration { get; }

    /// <summary>The node's own time per request (<c>x-localmesh-overhead-ms</c>).</summary>
    public Histogram<double> Overhead { get; }

    /// <summary>Bytes answered on the machine.</summary>
    public Counter<long> BytesKeptLocal { get; }

    /// <summary>Bytes that crossed to a backend.</summary>
    public Counter<long> BytesSent { get; }

    /// <summary>Estimated cost.</summary>
    public Counter<double> Cost { get; }

    /// <summary>Jobs queued.</summary>
    public Counter<long> Queued { get; }

    /// <summary>Jobs waiting in the offline queue.</summary>
    public ObservableGauge<long> QueueDepth { get; }

    /// <summary>Seconds the oldest waiting job has waited.</summary>
    public ObservableGauge<double> QueueOldestAge { get; }

    /// <summary>Queued jobs sent again, tagged <c>outcome</c>.</summary>
    public Counter<long> QueueReplays { get; }

    /// <summary>
    /// Counts one handled request in <c>localmesh.requests</c>, tagged the same way for every operation: the tier and
    /// backend that answered (<c>none</c> unless it was answered), its domain and outcome.
    /// </summary>
    /// <returns>The tier tag used.</returns>
    public string CountRequest(string operation, Routing.RouteDecision? decision, string? domain, string outcome)
    {
        var ok = outcome == "ok";
        var tier = ok ? decision?.Tier.Name() ?? "none" : "none";
        Requests.Add(1, new("operation", operation), new("tier", tier), new("backend", ok ? decision?.Backend ?? "none" : "none"),
            new("domain", domain ?? "-"), new("outcome", outcome));
        return tier;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _ledger.CrossingWritten -= OnCrossing;
        _meter.Dispose();
    }

    private void OnCrossing(Ledger.CrossingRecord crossing)
    {
        BytesSent.Add(crossing.BytesSent, new KeyValuePair<string, object?>("tier", crossing.Tier), new KeyValuePair<string, object?>("backend", crossing.Backend));
        Cost.Add((double)crossing.Cost, new KeyValuePair<string, object?>("backend", crossing.Backend));
    }

    private static double OldestAge(Queue.JobStore jobs, TimeProvider time) =>
        jobs.Backlog().Oldest is { } oldest ? Math.Max(0, (time.GetUtcNow() - oldest).TotalSeconds) : 0;
}
