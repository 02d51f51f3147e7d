using System.Globalization;
using LocalMesh.Storage;

namespace LocalMesh.Ledger;

/// <summary>The ledger's requests, one row each with what its crossings sent, and the bytes a crossing sent (when stored).</summary>
public sealed partial class AuditLedger
{
    /// <summary>
    /// Requests matching <paramref name="query"/>, newest first. The destination filter matches the backend or tier that
    /// answered, or any crossing's backend, tier or host.
    /// </summary>
    public Task<IReadOnlyList<RequestRow>> QueryRequestsAsync(AuditQuery query)
    {
        using var connection = SqliteDatabase.Open(_connectionString);
        var (where, args) = Filter(query, includeDestination: false);
        if (!string.IsNullOrEmpty(query.Destination))
        {
            var p = "$p" + args.Length;
            where += (where.Length == 0 ? "WHERE " : " AND ") + $"""
                (backend = {p} COLLATE NOCASE OR tier = {p} COLLATE NOCASE OR EXISTS (SELECT 1 FROM crossings c WHERE c.request_id = r.request_id
                 AND (c.backend = {p} COLLATE NOCASE OR c.tier = {p} COLLATE NOCASE OR instr(lower(c.destination), lower({p})) > 0)))
                """;
            args = [.. args, query.Destination];
        }

        IReadOnlyList<RequestRow> rows = SqliteDatabase.Query(connection, $"""
            SELECT request_id, ts, operation, key_name, domain, requested_model, tier, backend, reason, degraded, status, http_status, latency_ms, client_bytes,
                   (SELECT COUNT(*) FROM crossings c WHERE c.request_id = r.request_id),
                   (SELECT COALESCE(SUM(c.bytes_sent), 0) FROM crossings c WHERE c.request_id = r.request_id AND c.tier <> 'local'),
                   (SELECT COALESCE(SUM(c.redactions), 0) FROM crossings c WHERE c.request_id = r.request_id),
                   (SELECT group_concat(c.redacted_kinds) FROM crossings c WHERE c.request_id = r.request_id AND c.redacted_kinds IS NOT NULL),
                   cache, cache_source, saved_tier, saved_bytes, saved_cost
            FROM requests r {where} ORDER BY ts DESC LIMIT {Math.Clamp(query.Limit, 0, 10_000)}
            """, r => new RequestRow(
                r.GetString(0), DateTimeOffset.Parse(r.GetString(1), CultureInfo.InvariantCulture), r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3),
                r.GetString(4), r.IsDBNull(5) ? null : r.GetString(5), r.IsDBNull(6) ? null : r.GetString(6), r.IsDBNull(7) ? null : r.GetString(7),
                r.IsDBNull(8) ? null : r.GetString(8), r.GetInt64(9) != 0, r.GetString(10), r.GetInt32(11), r.GetDouble(12), r.GetInt64(13),
                r.GetInt32(14), r.GetInt64(15), r.GetInt32(16), RedactedKinds.Merge(r.IsDBNull(17) ? null : r.GetString(17)),
                r.IsDBNull(18) ? null : r.GetString(18), r.IsDBNull(19) ? null : r.GetString(19), r.IsDBNull(20) ? null : r.GetString(20),
                r.GetInt64(21), decimal.Parse(r.GetString(22), CultureInfo.InvariantCulture)), args);
        return Task.FromResult(rows);
    }

    /// <summary>
    /// What crossing <paramref name="id"/> sent, as sent (after redaction): null when there is no such crossing;
    /// <see cref="CrossingContent.Stored"/> is false when <c>Audit:StoreContent</c> was off when it was written.
    /// </summary>
    public CrossingContent? ReadContent(long id)
    {
        using var connection = SqliteDatabase.Open(_connectionString);
        var found = SqliteDatabase.Query(connection, "SELECT request_id, backend, tier, destination, redacted_kinds, content_sha256, content FROM crossings WHERE id = $p0",
            r => new CrossingContent(id, r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.IsDBNull(4) ? null : r.GetString(4),
                r.IsDBNull(5) ? null : r.GetString(5), !r.IsDBNull(6), r.IsDBNull(6) ? null : (byte[])r.GetValue(6)), id);
        return found.Count == 0 ? null : found[0];
    }
}

/// <summary>One request as the ledger lists it, with a summary of its crossings.</summary>
/// <param name="Crossings">How many exchanges with backends or webhooks it made.</param>
/// <param name="BytesLeft">Bytes its crossings sent off this machine (to edge and cloud tiers).</param>
/// <param name="Redactions">Values redacted from what its crossings sent.</param>
/// <param name="RedactedKinds">Kinds and counts over its crossings, e.g. <c>EMAIL:2,PERSON:1</c>.</param>
/// <param name="Cache">What the semantic cache did (<c>hit</c>, <c>miss</c>, <c>skip</c>); null when it did nothing.</param>
/// <param name="CacheSource">For a hit, the request whose answer was given again.</param>
/// <param name="SavedTier">For a hit, the tier not called this time.</param>
/// <param name="SavedBytes">For a hit, the bytes that did not leave the machine this time.</param>
/// <param name="SavedCost">For a hit, the estimated cost not spent this time.</param>
public sealed record RequestRow(
    string RequestId, DateTimeOffset Timestamp, string Operation, string? KeyName, string Domain, string? RequestedModel, string? Tier,
    string? Backend, string? Reason, bool Degraded, string Status, int HttpStatus, double LatencyMs, long ClientBytes,
    int Crossings, long BytesLeft, int Redactions, string? RedactedKinds,
    string? Cache = null, string? CacheSource = null, string? SavedTier = null, long SavedBytes = 0, decimal SavedCost = 0);

/// <summary>The bytes one crossing sent, when the ledger stored them.</summary>
/// <param name="Stored">Whether the content was stored (<c>Audit:StoreContent</c>).</param>
/// <param name="Content">The bytes sent, after redaction; null when not stored.</param>
public sealed record CrossingContent(
    long Id, string RequestId, string Backend, string Tier, string Destination, string? RedactedKinds, string? ContentSha256, bool Stored, byte[]? Content);
