using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using LocalMesh.Events;
using LocalMesh.Ledger;
using Microsoft.Extensions.Hosting;

namespace LocalMesh.Server.Dashboard;

/// <summary>
/// Publishes every finished request on the node's event stream as a <c>request.completed</c> event: its route (tier,
/// backend, reason, degraded), latency, status, and what its crossings sent off the machine (bytes, redactions by
/// kind). Built from the ledger's records as they are queued, so the feed shows what the ledger stores. They go only
/// to admin keys that ask for them (<c>GET /v1/localmesh/events?requests=true</c>, see <see cref="Wants"/>), and are not
/// kept for late readers: there is one per request, and the ledger has them all. Thread-safe.
/// </summary>
/// <param name="ledger">Where request and crossing records come from.</param>
/// <param name="events">Where the events go.</param>
public sealed class RequestFeed(AuditLedger ledger, NodeEvents events) : IHostedService
{
    /// <summary>The event's type.</summary>
    public const string EventType = "request.completed";

    /// <summary>How a route reason of an answer from the knowledge base's semantic cache begins.</summary>
    public const string CachedReasonPrefix = "cached answer";

    // Crossings are queued while their request runs and the request's record when it ends; what was sent is gathered
    // here until then. A crossing whose request never writes a record ("direct" embeddings) must not pile up: the
    // gathering is dropped past this many open requests.
    private const int MaxOpen = 10_000;
    private readonly ConcurrentDictionary<string, Sent> _open = new(StringComparer.Ordinal);

    /// <summary>
    /// Whether a reader of the event stream gets <paramref name="e"/>: request events (every key's routes) only when it
    /// <paramref name="asked"/> for them with an admin key; every other event always.
    /// </summary>
    public static bool Wants(NodeEvent e, bool asked, bool admin) => !e.Type.StartsWith("request.", StringComparison.Ordinal) || (asked && admin);

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        ledger.CrossingWritten += OnCrossing;
        ledger.RequestWritten += OnRequest;
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken)
    {
        ledger.CrossingWritten -= OnCrossing;
        ledger.RequestWritten -= OnRequest;
        return Task.CompletedTask;
    }

    private void OnCrossing(CrossingRecord crossing)
    {
        if (!events.HasSubscribers)
        {
            return; // nobody reads the feed: a request that ends before a reader comes is not shown (the ledger has it)
        }

        if (_open.Count >= MaxOpen)
        {
            _open.Clear();
        }

        _open.AddOrUpdate(crossing.RequestId, _ => Sent.Of(crossing), (_, sent) => sent.Add(crossing));
    }

    private void OnRequest(RequestRecord request)
    {
        var sent = _open.TryRemove(request.RequestId, out var s) ? s : Sent.None;
        if (!events.HasSubscribers)
        {
            return; // built per request, an event nobody reads was 6% of what the node allocated under load
        }

        var redactions = new JsonObject();
        foreach (var (kind, count) in RedactedKinds.Parse(sent.Kinds))
        {
            redactions[kind] = count;
        }

        events.Publish(EventType, new JsonObject
        {
            ["request_id"] = request.RequestId,
            ["operation"] = request.Operation,
            ["domain"] = request.Domain,
            ["key"] = request.KeyName,
            ["model"] = request.RequestedModel,
            ["tier"] = request.Tier,
            ["backend"] = request.Backend,
            ["reason"] = request.Reason,
            ["degraded"] = request.Degraded,
            ["status"] = request.Status,
            ["http_status"] = request.HttpStatus,
            ["latency_ms"] = Math.Round(request.LatencyMs, 2),
            ["crossings"] = sent.Crossings,
            ["bytes_sent"] = sent.BytesLeft,
            ["redactions"] = redactions,
            ["cache_hit"] = request.Reason?.StartsWith(CachedReasonPrefix, StringComparison.Ordinal) ?? false,
        }, keep: false);
    }

    /// <summary>What a request's crossings sent so far (immutable; replaced on each crossing).</summary>
    private sealed record Sent(int Crossings, long BytesLeft, string? Kinds)
    {
        public static readonly Sent None = new(0, 0, null);

        public static Sent Of(CrossingRecord c) => None.Add(c);

        public Sent Add(CrossingRecord c) => new(Crossings + 1, BytesLeft + (c.Tier == "local" ? 0 : c.BytesSent),
            c.RedactedKinds is null ? Kinds : Kinds is null ? c.RedactedKinds : Kinds + "," + c.RedactedKinds);
    }
}
