using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace LocalMesh.Telemetry;

/// <summary>LocalMesh's OpenTelemetry sources: one <see cref="ActivitySource"/> and one <see cref="Meter"/>, both named <see cref="Name"/>.</summary>
public sealed class LocalMeshTelemetry : IDisposable
{
    /// <summary>The source and meter name to subscribe to.</summary>
    public const string Name = "LocalMesh";

    /// <summary>Traces of routed requests.</summary>
    public static readonly ActivitySource ActivitySource = new(Name);

    private readonly Meter _meter;

    /// <summary>Creates the instruments.</summary>
    /// <param name="meters">Where the meter comes from.</param>
    /// <param name="ledger">The audit ledger, whose writer's backlog and losses are observed.</param>
    public LocalMeshTelemetry(IMeterFactory meters, Ledger.AuditLedger ledger)
    {
        _meter = meters.Create(Name);
        LedgerPending = _meter.CreateObservableGauge("localmesh.ledger.pending", () => ledger.Pending, unit: "{record}",
            description: "Audit ledger records queued and not yet committed (written every Audit:CommitIntervalSeconds).");
        LedgerDropped = _meter.CreateObservableCounter("localmesh.ledger.dropped", () => ledger.Dropped, unit: "{record}",
            description: "Audit ledger records that could not be written (each is also logged as an error).");
        Requests = _meter.CreateCounter<long>("localmesh.requests", description: "Requests by operation, tier, backend, domain and outcome.");
        Duration = _meter.CreateHistogram<double>("localmesh.request.duration", unit: "s", description: "Time to answer (first byte for streams).");
        Overhead = _meter.CreateHistogram<double>("localmesh.request.overhead", unit: "s", description: "The node's own time per chat request up to the response headers, without the wait on backends (x-localmesh-overhead-ms), by tier.");
        BytesKeptLocal = _meter.CreateCounter<long>("localmesh.bytes.kept_local", unit: "By", description: "Client request bytes answered without leaving the machine.");
        BytesSent = _meter.CreateCounter<long>("localmesh.bytes.sent", unit: "By", description: "Bytes sent to backends, by tier.");
        Cost = _meter.CreateCounter<double>("localmesh.cost", description: "Estimated cost of backend calls, by backend.");
        Queued = _meter.CreateCounter<long>("localmesh.jobs.queued", description: "Requests stored in the offline queue.");
        AnswerCacheLookups = _meter.CreateCounter<long>("localmesh.kb.cache.lookups", description: "Knowledge-base answer cache lookups, by result (hit, miss).");
    }

    /// <summary>Requests handled.</summary>
    public Counter<long> Requests { get; }

    /// <summary>Ledger records queued and not yet committed.</summary>
    public ObservableGauge<long> LedgerPending { get; }

    /// <summary>Ledger records that could not be written.</summary>
    public ObservableCounter<long> LedgerDropped { get; }

    /// <summary>Knowledge-base answer cache lookups, tagged <c>result</c> = hit or miss.</summary>
    public Counter<long> AnswerCacheLookups { get; }

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

    /// <inheritdoc />
    public void Dispose() => _meter.Dispose();
}
