using LocalMesh.Configuration;
using LocalMesh.Routing;
using LocalMesh.Telemetry;

namespace LocalMesh.Ledger;

/// <summary>
/// Records every request the node answers (chat completions, embeddings, queued jobs when they are replayed) the same
/// way: one <see cref="RequestRecord"/> in the ledger and the request metrics (<c>localmesh.requests</c>,
/// <c>localmesh.request.duration</c>, <c>localmesh.bytes.kept_local</c>). The crossings to backends are recorded where
/// they happen (<see cref="LedgerHttpHandler"/>). Thread-safe.
/// </summary>
/// <param name="ledger">Where rows go.</param>
/// <param name="telemetry">Where metrics go.</param>
/// <param name="time">The node's clock (the row's timestamp is when the request began).</param>
public sealed class RequestRecorder(AuditLedger ledger, LocalMeshTelemetry telemetry, TimeProvider time)
{
    /// <summary>Records one request.</summary>
    /// <param name="operation">What was asked: <c>chat.completions</c> or <c>embeddings</c>.</param>
    /// <param name="requestId">The request's id (a replayed job keeps its original id).</param>
    /// <param name="keyName">The caller's API key name, if any.</param>
    /// <param name="context">The request's context once it was built (null when it was refused before: bad body, unknown domain, a blocked one).</param>
    /// <param name="outcome">How it ended.</param>
    /// <param name="latencyMs">Time to answer (to the first byte for a stream).</param>
    /// <param name="clientBytes">The size of the client's request body.</param>
    public void Record(string operation, string requestId, string? keyName, RouteContext? context, RequestOutcome outcome, double latencyMs, long clientBytes)
    {
        var decision = context?.Decision;
        var ok = outcome.IsOk;
        ledger.Write(new RequestRecord
        {
            RequestId = requestId,
            Timestamp = time.GetUtcNow().AddMilliseconds(-latencyMs),
            Operation = operation,
            KeyName = keyName,
            Domain = context?.Domain ?? "-",
            DomainSource = context?.DomainSource,
            RequestedModel = context?.RequestedModel,
            Tier = ok ? decision?.Tier.Name() : null,
            Backend = ok ? decision?.Backend : null,
            Reason = ok ? decision?.Reason : outcome.Status,
            Degraded = decision?.Degraded ?? false,
            Status = outcome.Status,
            HttpStatus = outcome.HttpStatus,
            LatencyMs = latencyMs,
            ClientBytes = clientBytes,
            Citations = context?.Grounding is { Passages.Count: > 0 } grounding ? grounding.CitationsJson() : null,
            Cache = context?.Cache?.Status,
            CacheSource = context?.Cache?.SourceRequestId,
            SavedTier = context?.Cache?.SavedTier?.Name(),
            SavedBytes = context?.Cache?.SavedBytes ?? 0,
            SavedCost = context?.Cache?.SavedCost ?? 0,
        });
        var tier = telemetry.CountRequest(operation, decision, context?.Domain, outcome.Status);
        telemetry.Duration.Record(latencyMs / 1000, new KeyValuePair<string, object?>("operation", operation), new KeyValuePair<string, object?>("tier", tier));
        if (ok && decision?.Tier == Tier.Local)
        {
            telemetry.BytesKeptLocal.Add(clientBytes);
        }
    }
}
